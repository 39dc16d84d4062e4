package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TempAidFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.core.Gen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ledger invariant on generated sequences of applications for one person, each taken down one
 * path (street grant and payment, district approval and payment, granted but unpaid, refused by the
 * street or the district, still open) with generated amounts and payment days crossing a year end,
 * through the real API: for every year the ledger's total is exactly the sum of the payments made in
 * that year, its count the number of those payments, and a refused or unpaid application is listed
 * (when requested that year) but never counted.
 *
 * <p>QuickTheories generates the sequences (fixed seed) and shrinks a failing one (not jqwik: its author
 * asks that AI agents not use it). Each try has its own person, so tries do not see each other.
 */
@IntegrationTest
class TemporaryAidLedgerPropertyTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    /** Each try starts on this Monday; payments run up to ~3 months later, into 2027. */
    static final LocalDate BASE = LocalDate.of(2026, 11, 2);
    static final BigDecimal LIMIT = new BigDecimal("2000");

    enum Path { STREET_PAID, DISTRICT_PAID, STREET_UNPAID, DISTRICT_UNPAID, STREET_REFUSED, DISTRICT_REFUSED, OPEN }

    static final Set<Path> PAID = EnumSet.of(Path.STREET_PAID, Path.DISTRICT_PAID);

    /** One application: its path, the amount in cents, the paid share in percent, days from decision to payment. */
    record Case(Path path, int cents, int paidPercent, int payAfterDays) {}

    @LocalServerPort int port;
    @Autowired TempAidFixtures fixtures;

    Gen<List<Case>> cases() {
        Gen<Path> path = integers().between(0, Path.values().length - 1).map(i -> Path.values()[i]);
        Gen<Case> one = path.zip(integers().between(1, 900_000), integers().between(1, 100), integers().between(0, 70),
                (p, cents, share, days) -> new Case(p, cents, share, days));
        return lists().of(one).ofSizeBetween(1, 5);
    }

    @Test
    void theLedgerTotalIsTheSumOfThePaymentsOfTheYearAndNeverCountsARefusedOrUnpaidApplication() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient street = ApiClient.signedIn(port, STREET_CLERK);
        ApiClient manager = ApiClient.signedIn(port, "manager");
        qt().withFixedSeed(20261206L).withExamples(12).withShrinkCycles(10)
                .forAll(cases()).checkAssert(list -> check(list, officer, street, manager));
    }

    private void check(List<Case> list, ApiClient officer, ApiClient street, ApiClient manager) {
        clock.at(BASE, 9, 0);
        String idNumber = Leads.newIdNumber();
        Map<Integer, BigDecimal> paidByYear = new HashMap<>();
        Map<String, Path> paths = new HashMap<>();
        Long personId = null;
        for (int i = 0; i < list.size(); i++) {
            Case c = list.get(i);
            BigDecimal amount = BigDecimal.valueOf(c.cents(), 2);
            boolean district = c.path() == Path.DISTRICT_PAID || c.path() == Path.DISTRICT_UNPAID
                    || c.path() == Path.DISTRICT_REFUSED;
            // The street decides up to the limit, the district above it.
            BigDecimal granted = district ? amount.add(LIMIT) : amount.min(LIMIT);
            Response r = officer.post("/api/temporary-aid",
                    application("临救卯", idNumber, "ACCIDENT", BASE.minusDays(i), granted.toPlainString()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            String no = r.json().get("applicationNo").asText();
            personId = r.json().get("personId").asLong();
            paths.put(no, c.path());
            if (c.path() == Path.OPEN) {
                continue;
            }
            if (c.path() == Path.STREET_REFUSED) {
                ok(fixtures.assess(street, no, "REFUSE", null, "不符合条件"));
                continue;
            }
            ok(fixtures.assess(street, no, district ? "REFER" : "GRANT", granted.toPlainString(), null));
            if (district) {
                boolean approve = c.path() != Path.DISTRICT_REFUSED;
                ok(fixtures.approve(manager, no, approve, approve ? granted.toPlainString() : null,
                        approve ? null : "不符合条件"));
            }
            if (PAID.contains(c.path())) {
                LocalDate payDay = clock.today().plusDays(c.payAfterDays());
                clock.at(payDay, 10, 0);
                BigDecimal paid = granted.multiply(BigDecimal.valueOf(c.paidPercent()))
                        .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
                ok(fixtures.pay(street, no, payDay, paid.toPlainString()));
                paidByYear.merge(payDay.getYear(), paid, BigDecimal::add);
            }
        }
        BigDecimal all = BigDecimal.ZERO;
        for (int year : List.of(2026, 2027)) {
            Response r = street.get("/api/temporary-aid/ledger?personId=" + personId + "&year=" + year);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode ledger = r.json();
            BigDecimal expected = paidByYear.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal total = new BigDecimal(ledger.get("totalPaid").asText());
            assertThat(total).as("year %d of %s", year, list).isEqualByComparingTo(expected);
            all = all.add(total);
            BigDecimal entriesPaid = BigDecimal.ZERO;
            int paidEntries = 0;
            for (JsonNode e : ledger.get("entries")) {
                Path p = paths.get(e.get("applicationNo").asText());
                assertThat(p).as("only this person's applications").isNotNull();
                if (!PAID.contains(p)) {
                    assertThat(e.get("paidAmount").isNull()).as("%s has no payment", p).isTrue();
                    assertThat(e.get("status").asText()).isIn("REFUSED", "AWAITING_PAYMENT", "ASSESSING",
                            "DISTRICT_REVIEW");
                } else if (!e.get("paidAmount").isNull()) {
                    assertThat(LocalDate.parse(e.get("paidOn").asText()).getYear()).isEqualTo(year);
                    entriesPaid = entriesPaid.add(new BigDecimal(e.get("paidAmount").asText()));
                    paidEntries++;
                }
            }
            assertThat(entriesPaid).isEqualByComparingTo(total);
            assertThat(ledger.get("paidCount").asInt()).isEqualTo(paidEntries);
        }
        BigDecimal sumOfPayments = paidByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(all).isEqualByComparingTo(sumOfPayments);
    }

    private static void ok(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }
}
