package cn.civilaffairs.assist.reports;

/** Who produced a report: the timer process on the statutory day, or a manager on demand. */
public enum ReportOrigin { SCHEDULED, ON_DEMAND }
