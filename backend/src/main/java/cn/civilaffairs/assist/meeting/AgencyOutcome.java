package cn.civilaffairs.assist.meeting;

/** How a social-work agency closes its referral. A department referral's outcome is a DepartmentOutcome name. */
public enum AgencyOutcome {
    RESOLVED,
    PARTLY_RESOLVED,
    NOT_RESOLVED
}
