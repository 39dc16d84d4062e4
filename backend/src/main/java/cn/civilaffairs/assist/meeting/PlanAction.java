package cn.civilaffairs.assist.meeting;

/** The district's answer to one round of an agency's service plan. */
public enum PlanAction {
    AGREED,
    RETURNED
}
