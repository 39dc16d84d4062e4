package cn.civilaffairs.assist.tempaid;

/** Where a temporary-assistance application stands. */
public enum AidStatus {
    /** 街道审核中: the street office assesses. */
    ASSESSING,
    /** 区民政局审批中: above the township limit, the district decides. */
    DISTRICT_REVIEW,
    /** 待发放: granted, the payment is to be recorded. */
    AWAITING_PAYMENT,
    /** 已发放. */
    PAID,
    /** 不予救助. */
    REFUSED;

    public boolean isOpen() {
        return this == ASSESSING || this == DISTRICT_REVIEW || this == AWAITING_PAYMENT;
    }
}
