package cn.civilaffairs.assist.monitoring;

/** Where the task's subject opens (see {@link LinkKind}). */
public record TaskLink(LinkKind kind, String key) {}
