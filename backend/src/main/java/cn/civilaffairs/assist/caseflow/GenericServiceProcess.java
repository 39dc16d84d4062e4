package cn.civilaffairs.assist.caseflow;

/** Names shared by processes/generic-service.bpmn (a granted service without its own module) and the code. */
public final class GenericServiceProcess {
    public static final String TASK_ASSIGN_ORGANISATION = "assignOrganisation";
    public static final String TASK_CONFIRM_START = "confirmStart";
    public static final String TASK_DELIVER_SERVICE = "deliverService";
    public static final String FORM_SERVICE_DELIVERY = "app:service-delivery";

    /** Set by the 服务结案 screen; read back by the progress delegate. */
    public static final String VAR_OUTCOME = "outcome";
    /** Input parameters of the progress delegate (ASSIGNED, STARTED, CLOSED) and the organisation assigned. */
    public static final String VAR_STEP = "step";
    public static final String VAR_ORGANISATION = "organisation";

    /** Ends the process early (its 服务停止 event subprocess) when the item stops on the case; history keeps why. */
    public static final String MESSAGE_GRANT_STOPPED = "grantStopped";
    /** Sent with the stop message: the reason the item stopped (was the deletion reason). */
    public static final String VAR_STOP_REASON = "stopReason";
    /** The end event the stop message leads to. */
    public static final String END_SERVICE_STOPPED = "serviceStopped";

    private GenericServiceProcess() {}
}
