package cn.civilaffairs.assist.caseflow;

/** Names shared by processes/service-assistance.bpmn and the code around it. */
public final class ServiceAssistanceProcess {
    public static final String KEY = "serviceAssistance";

    public static final String TASK_VERIFY_LEAD = "verifyLead";
    public static final String TASK_HOME_INVESTIGATION = "homeInvestigation";
    public static final String TASK_RECOGNISE = "recognise";
    public static final String TASK_FILE_CASE = "fileCase";
    public static final String TASK_RECHECK_OBJECTION = "recheckObjection";
    public static final String TASK_REVIEW = "review";

    public static final String FORM_NEEDS_ASSESSMENT = "app:needs-assessment";
    public static final String FORM_CASE_FILE = "app:case-file";
    public static final String FORM_REVIEW = "app:review";

    /** The embedded subprocess 公示期 and its period timer. */
    public static final String NOTICE_PERIOD = "noticePeriod";
    public static final String TIMER_NOTICE_PERIOD_ENDED = "noticePeriodEnded";

    public static final String MESSAGE_OBJECTION = "objectionRaised";
    public static final String MESSAGE_STATUS_CHANGED = "statusChanged";

    public static final String VAR_VILLAGE_CODE = "villageCode";
    public static final String VAR_STREET_CODE = "streetCode";
    public static final String VAR_DISTRICT_CODE = "districtCode";
    public static final String VAR_NOTICE_PERIOD = "noticePeriod";
    /** When the notice period's timer fires: 00:00 Beijing time after the period's last day (a Date). */
    public static final String VAR_NOTICE_PERIOD_END = "noticePeriodEnd";
    /** The objection one 异议复核 is about; local to that review (the event subprocess instance). */
    public static final String VAR_OBJECTION_ID = "objectionId";
    public static final String VAR_REVIEW_CYCLE = "reviewCycle";
    public static final String VAR_GENUINE = "genuine";
    public static final String VAR_VERIFICATION_NOTE = "verificationNote";
    public static final String VAR_ALREADY_RECOGNISED = "alreadyRecognised";
    public static final String VAR_RECOGNISED = "recognised";
    public static final String VAR_RECOGNITION_NOTE = "recognitionNote";
    public static final String VAR_OBJECTION_UPHELD = "objectionUpheld";
    public static final String VAR_OBJECTION_NOTE = "objectionDecisionNote";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEW_REASON = "reviewReason";
    /** Input parameter of the closeCase service tasks: the CaseStatus the case ends with. */
    public static final String VAR_OUTCOME = "outcome";

    private ServiceAssistanceProcess() {}
}
