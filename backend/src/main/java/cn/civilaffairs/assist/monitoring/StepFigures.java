package cn.civilaffairs.assist.monitoring;

/** One activity where instances wait now (user task, timer, message catch…). */
public record StepFigures(String activityId,
        String activityName, String activityType,
        long running, long overdue, long dueSoon) {}
