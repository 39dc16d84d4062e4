package cn.civilaffairs.assist.monitoring;

/** Open lapse warnings at one escalation stage. */
public record StageCount(int stage, long count) {}
