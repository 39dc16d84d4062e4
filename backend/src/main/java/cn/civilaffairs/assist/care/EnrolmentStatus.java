package cn.civilaffairs.assist.care;

public enum EnrolmentStatus {
    /** Waiting for the village "two committees" to confirm the level. */
    PENDING_GRADING,
    /** Graded 1–3: visited on schedule. */
    ACTIVE,
    /** The committees decided on no level: kept on file, not scheduled. */
    NOT_GRADED,
    ENDED
}
