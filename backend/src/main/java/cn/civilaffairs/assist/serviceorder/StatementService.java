package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.serviceorder.internal.Aid;
import cn.civilaffairs.assist.serviceorder.internal.AidRepository;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.DeliveryRepository;
import cn.civilaffairs.assist.serviceorder.internal.Helper;
import cn.civilaffairs.assist.serviceorder.internal.HelperRepository;
import cn.civilaffairs.assist.serviceorder.internal.Statement;
import cn.civilaffairs.assist.serviceorder.internal.StatementRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements (结算单): a provider's confirmed, unflagged deliveries per street, or a
 * neighbour helper's recorded help; approved (审核) by the street office and locked once approved.
 */
@Service
@Transactional
public class StatementService {
    private static final int CHUNK = 500;

    private final StatementRepository statements;
    private final DeliveryRepository deliveries;
    private final HelperRepository helpers;
    private final AidRepository aids;
    private final OrgService orgs;
    private final RuntimeService runtime;
    private final Sequences sequences;
    private final Clock clock;

    StatementService(StatementRepository statements, DeliveryRepository deliveries, HelperRepository helpers,
            AidRepository aids, OrgService orgs, RuntimeService runtime, Sequences sequences, Clock clock) {
        this.statements = statements;
        this.deliveries = deliveries;
        this.helpers = helpers;
        this.aids = aids;
        this.orgs = orgs;
        this.runtime = runtime;
        this.sequences = sequences;
        this.clock = clock;
    }

    static String helperParty(long helperId) {
        return "H" + helperId;
    }

    /**
     * (Re)builds the month's statements of the caller's side. Only an ended month (Asia/Shanghai)
     * can be settled. Per party and street the month has one statement and, for care confirmed or
     * recorded after that was approved, supplements (补充结算单); only the latest may be open. A
     * draft is rebuilt, a submitted one waits for its approval, and after an approved one a new
     * supplement is opened only if something of the month is still unsettled.
     */
    public List<Statement> build(YearMonth month, StatementKind kind, CurrentUser user) {
        YearMonth running = YearMonth.now(clock.withZone(ServiceOrderService.SHANGHAI));
        if (!month.isBefore(running)) {
            String message = "只能为已结束的月份生成结算单（%s 尚未结束）。".formatted(month);
            throw new FieldValidationException(message, List.of(new FieldError("month", message)));
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Statement> out = new ArrayList<>();
        if (kind == StatementKind.PROVIDER) {
            if (!user.hasRole(Role.PROVIDER_STAFF)) {
                throw new ConflictException("服务机构结算单由服务机构生成。");
            }
            String provider = user.orgCode();
            Set<String> streets = new LinkedHashSet<>(deliveries.streetsServed(provider, from, to));
            statements.find(provider, "%", month.toString(), kind, null).forEach(s -> streets.add(s.getStreetCode()));
            streets.addAll(deliveries.streetsOwingDeductions(provider));
            for (String street : streets) {
                out.add(rebuildProvider(target(kind, provider, street, month,
                        () -> !deliveries.findSettleable(provider, street, from, to, null).isEmpty()), from, to));
            }
        } else {
            if (!user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK)) {
                throw new ConflictException("邻里互助补贴由村（社区）或街道（镇）生成。");
            }
            for (Helper h : helpers.findInScope(user.orgCode() + "%")) {
                String street = orgs.get(h.getVillageCode()).getParentCode();
                boolean pending = !aids.findSettleable(h.getId(), from, to, null).isEmpty();
                if (!pending && statements.findByKindAndPartyCodeAndStreetCodeAndMonthOrderBySupplementNoAsc(kind,
                        helperParty(h.getId()), street, month.toString()).isEmpty()) {
                    continue;
                }
                out.add(rebuildHelper(target(kind, helperParty(h.getId()), street, month, () -> pending), h, from, to));
            }
        }
        return out;
    }

    /**
     * The statement to (re)build: the month's first one if there is none yet; otherwise the
     * latest, unless it is approved, then a new supplement if {@code unsettled} says there is
     * something to put on it. The unique (kind, party, street, month, supplement) key makes a
     * concurrent second build of the same supplement fail (409) instead of opening two.
     */
    private Statement target(StatementKind kind, String party, String street, YearMonth month,
            BooleanSupplier unsettled) {
        List<Statement> existing = statements.findByKindAndPartyCodeAndStreetCodeAndMonthOrderBySupplementNoAsc(kind,
                party, street, month.toString());
        if (existing.isEmpty()) {
            return create(kind, party, street, month, 0);
        }
        Statement latest = existing.get(existing.size() - 1);
        if (latest.getStatus() == StatementStatus.APPROVED && unsettled.getAsBoolean()) {
            return create(kind, party, street, month, latest.getSupplementNo() + 1);
        }
        return latest;
    }

    private Statement create(StatementKind kind, String party, String street, YearMonth month, int supplementNo) {
        return statements.saveAndFlush(new Statement(
                "JS%s%04d".formatted(month.toString().replace("-", ""), sequences.next("statement:" + month)),
                kind, party, street, month.toString(), supplementNo, clock.instant()));
    }

