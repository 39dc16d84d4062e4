package cn.civilaffairs.assist.caseflow;

/** Names shared by processes/generic-service.bpmn (a granted service without its own module) and the code. */
public final class GenericServiceProcess {
    public static final String TASK_DELIVER_SERVICE = "deliverService";
    public static final String FORM_SERVICE_DELIVERY = "app:service-delivery";

    /** Set by the 服务结案 screen; read back by the progress delegate. */
    public static final String VAR_OUTCOME = "outcome";
    /** Input parameters of the progress delegate (ASSIGNED, STARTED, CLOSED) and the organisation assigned. */
    public static final String VAR_STEP = "step";
    public static final String VAR_ORGANISATION = "organisation";

    private GenericServiceProcess() {}
}
