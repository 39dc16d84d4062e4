package cn.civilaffairs.assist.department;

/** BPMN ids and variable names of processes/department-referral.bpmn. */
public final class DepartmentProcesses {
    private DepartmentProcesses() {}

    public static final String REFERRAL = "departmentReferral";

    public static final String TASK_ACCEPT = "acceptReferral";
    public static final String TASK_FEEDBACK = "answerReferral";

    public static final String FORM_ACCEPT = "app:department-accept";
    public static final String FORM_FEEDBACK = "app:department-feedback";

    public static final String VAR_REFERRAL_ID = "referralId";
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    /** The person's village: where the monitoring centre counts the referral (department codes are no place). */
    public static final String VAR_VILLAGE_CODE = "villageCode";
    /** Set when the department accepts: the end of the 15th working day (Beijing), a Date. */
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_ACCEPTED = "accepted";

    /** Seed 003: departments report the resolution of assigned matters within 15 working days. */
    public static final int WORKING_DAYS = 15;
}
