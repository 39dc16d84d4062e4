package cn.civilaffairs.assist.caseflow;

/**
 * What a line of a case's timeline records. Stored by name in case_event.event_type and returned
 * by name in the case view's timeline, so the names are the data: never rename a constant.
 */
public enum CaseEventType {
    LEAD_RECORDED,
    LEAD_VERIFIED,
    LEAD_NOT_GENUINE,
    NEEDS_ASSESSED,
    RECOGNISED,
    RECOGNITION_REJECTED,
    CARD_ISSUED,
    PIN_SLIP_PRINTED,
    PIN_RESET,
    FILED,
    NOTICE_PUBLISHED,
    OBJECTION_RAISED,
    OBJECTION_UPHELD,
    OBJECTION_DISMISSED,
    NOTICE_PERIOD_ENDED,
    NOTICE_WITHDRAWN,
    SERVING,
    DOCUMENT_UPLOADED,
    STATUS_CHANGED,
    REVIEWED,
    ESCALATED,
    SERVICE_GRANTED,
    SERVICE_STARTED,
    SERVICE_STOPPED,
    /** Steps of the generic service process (generic-service.bpmn's input parameter "step"). */
    SERVICE_ASSIGNED,
    SERVICE_CLOSED,
    SERVICE_ACTIVITY,
    /** Steps of a charity referral, reported by the referral module. */
    SERVICE_REFERRED,
    SERVICE_REFERRAL_ACCEPTED,
    SERVICE_REFERRAL_DECLINED,
    SERVICE_CHARITY_PLAN,
    SERVICE_CHARITY_ACTIVITY,
    SERVICE_REFERRAL_CLOSED,
    /** Steps of a need put to the district's joint department meeting, reported by the meeting module. */
    MEETING_LISTED,
    MEETING_DECIDED,
    MEETING_PLAN_AGREED,
    MEETING_CLOSED,
    /** A case ended, one per closing {@link CaseStatus}. */
    CLOSED_CLOSED_NOT_GENUINE,
    CLOSED_REJECTED,
    CLOSED_OBJECTION_UPHELD,
    CLOSED_EXITED;

    /** The timeline line of a case closed with {@code outcome}. */
    public static CaseEventType closedAs(CaseStatus outcome) {
        return valueOf("CLOSED_" + outcome.name());
    }

    /** A service's progress step, as a process or another module names it (e.g. "ASSIGNED", "REFERRED"). */
    public static CaseEventType serviceStep(String step) {
        return valueOf("SERVICE_" + step);
    }
}
