package cn.civilaffairs.assist.onedoor;

/** BPMN/DMN ids and variable names of processes/one-door-intake.bpmn and one-door-routing.dmn. */
public final class OneDoorProcesses {
    private OneDoorProcesses() {}

    public static final String KEY = "oneDoorIntake";
    public static final String DECISION_ROUTING = "oneDoorRouting";

    public static final String TASK_PROPOSE = "proposeRoutes";
    public static final String TASK_CONFIRM = "confirmRoutes";
    public static final String TASK_DECIDE_SUBSISTENCE = "decideSubsistence";
    public static final String END_CLOSED = "intakeClosed";
    public static final String END_CLOSED_LATER = "intakeClosedLater";
    public static final String EVENT_OTHER_ROUTES_DONE = "otherRoutesDone";

    public static final String FORM_CONFIRM = "app:intake-routes";
    public static final String FORM_SUBSISTENCE = "app:subsistence-decision";

    /** Correlated when the last open route of an intake waiting at 其余路径办结 gets its outcome. */
    public static final String MESSAGE_ROUTES_DONE = "intakeRoutesDone";

    public static final String VAR_VILLAGE_CODE = "villageCode";
    public static final String VAR_STREET_CODE = "streetCode";
    public static final String VAR_DISTRICT_CODE = "districtCode";
    public static final String VAR_NEED_COUNT = "needCount";
    public static final String VAR_SUBSISTENCE_REQUESTED = "subsistenceRequested";
    public static final String VAR_ALL_ROUTES_DONE = "allRoutesDone";
    /** The engine's loop counter of the multi-instance rule task (one evaluation per need). */
    static final String VAR_LOOP_COUNTER = "loopCounter";
    /** Transient, per evaluation: the DMN's inputs and the need they are about. */
    public static final String VAR_NEED_TYPE = "needType";
    public static final String VAR_LIVING_AT_RISK = "livingAtRisk";
    static final String VAR_NEED_ID = "needId";
    /** Transient result the engine leaves on a business-rule task's execution for its end listener. */
    static final String VAR_DECISION_RESULT = "decisionResult";
    /** The DMN's output columns. */
    public static final String OUT_ROUTE = "route";
    public static final String OUT_DEPARTMENT = "department";
}
