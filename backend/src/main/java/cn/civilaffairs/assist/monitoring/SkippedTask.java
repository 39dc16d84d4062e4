package cn.civilaffairs.assist.monitoring;

public record SkippedTask(String taskId, SkipReason reason) {}
