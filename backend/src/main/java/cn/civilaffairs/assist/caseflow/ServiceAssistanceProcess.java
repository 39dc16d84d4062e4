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

    public static final String MESSAGE_OBJECTION = "objectionRaised";
    public static final String MESSAGE_STATUS_CHANGED = "statusChanged";

    public static final String VAR_VILLAGE_CODE = "villageCode";
    public static final String VAR_STREET_CODE = "streetCode";
    public static final String VAR_DISTRICT_CODE = "districtCode";
    public static final String VAR_NOTICE_PERIOD = "noticePeriod";
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

    private ServiceAssistanceProcess() {}
}
