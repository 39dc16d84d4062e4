package cn.civilaffairs.assist.meeting;

/** What the meeting decided for an item. */
public enum Decision {
    /** Refer to a special-assistance department (a {@link cn.civilaffairs.assist.department.DepartmentKind}). */
    DEPARTMENT,
    /** Refer to a social-work agency (an org of level AGENCY). */
    AGENCY,
    /** Not taken up, with a reason. */
    NOT_TAKEN
}
