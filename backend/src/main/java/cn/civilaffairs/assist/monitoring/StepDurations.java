package cn.civilaffairs.assist.monitoring;

import java.time.LocalDate;
import java.util.List;

/** Step durations and on-time rates of one process over the last {@code days} days (by completion day). */
public record StepDurations(String processKey,
        String processName, LocalDate from,
        LocalDate to, int days, String bpmnXml,
        List<StepDuration> steps) {}
