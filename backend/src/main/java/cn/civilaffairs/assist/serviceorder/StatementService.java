package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Aid;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Delivery;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Helper;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.Statement;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.StatementKind;
import cn.civilaffairs.assist.serviceorder.ServiceRecords.StatementStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements (结算单): a provider's confirmed, unflagged deliveries per street, or a
 * neighbour helper's recorded help; reviewed by the street office and locked once approved.
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

    /** (Re)builds the month's draft statements of the caller's side; submitted and approved ones stay as they are. */
    public List<Statement> build(YearMonth month, StatementKind kind, CurrentUser user) {
        if (month.isAfter(YearMonth.now(clock.withZone(ServiceOrderService.SHANGHAI)))) {
            throw new FieldValidationException("不能生成未来月份的结算单。", List.of(new FieldError("month", "不能生成未来月份的结算单。")));
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
            for (String street : streets) {
                out.add(rebuild(statement(kind, provider, street, month), s -> {
                    List<Delivery> lines = deliveries.findSettleable(provider, street, from, to, s);
                    return new Lines(lines.stream().map(Delivery::getId).toList(),
                            lines.stream().map(Delivery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
                }, true));
            }
        } else {
            if (!user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK)) {
                throw new ConflictException("邻里互助补贴由村（社区）或街道（镇）生成。");
            }
            for (Helper h : helpers.findInScope(user.orgCode() + "%")) {
                String street = orgs.get(h.getVillageCode()).getParentCode();
                List<Aid> pending = aids.findSettleable(h.getId(), from, to, null);
                if (pending.isEmpty() && statements.findByKindAndPartyCodeAndStreetCodeAndMonth(kind,
                        helperParty(h.getId()), street, month.toString()).isEmpty()) {
                    continue;
                }
                out.add(rebuild(statement(kind, helperParty(h.getId()), street, month), s -> {
                    aids.findByStatementIdOrderByAidDateAscIdAsc(s).forEach(a -> a.onStatement(null));
                    List<Aid> lines = aids.findSettleable(h.getId(), from, to, null);
                    lines.forEach(a -> a.onStatement(s));
                    return new Lines(lines.stream().map(Aid::getId).toList(),
                            lines.stream().map(Aid::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
                }, false));
            }
        }
        return out;
    }

    private record Lines(List<Long> ids, BigDecimal total) {}

    private Statement statement(StatementKind kind, String party, String street, YearMonth month) {
        return statements.findByKindAndPartyCodeAndStreetCodeAndMonth(kind, party, street, month.toString())
                .orElseGet(() -> statements.saveAndFlush(new Statement(
                        "JS%s%04d".formatted(month.toString().replace("-", ""), sequences.next("statement:" + month)),
                        kind, party, street, month.toString(), clock.instant())));
    }

    private Statement rebuild(Statement s, java.util.function.Function<Long, Lines> collect, boolean deliveryLines) {
        if (s.getStatus() != StatementStatus.DRAFT) {
            return s;
        }
        long id = s.getId();
        if (deliveryLines) {
            deliveries.releaseFrom(id);
        }
        Lines lines = collect.apply(id);
        if (deliveryLines) {
            for (int i = 0; i < lines.ids().size(); i += CHUNK) {
                deliveries.assignTo(id, lines.ids().subList(i, Math.min(lines.ids().size(), i + CHUNK)));
            }
        }
        // Bulk updates cleared the persistence context: load the statement again before changing it.
        Statement fresh = statements.findById(id).orElseThrow();
        fresh.totals(lines.ids().size(), lines.total(), clock.instant());
        return fresh;
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

    /** The street's review; approval locks the statement and its lines for good. */
    public void review(String statementNo, boolean approve, String comment, CurrentUser user) {
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
