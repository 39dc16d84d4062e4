package cn.civilaffairs.assist.caseflow;

/** What the case page and the board say about a notice; derived in one place. */
public enum NoticePhase { IN_PERIOD, UNDER_REVIEW, PERIOD_ENDED, LONG_TERM, WITHDRAWN }
