package cn.civilaffairs.assist.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.common.MayBeNull;
import java.math.BigDecimal;

/**
 * The KPIs of one org unit (village, street, district) for a period. Counts add up from villages
 * to streets to the district; percentages (one decimal) and medians (days, one decimal) are
 * computed from the underlying counts and day lists, null when there is nothing to divide.
 * Statements are settled per street, so village rows show no statement figures.
 */
public record KpiFigures(
        @Schema(description = "Leads (cases) recorded in the period") long leads,
        @Schema(description = "Of those, with a service card issued") long leadsWithCard,
        @MayBeNull BigDecimal cardPercent,
        @Schema(description = "Median days from lead to service card") @MayBeNull BigDecimal medianDaysToCard,
        @Schema(description = "Graded people under care monitoring") long gradedPeople,
        @Schema(description = "Of those, visited within their interval (no lapse warning in the period)")
        long visitedWithinInterval,
        @MayBeNull BigDecimal visitCompliancePercent,
        @Schema(description = "Care warnings raised in the period") long warningsRaised,
        @Schema(description = "Of those, escalated") long warningsEscalated,
        @Schema(description = "Confirmed deliveries, confirmed by the recipient's card PIN") long deliveriesByPin,
        @Schema(description = "Confirmed deliveries, confirmed by the village officer") long deliveriesByOfficer,
        @MayBeNull BigDecimal pinPercent,
        @Schema(description = "Spot checks done (passed or failed)") long spotChecks,
        long spotChecksFailed,
        @MayBeNull BigDecimal spotCheckFailurePercent,
        @Schema(description = "Recipient-months under a purchased service (whole months of the period)")
        long standardMonths,
        @Schema(description = "Of those, meeting the monthly service standard (seed 004)") long standardMonthsMet,
        @MayBeNull BigDecimal standardPercent,
        @Schema(description = "Approved first statements of the period's months") long statementsApproved,
        @Schema(description = "Median days from month end to the statement's approval") @MayBeNull BigDecimal medianDaysToApproval,
        @Schema(description = "People referred to a charity in the period") long referrals,
        @Schema(description = "Of those, with a first activity") long referralsStarted,
        @Schema(description = "Median days from referral to first activity") @MayBeNull BigDecimal medianDaysToFirstActivity) {}
