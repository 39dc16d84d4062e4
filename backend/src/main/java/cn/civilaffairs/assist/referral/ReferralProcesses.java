package cn.civilaffairs.assist.referral;

/** BPMN ids and variable names of processes/charity-referral.bpmn. */
public final class ReferralProcesses {
    private ReferralProcesses() {}

    static final String KEY = "charityReferral";

    public static final String TASK_RESPOND = "respondToReferral";
    public static final String TASK_WRITE_PLAN = "writePlan";
    public static final String TASK_REVIEW_PLAN = "reviewPlan";
    static final String TASK_SUPERVISE = "superviseStale";

    static final String FORM_RESPOND = "app:referral-response";
    static final String FORM_PLAN = "app:referral-plan";
    static final String FORM_REVIEW = "app:referral-plan-review";
    static final String FORM_STALE = "app:referral-stale";

    /** Correlated when the last open person of a running batch is closed. */
    static final String MESSAGE_ALL_CLOSED = "referralAllClosed";
    /** Ends the process before the plan is agreed (its 方案商定前结案 event subprocess): every person ended. */
    static final String MESSAGE_CLOSED_BEFORE_PLAN = "referralClosedBeforePlan";
    /** The end events of the two ways a batch's process ends when no person is left. */
    static final String END_REFERRAL_CLOSED = "referralClosed";
    static final String END_BEFORE_PLAN = "endedBeforePlan";
    static final String TIMER_STALE_CHECK = "staleCheckDue";

    static final String VAR_BATCH_NO = "batchNo";
    static final String VAR_CHARITY_CODE = "charityCode";
    static final String VAR_DISTRICT_CODE = "districtCode";
    static final String VAR_RESPOND_WITHIN = "respondWithin";
    static final String VAR_PLAN_WITHIN = "planWithin";
    static final String VAR_REVIEW_WITHIN = "reviewWithin";
    static final String VAR_SUPERVISE_WITHIN = "superviseWithin";
    public static final String VAR_ANY_ACCEPTED = "anyAccepted";
    public static final String VAR_PLAN_AGREED = "planAgreed";
    /** When the process next checks the running batch for stale persons (java.util.Date). */
    static final String VAR_STALE_CHECK_AT = "staleCheckAt";
    static final String VAR_NEEDS_SUPERVISION = "needsSupervision";
}
