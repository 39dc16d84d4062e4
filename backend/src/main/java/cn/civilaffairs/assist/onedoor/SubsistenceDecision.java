package cn.civilaffairs.assist.onedoor;

/** The district's decision on a 低保/特困 application. */
public enum SubsistenceDecision {
    /** 认定为最低生活保障对象. */
    LOW_INCOME_GUARANTEE,
    /** 认定为特困人员. */
    EXTREME_POVERTY,
    /** 不予认定 (the note says why). */
    REFUSED
}
