package cn.civilaffairs.assist.monitoring;

/** One street (of a district) or village (of a street). */
public record PlaceFigures(String code, String name,
        long running, long overdue, long dueSoon, long openWarnings) {}
