package cn.civilaffairs.assist.serviceorder;

/** BPMN ids and variable names of processes/service-order.bpmn, spot-check.bpmn, statement-review.bpmn, service-daily.bpmn. */
final class ServiceProcesses {
    private ServiceProcesses() {}

    static final String ORDER = "serviceOrder";
    static final String SPOT_CHECK = "spotCheck";
    static final String STATEMENT_REVIEW = "statementReview";
    static final String DAILY = "serviceDaily";

    /** Ends the order process early (its 服务停止 event subprocess) when the item stops on the case. */
    static final String MESSAGE_GRANT_STOPPED = "grantStopped";
    /** Sent with the stop message: the reason the item stopped. */
    static final String VAR_STOP_REASON = "stopReason";
    /** The end event the stop message leads to. */
    static final String END_SERVICE_STOPPED = "serviceStopped";

    static final String TASK_RESPOND = "respondToOrder";
    static final String TASK_CHOOSE_PROVIDER = "chooseProvider";
    static final String TASK_CHECK_DELIVERY = "checkDelivery";
    static final String TASK_REVIEW_STATEMENT = "reviewStatement";

    static final String FORM_RESPOND = "app:order-response";
    static final String FORM_CHOOSE_PROVIDER = "app:order-provider";
    static final String FORM_SPOT_CHECK = "app:spot-check";
    static final String FORM_STATEMENT_REVIEW = "app:statement-review";

    /** Set when {@link ServiceOrderLifecycle} starts the order process for a granted purchased item. */
    static final String VAR_GRANT_ID = "grantId";
    static final String VAR_ITEM_NAME = "itemName";
    static final String VAR_STREET_CODE = "streetCode";
    static final String VAR_ORDER_NO = "orderNo";
    static final String VAR_PROVIDER_CODE = "providerCode";
    static final String VAR_PROVIDER_FOUND = "providerFound";
    static final String VAR_CHOSEN_PROVIDER = "chosenProvider";
    static final String VAR_ACCEPTED = "accepted";
    static final String VAR_RESPOND_WITHIN = "respondWithin";
    /** ISO instant of the day after the card's last valid day, Beijing midnight: the order ends then. */
    static final String VAR_CARD_EXPIRES_AT = "cardExpiresAt";
    static final String VAR_VILLAGE_CODE = "villageCode";
    static final String VAR_SPOT_CHECK_ID = "spotCheckId";
    static final String VAR_STATEMENT_NO = "statementNo";
    static final String VAR_APPROVED = "approved";
    /** The spot check's result (checkDelivery's completion). */
    static final String VAR_PASSED = "passed";
}
