package cn.civilaffairs.assist.caseflow;

/** Names shared by processes/card-pin-slip.bpmn and the code around it. */
public final class CardPinSlipProcess {
    public static final String KEY = "cardPinSlip";

    public static final String TASK_PRINT_PIN_SLIP = "printPinSlip";
    /** The task's screen: the case summary and a way to the slip page; printing the slip completes it. */
    public static final String FORM_PIN_SLIP = "app:pin-slip";

    /** Ends the open task when the card is revoked before its slip was printed. */
    public static final String MESSAGE_CARD_REVOKED = "pinSlipCardRevoked";

    public static final String VAR_STREET_CODE = ServiceAssistanceProcess.VAR_STREET_CODE;

    private CardPinSlipProcess() {}
}
