package cn.civilaffairs.assist.reports;

import java.math.BigDecimal;

/** One provider's figures in the scope: deliveries, spot checks, statements. */
public record ProviderKpis(String providerCode, String providerName, long deliveriesByPin, long deliveriesByOfficer,
        BigDecimal pinPercent, BigDecimal amount, long spotChecks, long spotChecksFailed,
        BigDecimal spotCheckFailurePercent, long statementsApproved, BigDecimal medianDaysToApproval) {}
