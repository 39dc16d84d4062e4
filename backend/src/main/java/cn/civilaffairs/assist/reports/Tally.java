package cn.civilaffairs.assist.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The additive raw material of {@link KpiFigures} for one unit: counts, and the day spans whose
 * medians are wanted (a median of medians is not a median, so the spans themselves are summed).
 */
final class Tally {
    long leads;
    long leadsWithCard;
    final List<Long> daysToCard = new ArrayList<>();
    long graded;
    long withinInterval;
    long warningsRaised;
    long warningsEscalated;
    long byPin;
    long byOfficer;
    BigDecimal amount = BigDecimal.ZERO;
    long spotChecks;
    long spotChecksFailed;
    long standardMonths;
    long standardMet;
    final List<Long> daysToApproval = new ArrayList<>();
    long referrals;
    long referralsStarted;
    final List<Long> daysToFirstActivity = new ArrayList<>();

    Tally add(Tally o) {
        leads += o.leads;
        leadsWithCard += o.leadsWithCard;
        daysToCard.addAll(o.daysToCard);
        graded += o.graded;
        withinInterval += o.withinInterval;
        warningsRaised += o.warningsRaised;
        warningsEscalated += o.warningsEscalated;
        byPin += o.byPin;
        byOfficer += o.byOfficer;
        amount = amount.add(o.amount);
        spotChecks += o.spotChecks;
        spotChecksFailed += o.spotChecksFailed;
        standardMonths += o.standardMonths;
        standardMet += o.standardMet;
        daysToApproval.addAll(o.daysToApproval);
        referrals += o.referrals;
        referralsStarted += o.referralsStarted;
        daysToFirstActivity.addAll(o.daysToFirstActivity);
        return this;
    }

    KpiFigures figures() {
        return new KpiFigures(leads, leadsWithCard, percent(leadsWithCard, leads), median(daysToCard),
                graded, withinInterval, percent(withinInterval, graded),
                warningsRaised, warningsEscalated,
                byPin, byOfficer, percent(byPin, byPin + byOfficer),
                spotChecks, spotChecksFailed, percent(spotChecksFailed, spotChecks),
                standardMonths, standardMet, percent(standardMet, standardMonths),
                daysToApproval.size(), median(daysToApproval),
                referrals, referralsStarted, median(daysToFirstActivity));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2)).setScale(1)
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
    }
}
