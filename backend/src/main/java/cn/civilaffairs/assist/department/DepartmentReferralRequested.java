package cn.civilaffairs.assist.department;

/**
 * Published, inside the asking user's transaction, to refer a matter of one person to a department.
 * The department module starts its referral process synchronously, so the request and the referral
 * commit or roll back together.
 *
 * @param villageCode the person's village: picks the department that serves it and scopes the referral
 * @param sourceRef   the asker's own id for the matter (route id, problem id, agenda item id)
 * @param requestedBy username of the user who asked
 */
public record DepartmentReferralRequested(long personId, String villageCode, DepartmentKind kind, String matter,
        ReferralSource source, String sourceRef, String requestedBy) {}
