package cn.civilaffairs.assist.meeting;

/** Where an agenda item stands. Stored by name in meeting_item.status. */
public enum ItemStatus {
    /** On the agenda, not yet put on a meeting. */
    LISTED,
    /** Put on a meeting, awaiting its decision. */
    SCHEDULED,
    /** Referred to a department; waiting for its answer. */
    DEPARTMENT,
    /** Referred to a social-work agency, which writes (or revises) its service plan. */
    AGENCY_PLANNING,
    /** The agency's plan waits for the district's approval. */
    AGENCY_REVIEW,
    /** The plan is agreed; the agency delivers it. */
    AGENCY_SERVING,
    /** The agency closed it with an outcome; the district confirms. */
    AGENCY_CLOSING,
    /** The meeting did not take it up (reason recorded). */
    NOT_TAKEN,
    /** Ended with an outcome. */
    CLOSED;

    public boolean open() {
        return this != NOT_TAKEN && this != CLOSED;
    }
}
