package cn.civilaffairs.assist.department;

/**
 * Published inside the department's transaction when a referral ends; the asker (by {@link #source()}
 * and {@link #sourceRef()}) records the outcome on its own side in the same transaction.
 */
public record DepartmentReferralClosed(String referralNo, long personId, ReferralSource source, String sourceRef,
        DepartmentOutcome outcome, String summary) {}
