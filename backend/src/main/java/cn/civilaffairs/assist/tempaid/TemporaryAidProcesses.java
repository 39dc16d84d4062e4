package cn.civilaffairs.assist.tempaid;

/** BPMN ids and variable names of processes/temporary-assistance.bpmn. */
public final class TemporaryAidProcesses {
    private TemporaryAidProcesses() {}

    public static final String KEY = "temporaryAssistance";

    public static final String TASK_ASSESS = "assessAid";
    public static final String TASK_APPROVE = "approveAid";
    public static final String TASK_PAY = "recordPayment";

    static final String FORM_ASSESS = "app:tempaid-assess";
    static final String FORM_APPROVE = "app:tempaid-approve";
    static final String FORM_PAY = "app:tempaid-payment";

    public static final String END_PAID = "aidPaid";
    public static final String END_REFUSED = "aidRefused";
    public static final String TIMER_ASSESS_OVERDUE = "assessOverdue";
    public static final String TIMER_APPROVE_OVERDUE = "approveOverdue";
    public static final String TIMER_PAY_OVERDUE = "payOverdue";

    public static final String VAR_APPLICATION_NO = "applicationNo";
    static final String VAR_STREET_CODE = "streetCode";
    static final String VAR_DISTRICT_CODE = "districtCode";
    static final String VAR_ASSESS_WITHIN = "assessWithin";
    static final String VAR_APPROVE_WITHIN = "approveWithin";
    static final String VAR_PAY_WITHIN = "payWithin";
    /** GRANT, REFER or REFUSE ({@link AssessDecision}), set when the street completes its assessment. */
    public static final String VAR_DECISION = "decision";
    /** Whether the district approved. */
    public static final String VAR_APPROVED = "approved";
    static final String VAR_OVERDUE_TASK = "overdueTask";
}
