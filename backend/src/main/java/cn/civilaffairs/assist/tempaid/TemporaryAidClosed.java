package cn.civilaffairs.assist.tempaid;

import java.math.BigDecimal;

/**
 * Published inside the deciding transaction when an application ends, granted (with the amount) or
 * refused (amount zero; the summary gives the reason).
 */
public record TemporaryAidClosed(String applicationNo, long personId, String sourceRef, boolean granted,
        BigDecimal amountGranted, String summary) {}