    /**
     * A provider's draft: the month's confirmed, unflagged deliveries no other statement holds,
     * and, as negative lines, deliveries paid on an approved statement that failed a spot check
     * since (扣减) and no other statement deducts yet.
     */
    private Statement rebuildProvider(Statement s, LocalDate from, LocalDate to) {
        if (s.getStatus() != StatementStatus.DRAFT) {
            return s;
        }
        long id = s.getId();
        String provider = s.getPartyCode();
        String street = s.getStreetCode();
        deliveries.releaseFrom(id);
        deliveries.releaseDeductionsFrom(id);
        List<Long> lines = deliveries.findSettleable(provider, street, from, to, id).stream().map(Delivery::getId)
                .toList();
        List<Long> owed = deliveries.findOwedDeductions(provider, street, id).stream().map(Delivery::getId).toList();
        for (int i = 0; i < lines.size(); i += CHUNK) {
            deliveries.assignTo(id, lines.subList(i, Math.min(lines.size(), i + CHUNK)));
        }
        for (int i = 0; i < owed.size(); i += CHUNK) {
            deliveries.deductOn(id, owed.subList(i, Math.min(owed.size(), i + CHUNK)));
        }
        BigDecimal gross = deliveries.findByStatementIdOrderByServiceDateAscStartTimeAscIdAsc(id).stream()
                .map(Delivery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Delivery> deducted = deliveries.findByDeductedOnStatementIdOrderByServiceDateAscStartTimeAscIdAsc(id);
        BigDecimal deduction = deducted.stream().map(Delivery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Bulk updates cleared the persistence context: load the statement again before changing it.
        Statement fresh = statements.findById(id).orElseThrow();
        fresh.totals(lines.size() + deducted.size(), gross.subtract(deduction), deducted.size(), deduction,
                clock.instant());
        return fresh;
    }

    private Statement rebuildHelper(Statement s, Helper h, LocalDate from, LocalDate to) {
        if (s.getStatus() != StatementStatus.DRAFT) {
            return s;
        }
        long id = s.getId();
        aids.findByStatementIdOrderByAidDateAscIdAsc(id).forEach(a -> a.onStatement(null));
        List<Aid> lines = aids.findSettleable(h.getId(), from, to, null);
        lines.forEach(a -> a.onStatement(id));
        s.totals(lines.size(), lines.stream().map(Aid::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add), 0,
                BigDecimal.ZERO, clock.instant());
        return s;
    }

    /** Only the party's own side submits: the provider's staff, or the village/street for helpers. */
    public Statement submit(String statementNo, CurrentUser user) {
        Statement s = statements.lockByStatementNo(statementNo)
                .orElseThrow(() -> new NotFoundException("结算单不存在：" + statementNo));
        boolean mine = s.getKind() == StatementKind.PROVIDER
                ? user.hasRole(Role.PROVIDER_STAFF) && user.orgCode().equals(s.getPartyCode())
                : user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK)
                        && (OrgService.covers(user.orgCode(), s.getStreetCode())
                                || OrgService.covers(s.getStreetCode(), user.orgCode()));
        if (!mine) {
            throw new NotFoundException("结算单不存在：" + statementNo);
        }
        if (s.getStatus() != StatementStatus.DRAFT) {
            throw new ConflictException("结算单已提交或已审核，不能再次提交。");
        }
        if (!YearMonth.parse(s.getMonth()).isBefore(YearMonth.now(clock.withZone(ServiceOrderService.SHANGHAI)))) {
            throw new ConflictException("%s 尚未结束，月底之后才能提交结算单。".formatted(s.getMonth()));
        }
        if (s.getLineCount() == 0) {
            throw new ConflictException("结算单没有可结算的记录。");
        }
        s.submit(user.username(), clock.instant());
        runtime.createProcessInstanceByKey(ServiceProcesses.STATEMENT_REVIEW).businessKey(s.getStatementNo())
                .setVariable(ServiceProcesses.VAR_STATEMENT_NO, s.getStatementNo())
                .setVariable(ServiceProcesses.VAR_STREET_CODE, s.getStreetCode())
                .execute();
        return s;
    }

    /** The street's 审核 (approval): approving locks the statement and its lines for good; returning needs a comment. */
    public void approve(String statementNo, boolean approve, String comment, CurrentUser user) {
        Statement s = statements.lockByStatementNo(statementNo)
                .orElseThrow(() -> new NotFoundException("结算单不存在：" + statementNo));
        if (s.getStatus() != StatementStatus.SUBMITTED) {
            throw new ConflictException("结算单不在待审核状态。");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new FieldValidationException("退回时请写明意见。", List.of(new FieldError("comment", "退回时请写明意见。")));
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (approve) {
            s.approve(user.username(), clock.instant(), note);
        } else {
            s.returnForRevision(note);
        }
    }
}
