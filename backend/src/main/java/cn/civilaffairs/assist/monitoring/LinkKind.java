package cn.civilaffairs.assist.monitoring;

import java.util.Map;

/**
 * Where a monitored task's subject opens in the app: CASE → /cases/{key}, ORDER → /services/orders/{key},
 * STATEMENT → /services/statements/{key}, REFERRAL → /referrals/{key}, ENROLMENT → /care/{key},
 * MEETING → /meetings/items/{key} (a joint-meeting agenda item), TASK → /tasks/{taskId}.
 */
public enum LinkKind {
    CASE, ORDER, STATEMENT, REFERRAL, ENROLMENT, MEETING, TASK;

    /** By process key: what the process's business key is (case number, statement no, batch no, enrolment no). */
    private static final Map<String, LinkKind> BY_PROCESS = Map.ofEntries(
            Map.entry("serviceAssistance", CASE),
            Map.entry("cardPinSlip", CASE),
            Map.entry("genericService", CASE),
            Map.entry("spotCheck", CASE),
            // The order's business key is its case number; the order number is the variable orderNo.
            Map.entry("serviceOrder", ORDER),
            Map.entry("statementReview", STATEMENT),
            Map.entry("charityReferral", REFERRAL),
            Map.entry("agencyReferral", MEETING),
            Map.entry("careGrading", ENROLMENT),
            Map.entry("careWarning", ENROLMENT),
            Map.entry("careProblem", ENROLMENT),
            Map.entry("careExit", ENROLMENT));

    public static LinkKind forProcess(String processKey) {
        return BY_PROCESS.getOrDefault(processKey, TASK);
    }

    /** Whether the business key names one person's case or enrolment (its recipient has a name to show). */
    public boolean namesPerson() {
        return this == CASE || this == ORDER || this == ENROLMENT;
    }
}
