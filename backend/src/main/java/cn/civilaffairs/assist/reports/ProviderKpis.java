package cn.civilaffairs.assist.reports;

import cn.civilaffairs.assist.common.MayBeNull;
import java.math.BigDecimal;

/** One provider's figures in the scope: deliveries, spot checks, statements. */
public record ProviderKpis(String providerCode, String providerName, long deliveriesByPin, long deliveriesByOfficer,
        @MayBeNull BigDecimal pinPercent, BigDecimal amount, long spotChecks, long spotChecksFailed,
        @MayBeNull BigDecimal spotCheckFailurePercent, long statementsApproved, @MayBeNull BigDecimal medianDaysToApproval) {}
