package cn.civilaffairs.assist.workflow;

/** A step (task definition) among the user's open tasks, for the inbox's type filter: its BPMN id, name, count. */
public record TaskType(String key, String name, long count) {}
