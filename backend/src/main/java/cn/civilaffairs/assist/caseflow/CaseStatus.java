package cn.civilaffairs.assist.caseflow;

/** Where a case stands in the six steps (DOMAIN §3). */
public enum CaseStatus {
    /** Lead recorded, waiting for the village info officer's verification. */
    LEAD(true),
    /** Verified as a real difficulty; the street office investigates and assesses needs. */
    VERIFIED(true),
    /** Needs assessed; waiting for the district's recognition. */
    RECOGNITION(true),
    /** Service card issued; the village committee builds the file. */
    FILING(true),
    /** Filed; posted on the village notice board for the notice period. */
    NOTICE(true),
    /** Services running; reviewed periodically and on status changes. */
    SERVING(true),
    CLOSED_NOT_GENUINE(false),
    REJECTED(false),
    OBJECTION_UPHELD(false),
    EXITED(false);

    private final boolean open;

    CaseStatus(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }
}
