package cn.civilaffairs.assist.monitoring;

/** A process with user tasks, for the picker. */
public record MonitoredProcess(String processKey,
        String processName) {}
