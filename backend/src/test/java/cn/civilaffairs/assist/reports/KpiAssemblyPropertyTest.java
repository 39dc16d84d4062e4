package cn.civilaffairs.assist.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Per-street KPI counts sum to the district totals, and per-village counts to their street's, for
 * generated org trees and figures (villages without figures, streets without villages, statements
 * only a street has).
 */
class KpiAssemblyPropertyTest {

    static final List<ToLongFunction<KpiFigures>> COUNTS = List.of(KpiFigures::leads, KpiFigures::leadsWithCard,
            KpiFigures::gradedPeople, KpiFigures::visitedWithinInterval, KpiFigures::warningsRaised,
            KpiFigures::warningsEscalated, KpiFigures::deliveriesByPin, KpiFigures::deliveriesByOfficer,
            KpiFigures::spotChecks, KpiFigures::spotChecksFailed, KpiFigures::standardMonths,
            KpiFigures::standardMonthsMet, KpiFigures::statementsApproved, KpiFigures::referrals,
            KpiFigures::referralsStarted);
    /** Counts a village has; statements are the street's only. */
    static final List<ToLongFunction<KpiFigures>> VILLAGE_COUNTS = COUNTS.stream()
            .filter(f -> f != COUNTS.get(12)).toList();

    static Tally tally(Random rnd) {
        Tally t = new Tally();
        t.leads = rnd.nextInt(50);
        t.leadsWithCard = rnd.nextInt((int) t.leads + 1);
        for (int i = 0; i < t.leadsWithCard; i++) {
            t.daysToCard.add((long) rnd.nextInt(40));
        }
        t.graded = rnd.nextInt(30);
        t.withinInterval = rnd.nextInt((int) t.graded + 1);
        t.warningsRaised = rnd.nextInt(10);
        t.warningsEscalated = rnd.nextInt((int) t.warningsRaised + 1);
        t.byPin = rnd.nextInt(100);
        t.byOfficer = rnd.nextInt(100);
        t.spotChecks = rnd.nextInt(10);
        t.spotChecksFailed = rnd.nextInt((int) t.spotChecks + 1);
        t.standardMonths = rnd.nextInt(60);
        t.standardMet = rnd.nextInt((int) t.standardMonths + 1);
        t.referrals = rnd.nextInt(8);
        t.referralsStarted = rnd.nextInt((int) t.referrals + 1);
        for (int i = 0; i < t.referralsStarted; i++) {
            t.daysToFirstActivity.add((long) rnd.nextInt(30));
        }
        return t;
    }

    @Test
    void perStreetCountsSumToTheDistrictTotals() {
        qt().withFixedSeed(20261206L).withExamples(300).forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 5),
                integers().all()).checkAssert((villagesPerStreet, seed) -> {
            Random rnd = new Random(seed);
            List<KpiAssembly.Street> streets = new ArrayList<>();
            Map<String, Tally> villages = new HashMap<>();
            Map<String, Tally> streetOnly = new HashMap<>();
            for (int s = 0; s < villagesPerStreet.size(); s++) {
                String street = "360199%03d".formatted(s + 1);
                Map<String, String> names = new LinkedHashMap<>();
                for (int v = 0; v < villagesPerStreet.get(s); v++) {
                    String village = street + "%03d".formatted(v + 1);
                    names.put(village, "村" + v);
                    if (rnd.nextInt(4) > 0) {
                        villages.put(village, tally(rnd));
                    }
                }
                streets.add(new KpiAssembly.Street(street, "街道" + s, names));
                if (rnd.nextBoolean()) {
                    Tally t = new Tally();
                    for (int i = rnd.nextInt(5); i > 0; i--) {
                        t.daysToApproval.add((long) rnd.nextInt(20));
                    }
                    streetOnly.put(street, t);
                }
            }
            // Figures of a village outside the scope are not counted anywhere.
            villages.put("360199999001", tally(rnd));

            KpiAssembly.Assembled a = KpiAssembly.assemble(streets, villages, streetOnly);

            assertThat(a.streets()).hasSize(streets.size());
            for (ToLongFunction<KpiFigures> count : COUNTS) {
                assertThat(a.streets().stream().mapToLong(s -> count.applyAsLong(s.figures())).sum())
                        .isEqualTo(count.applyAsLong(a.total()));
            }
            for (StreetKpis s : a.streets()) {
                for (ToLongFunction<KpiFigures> count : VILLAGE_COUNTS) {
                    assertThat(s.villages().stream().mapToLong(v -> count.applyAsLong(v.figures())).sum())
                            .isEqualTo(count.applyAsLong(s.figures()));
                }
                assertThat(s.villages().stream().mapToLong(v -> v.figures().statementsApproved()).sum()).isZero();
            }
            long expectedLeads = streets.stream().flatMap(s -> s.villageNames().keySet().stream())
                    .mapToLong(v -> villages.containsKey(v) ? villages.get(v).leads : 0).sum();
            assertThat(a.total().leads()).isEqualTo(expectedLeads);
            // Shares stay shares.
            if (a.total().cardPercent() != null) {
                assertThat(a.total().cardPercent().doubleValue()).isBetween(0.0, 100.0);
            }
        });
    }

    @Test
    void medianOfTheUnderlyingDaysNotOfMedians() {
        assertThat(Tally.median(List.of(5L, 1L, 3L))).isEqualByComparingTo("3");
        assertThat(Tally.median(List.of(4L, 1L))).isEqualByComparingTo("2.5");
        assertThat(Tally.median(List.of())).isNull();
        assertThat(Tally.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Tally.percent(0, 0)).isNull();
    }
}
