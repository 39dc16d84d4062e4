package cn.civilaffairs.assist.monitoring;

public enum BulkActionKind { REMINDER, REASSIGNMENT }
