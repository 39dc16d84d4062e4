package cn.civilaffairs.assist.monitoring;

import java.util.List;

/** One process in scope: running instances, overdue and due-soon tasks, incidents, and where instances wait. */
public record ProcessFigures(String processKey,
        String processName, long running, long overdue, long dueSoon, long incidents,
        List<StepFigures> steps) {}
