package cn.civilaffairs.assist.caseflow;

/** Published inside the stopping transaction when a granted item stops (review, exit, closure). */
public record ServiceGrantStopped(long grantId, long caseId, String reason) {}
