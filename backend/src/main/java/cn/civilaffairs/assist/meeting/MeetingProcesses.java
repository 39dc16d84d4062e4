package cn.civilaffairs.assist.meeting;

/** BPMN ids and variable names of processes/agency-referral.bpmn. */
public final class MeetingProcesses {
    private MeetingProcesses() {}

    public static final String KEY = "agencyReferral";

    public static final String TASK_WRITE_PLAN = "writeAgencyPlan";
    public static final String TASK_REVIEW_PLAN = "reviewAgencyPlan";
    public static final String TASK_DELIVER = "deliverAgencyService";
    public static final String TASK_CONFIRM_CLOSE = "confirmAgencyClose";
    /** The non-interrupting timer on the plan task: the plan is overdue, the district is reminded. */
    public static final String TIMER_PLAN_OVERDUE = "agencyPlanOverdue";
    public static final String END_CLOSED = "agencyReferralClosed";

    static final String FORM_PLAN = "app:agency-plan";
    static final String FORM_REVIEW = "app:agency-plan-review";
    static final String FORM_DELIVER = "app:agency-service";
    static final String FORM_CONFIRM = "app:agency-close-confirm";

    public static final String VAR_ITEM_NO = "itemNo";
    static final String VAR_AGENCY_CODE = "agencyCode";
    static final String VAR_DISTRICT_CODE = "districtCode";
    static final String VAR_PLAN_WITHIN = "planWithin";
    static final String VAR_REVIEW_WITHIN = "reviewWithin";
    public static final String VAR_PLAN_AGREED = "planAgreed";
    public static final String VAR_CLOSE_CONFIRMED = "closeConfirmed";
}
