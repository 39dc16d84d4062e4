package cn.civilaffairs.assist.care;

/** BPMN/DMN ids and variable names of the care processes (processes/care-*.bpmn, care-level.dmn). */
final class CareProcesses {
    private CareProcesses() {}

    static final String GRADING = "careGrading";
    static final String WARNING = "careWarning";
    static final String PROBLEM = "careProblem";
    static final String DAILY = "careDaily";
    /** Starts the warning processes of a range of warnings (processes/care-warning-start.bpmn). */
    static final String WARNING_START = "careWarningStart";
    /** Exit from care monitoring in three levels (processes/care-exit.bpmn). */
    static final String EXIT = "careExit";
    static final String DECISION_LEVEL = "careLevel";

    static final String TASK_CONFIRM_LEVEL = "confirmLevel";
    static final String TASK_VISIT_NOW = "visitNow";
    static final String TASK_STREET_SUPERVISION = "streetSupervision";
    static final String TASK_DISTRICT_SUPERVISION = "districtSupervision";
    /** care-problem.bpmn's street-clerk step: only instances started before the department referral (V27) still have it. */
    static final String TASK_DEPARTMENT_FEEDBACK = "departmentFeedback";
    static final String TASK_EVALUATE_EXIT = "evaluateExit";
    static final String TASK_REVIEW_EXIT = "reviewExit";
    static final String TASK_APPROVE_EXIT = "approveExit";

    static final String FORM_GRADING = "app:care-grading";
    static final String FORM_SUPERVISION = "app:care-supervision";
    static final String FORM_PROBLEM = "app:care-problem";
    static final String FORM_VISIT = "app:care-visit";
    static final String FORM_EXIT = "app:care-exit";

    static final String MESSAGE_VISIT_RECORDED = "careVisitRecorded";

    static final String VAR_VILLAGE_CODE = "villageCode";
    static final String VAR_STREET_CODE = "streetCode";
    static final String VAR_PROPOSED_LEVEL = "proposedLevel";
    /** The level the village committees confirm (confirmLevel's completion). */
    static final String VAR_LEVEL = "level";
    static final String VAR_WARNING_ID = "warningId";
    static final String VAR_FROM_WARNING_ID = "fromWarningId";
    static final String VAR_TO_WARNING_ID = "toWarningId";
    /** care-daily.bpmn: the last chunk was full, so another chunk follows. */
    static final String VAR_MORE_LAPSES = "moreLapses";
    static final String VAR_LAPSES_FOUND = "lapsesFound";
    static final String VAR_RESPONSIBLE = "responsible";
    static final String VAR_VILLAGE_GROUP = "villageGroup";
    static final String VAR_STREET_GROUP = "streetGroup";
    static final String VAR_DISTRICT_GROUP = "districtGroup";
    static final String VAR_ESCALATE_AFTER = "escalateAfter";
    static final String VAR_PROBLEM_ID = "problemId";
    static final String VAR_DUE_DATE = "dueDate";
    static final String VAR_EXIT_ID = "exitId";
    static final String VAR_DISTRICT_CODE = "districtCode";
    /** AGREE (on to the next level; at the county: the enrolment ends) or BACK (one level down; at the village: withdrawn). */
    static final String VAR_EXIT_DECISION = "exitDecision";
}
