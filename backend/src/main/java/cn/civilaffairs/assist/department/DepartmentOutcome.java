package cn.civilaffairs.assist.department;

/** How a department referral ended. */
public enum DepartmentOutcome {
    /** The department handled the matter and reported it solved. */
    RESOLVED,
    /** The department handled it but could not solve it; the summary says why. */
    NOT_RESOLVED,
    /** The department returned it as not its business; civil affairs must route it elsewhere. */
    RETURNED
}
