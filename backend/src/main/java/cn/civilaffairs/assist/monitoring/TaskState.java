package cn.civilaffairs.assist.monitoring;

/** Which open tasks the click-through list shows. */
public enum TaskState {
    /** Due date before now. */
    OVERDUE,
    /** Due within the next 2 working days, not overdue. */
    DUE_SOON,
    /** Every open task. */
    OPEN
}
