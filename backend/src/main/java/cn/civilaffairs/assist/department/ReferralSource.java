package cn.civilaffairs.assist.department;

/** Who asked for a department referral; listeners to {@link DepartmentReferralClosed} filter by it. */
public enum ReferralSource {
    /** A route raised by a one-door intake. */
    ONE_DOOR,
    /** A problem found on a care visit. */
    CARE_PROBLEM,
    /** A decision of the district's joint department meeting. */
    JOINT_MEETING
}
