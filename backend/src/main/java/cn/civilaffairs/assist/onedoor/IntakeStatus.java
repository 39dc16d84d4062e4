package cn.civilaffairs.assist.onedoor;

/** Where an intake stands. */
public enum IntakeStatus {
    /** Routes proposed, waiting for the street office to confirm them. */
    ROUTING,
    /** Routes raised; some still open. */
    IN_PROGRESS,
    /** Every route has its outcome. */
    DONE
}
