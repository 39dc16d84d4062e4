package cn.civilaffairs.assist.tempaid;

/** The street office's decision on an application. */
public enum AssessDecision {
    /** 先行救助: grant within the township limit. */
    GRANT,
    /** 报区审批: the amount is above the township limit; the district decides. */
    REFER,
    /** 不予救助. */
    REFUSE
}
