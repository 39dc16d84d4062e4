package cn.civilaffairs.assist.monitoring;

/** Why a selected task was left out of a bulk action. */
public enum SkipReason {
    /** No open task with this id (never existed, or done since the list was loaded). */
    NOT_OPEN,
    /** The task's place is outside the caller's node of the org tree. */
    OUT_OF_SCOPE,
    /** Reassignment: the chosen person is not in the task's work group. */
    NOT_IN_GROUP,
    /** Reassignment: the task is already held by the chosen person. */
    ALREADY_ASSIGNED,
    /** Reminder: nobody with an e-mail address holds the task or is in its work group. */
    NO_ADDRESS
}
