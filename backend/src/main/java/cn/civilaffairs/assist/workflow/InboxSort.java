package cn.civilaffairs.assist.workflow;

/** The inbox's order: soonest due first (no due date last), or newest first. */
public enum InboxSort {
    DUE, CREATED
}
