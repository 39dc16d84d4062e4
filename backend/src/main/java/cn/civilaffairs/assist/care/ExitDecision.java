package cn.civilaffairs.assist.care;

/** A level's decision on an exit from care monitoring. */
public enum ExitDecision {
    /** Agreed: on to the next level; the county's agreement ends the enrolment. */
    AGREE,
    /** Sent back one level with a reason; the village's BACK withdraws the request. */
    BACK
}
