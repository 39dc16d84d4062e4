package cn.civilaffairs.assist.monitoring;

/** The scope's headline figures. */
public record MonitoringTotals(long running, long overdue, long dueSoon, long openWarnings, long incidents) {}
