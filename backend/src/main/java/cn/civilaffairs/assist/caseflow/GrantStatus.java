package cn.civilaffairs.assist.caseflow;

/** A service item granted on a case: GRANTED, ACTIVE once its service process runs, STOPPED. */
public enum GrantStatus { GRANTED, ACTIVE, STOPPED }
