package cn.civilaffairs.assist.tempaid;

/** How the money reached the person. */
public enum PaymentMethod {
    /** 银行转账（社保卡/一卡通）. */
    BANK_TRANSFER,
    /** 现金（须有签收）. */
    CASH,
    /** 实物折价. */
    IN_KIND
}
