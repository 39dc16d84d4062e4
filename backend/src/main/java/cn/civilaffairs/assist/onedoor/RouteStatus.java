package cn.civilaffairs.assist.onedoor;

/** A route from proposal to outcome. */
public enum RouteStatus {
    /** Proposed by the rules, waiting for the street office's confirmation. */
    PROPOSED,
    /** Raised, waiting for its outcome. */
    OPEN,
    /** Its outcome is in. */
    DONE,
    /** Proposed but not kept by the street office. */
    DROPPED
}
