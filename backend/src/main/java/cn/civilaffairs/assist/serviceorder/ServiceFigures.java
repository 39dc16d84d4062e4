package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based figures for the statistics (reports module): aggregates grouped by provider and
 * village, one query each, no person data in the answer.
 */
@Service
@Transactional(readOnly = true)
public class ServiceFigures {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final StandardsService standards;
    private final ServicePolicy policy;
    private final Recipients recipients;

    ServiceFigures(JdbcTemplate jdbc, StandardsService standards, ServicePolicy policy, Recipients recipients) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.policy = policy;
        this.recipients = recipients;
    }

    /** Confirmed deliveries of one provider in one village, by how they were confirmed. */
    public record ProviderVillageDeliveries(String providerCode, String villageCode, long byPin, long byOfficer,
            BigDecimal amount) {}

    /** Confirmed deliveries with a service date in the period. */
    public List<ProviderVillageDeliveries> deliveries(LocalDate from, LocalDate to) {
        return jdbc.query("select provider_code, village_code,"
                + " sum(case when confirm_method = ? then 1 else 0 end),"
                + " sum(case when confirm_method = ? then 1 else 0 end), sum(amount)"
                + " from service_delivery where status = ? and service_date >= ? and service_date <= ?"
                + " group by provider_code, village_code",
                (rs, n) -> new ProviderVillageDeliveries(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getBigDecimal(5)),
                ConfirmMethod.PIN.name(), ConfirmMethod.OFFICER.name(), DeliveryStatus.CONFIRMED.name(), from, to);
    }

    /** Spot checks of one provider in one village: done (passed or failed) and failed. */
    public record ProviderVillageSpotChecks(String providerCode, String villageCode, long checked, long failed) {}

    /** Spot checks of the months from {@code from}'s to {@code to}'s. */
    public List<ProviderVillageSpotChecks> spotChecks(LocalDate from, LocalDate to) {
        return jdbc.query("select provider_code, village_code,"
                + " sum(case when status = ? or status = ? then 1 else 0 end),"
                + " sum(case when status = ? then 1 else 0 end)"
                + " from spot_check where check_month >= ? and check_month <= ? group by provider_code, village_code",
                (rs, n) -> new ProviderVillageSpotChecks(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                SpotCheckStatus.PASSED.name(), SpotCheckStatus.FAILED.name(), SpotCheckStatus.FAILED.name(),
                YearMonth.from(from).toString(), YearMonth.from(to).toString());
    }

    /** An approved statement: its street, kind, party and month, and the day it was approved. */
    public record StatementApproval(String streetCode, StatementKind kind, String partyCode, YearMonth month,
            LocalDate approvedOn) {}

    /** First statements (not supplements) of the months from {@code from}'s to {@code to}'s, approved. */
    public List<StatementApproval> statementApprovals(LocalDate from, LocalDate to) {
        return jdbc.query("select street_code, kind, party_code, stmt_month, approved_at from settlement_statement"
                + " where status = ? and supplement_no = 0 and stmt_month >= ? and stmt_month <= ?",
                (rs, n) -> new StatementApproval(rs.getString(1), StatementKind.valueOf(rs.getString(2)),
                        rs.getString(3), YearMonth.parse(rs.getString(4)),
                        rs.getObject(5, LocalDateTime.class).atOffset(ZoneOffset.UTC).atZoneSameInstant(SHANGHAI)
                                .toLocalDate()),
                StatementStatus.APPROVED.name(), YearMonth.from(from).toString(), YearMonth.from(to).toString());
    }

    /** Recipient-months under a purchased service, and how many of them met the monthly standard (seed 004). */
    public record VillageStandard(String villageCode, long months, long met) {}

    /**
     * The whole months inside the period; a recipient counts for a month when an order of theirs was
     * accepted by its first day and not ended before its last. Met: at least {@code minServices}
     * confirmed, unflagged services of at least {@code minMinutesEach} minutes and at least the
     * required amount (30 yuan, or 100 for disabled elderly 特困/低保 recipients), the rule of
     * {@link StandardsService}. Two queries (orders, deliveries per case and month) and one
     * recipient lookup for the whole set.
     */
    public List<VillageStandard> serviceStandard(LocalDate from, LocalDate to) {
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        if (first.isAfter(last)) {
            return List.of();
        }
        record Served(long caseId, String villageCode, LocalDate acceptedOn, LocalDate endedOn) {}
        List<Served> served = jdbc.query("select case_id, village_code, accepted_on, ended_on from service_order"
                + " where accepted_on is not null and accepted_on <= ? and (ended_on is null or ended_on >= ?)",
                (rs, n) -> new Served(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)),
                last.atDay(1), first.atEndOfMonth());
        if (served.isEmpty()) {
            return List.of();
        }
        record Month(long caseId, YearMonth month) {}
        record Done(long qualifying, BigDecimal amount) {}
        Map<Month, Done> done = new HashMap<>();
        jdbc.query("select case_id, year(service_date), month(service_date),"
                + " sum(case when minutes >= ? then 1 else 0 end), sum(amount) from service_delivery"
                + " where status = ? and flagged = false and service_date >= ? and service_date <= ?"
                + " group by case_id, year(service_date), month(service_date)",
                rs -> {
                    done.put(new Month(rs.getLong(1), YearMonth.of(rs.getInt(2), rs.getInt(3))),
                            new Done(rs.getLong(4), rs.getBigDecimal(5)));
                },
                policy.minMinutesEach(), DeliveryStatus.CONFIRMED.name(), first.atDay(1), last.atEndOfMonth());
        Map<Long, Recipient> people = recipients.recipients(served.stream().map(Served::caseId).distinct().toList());
        Map<String, long[]> byVillage = new TreeMap<>();
        java.util.Set<Month> counted = new java.util.HashSet<>();
        for (Served s : served) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                boolean wholeMonth = !s.acceptedOn().isAfter(m.atDay(1))
                        && (s.endedOn() == null || !s.endedOn().isBefore(m.atEndOfMonth()));
                if (!wholeMonth || !counted.add(new Month(s.caseId(), m))) {
                    continue;
                }
                Recipient r = people.get(s.caseId());
                BigDecimal required = r != null && standards.disabledElderlyPoor(r, m.atEndOfMonth())
                        ? policy.disabledElderlyAmount() : policy.minAmount();
                Done d = done.getOrDefault(new Month(s.caseId(), m), new Done(0, BigDecimal.ZERO));
                boolean met = d.qualifying() >= policy.minServices() && d.amount().compareTo(required) >= 0;
                long[] tally = byVillage.computeIfAbsent(s.villageCode(), v -> new long[2]);
                tally[0]++;
                tally[1] += met ? 1 : 0;
            }
        }
        List<VillageStandard> out = new ArrayList<>();
        byVillage.forEach((v, t) -> out.add(new VillageStandard(v, t[0], t[1])));
        return out;
    }
}
