package cn.civilaffairs.assist.department;

/** Where a department referral stands. */
public enum DepartmentReferralStatus {
    /** Sent; the department has not yet accepted or returned it. */
    REQUESTED,
    /** Accepted; the department's answer is due within 15 working days. */
    ACCEPTED,
    RESOLVED,
    NOT_RESOLVED,
    /** Returned as not the department's business. */
    RETURNED;

    public boolean isClosed() {
        return this == RESOLVED || this == NOT_RESOLVED || this == RETURNED;
    }
}
