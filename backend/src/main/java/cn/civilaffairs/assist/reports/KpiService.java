package cn.civilaffairs.assist.reports;

import cn.civilaffairs.assist.care.CareFigures;
import cn.civilaffairs.assist.caseflow.CaseFigures;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.referral.ReferralFigures;
import cn.civilaffairs.assist.serviceorder.ServiceFigures;
import cn.civilaffairs.assist.serviceorder.StatementKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPIs per street and village for a period (issue 14 point 3). The figures come from the domain
 * modules' set-based queries (CaseFigures, CareFigures, ServiceFigures, ReferralFigures: one
 * aggregate query each over the district, grouped by village or provider) and are rolled up here
 * by {@link KpiAssembly}. Scope checks are the caller's (ReportController); this answers for any
 * district or street code.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {
    private final OrgService orgs;
    private final CaseFigures cases;
    private final CareFigures care;
    private final ServiceFigures services;
    private final ReferralFigures referrals;

    KpiService(OrgService orgs, CaseFigures cases, CareFigures care, ServiceFigures services,
            ReferralFigures referrals) {
        this.orgs = orgs;
        this.cases = cases;
        this.care = care;
        this.services = services;
        this.referrals = referrals;
    }

    /** KPIs of a district (all its streets) or one street, from {@code from} to {@code to} inclusive. */
    public KpiReport kpis(String scopeCode, LocalDate from, LocalDate to) {
        OrgUnit scope = orgs.get(scopeCode);
        List<OrgUnit> streetUnits = scope.getLevel() == OrgLevel.STREET ? List.of(scope)
                : orgs.children(scope.getCode()).stream().filter(u -> u.getLevel() == OrgLevel.STREET).toList();
        List<KpiAssembly.Street> streets = new ArrayList<>();
        Map<String, String> villageToStreet = new HashMap<>();
        for (OrgUnit s : streetUnits) {
            Map<String, String> villages = new LinkedHashMap<>();
            for (OrgUnit v : orgs.villagesUnder(s.getCode())) {
                villages.put(v.getCode(), v.getName());
                villageToStreet.put(v.getCode(), s.getCode());
            }
            streets.add(new KpiAssembly.Street(s.getCode(), s.getName(), villages));
        }

        Map<String, Tally> byVillage = new HashMap<>();
        java.util.function.Function<String, Tally> village = code -> byVillage.computeIfAbsent(code, c -> new Tally());
        for (CaseFigures.LeadToCard l : cases.leadsToCards(from, to)) {
            Tally t = village.apply(l.villageCode());
            t.leads++;
            if (l.cardOn() != null) {
                t.leadsWithCard++;
                t.daysToCard.add(ChronoUnit.DAYS.between(l.leadOn(), l.cardOn()));
            }
        }
        for (CareFigures.VillageCompliance c : care.visitCompliance(from, to)) {
            Tally t = village.apply(c.villageCode());
            t.graded += c.graded();
            t.withinInterval += c.withinInterval();
        }
        for (CareFigures.VillageWarnings w : care.warnings(from, to)) {
            Tally t = village.apply(w.villageCode());
            t.warningsRaised += w.raised();
            t.warningsEscalated += w.escalated();
        }
        Map<String, Tally> byProvider = new TreeMap<>();
        for (ServiceFigures.ProviderVillageDeliveries d : services.deliveries(from, to)) {
            Tally t = village.apply(d.villageCode());
            t.byPin += d.byPin();
            t.byOfficer += d.byOfficer();
            if (villageToStreet.containsKey(d.villageCode())) {
                Tally p = byProvider.computeIfAbsent(d.providerCode(), c -> new Tally());
                p.byPin += d.byPin();
                p.byOfficer += d.byOfficer();
                p.amount = p.amount.add(d.amount() == null ? java.math.BigDecimal.ZERO : d.amount());
            }
        }
        for (ServiceFigures.ProviderVillageSpotChecks c : services.spotChecks(from, to)) {
            Tally t = village.apply(c.villageCode());
            t.spotChecks += c.checked();
            t.spotChecksFailed += c.failed();
            if (villageToStreet.containsKey(c.villageCode())) {
                Tally p = byProvider.computeIfAbsent(c.providerCode(), x -> new Tally());
                p.spotChecks += c.checked();
                p.spotChecksFailed += c.failed();
            }
        }
        for (ServiceFigures.VillageStandard s : services.serviceStandard(from, to)) {
            Tally t = village.apply(s.villageCode());
            t.standardMonths += s.months();
            t.standardMet += s.met();
        }
        for (ReferralFigures.ReferralStart r : referrals.referralStarts(from, to)) {
            Tally t = village.apply(r.villageCode());
            t.referrals++;
            if (r.firstActivityOn() != null) {
                t.referralsStarted++;
                t.daysToFirstActivity.add(ChronoUnit.DAYS.between(r.sentOn(), r.firstActivityOn()));
            }
        }
        Map<String, Tally> byStreet = new HashMap<>();
        for (ServiceFigures.StatementApproval a : services.statementApprovals(from, to)) {
            if (streets.stream().noneMatch(s -> s.code().equals(a.streetCode()))) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(a.month().atEndOfMonth(), a.approvedOn());
            byStreet.computeIfAbsent(a.streetCode(), c -> new Tally()).daysToApproval.add(days);
            if (a.kind() == StatementKind.PROVIDER) {
                byProvider.computeIfAbsent(a.partyCode(), c -> new Tally()).daysToApproval.add(days);
            }
        }

        KpiAssembly.Assembled assembled = KpiAssembly.assemble(streets, byVillage, byStreet);
        List<ProviderKpis> providers = new ArrayList<>();
        byProvider.forEach((code, t) -> {
            KpiFigures f = t.figures();
            providers.add(new ProviderKpis(code, orgs.find(code).map(OrgUnit::getName).orElse(code),
                    t.byPin, t.byOfficer, f.pinPercent(), t.amount, t.spotChecks, t.spotChecksFailed,
                    f.spotCheckFailurePercent(), f.statementsApproved(), f.medianDaysToApproval()));
        });
        return new KpiReport(from, to, scope.getCode(), scope.getName(), assembled.total(), assembled.streets(),
                providers);
    }
}
