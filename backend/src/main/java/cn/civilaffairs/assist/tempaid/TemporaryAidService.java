package cn.civilaffairs.assist.tempaid;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import cn.civilaffairs.assist.tempaid.internal.Application;
import cn.civilaffairs.assist.tempaid.internal.ApplicationRepository;
import cn.civilaffairs.assist.tempaid.internal.Step;
import cn.civilaffairs.assist.tempaid.internal.StepRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary assistance (临时救助, seed 001 §五): an application per event, assessed by the street
 * office, granted first within the township limit (先行救助) or approved by the district above it,
 * then paid; the end is told to the asker through {@link TemporaryAidClosed}. One grant per event:
 * the same person, event type and event date cannot be applied for again while an application is
 * open or granted (409; the unique event key guards concurrent requests).
 */
@Service
@Transactional
public class TemporaryAidService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String SYSTEM = "system";

    private final ApplicationRepository applications;
    private final StepRepository steps;
    private final PersonService people;
    private final OrgService orgs;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final TemporaryAidPolicy policy;
    private final Clock clock;

    TemporaryAidService(ApplicationRepository applications, StepRepository steps, PersonService people, OrgService orgs,
            Sequences sequences, RuntimeService runtime, NotificationService notifications,
            ApplicationEventPublisher events, TemporaryAidPolicy policy, Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.people = people;
        this.orgs = orgs;
        this.sequences = sequences;
        this.runtime = runtime;
        this.notifications = notifications;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    public BigDecimal townshipLimit() {
        return policy.townshipLimit();
    }

    Application lock(String applicationNo) {
        return applications.lockByApplicationNo(applicationNo)
                .orElseThrow(() -> new NotFoundException("临时救助申请不存在或不在您的范围内：" + applicationNo));
    }

    // --- applying

    /** A request from another module (the one-door intake), in the asker's transaction. */
    @EventListener
    public void on(TemporaryAidRequested request) {
        open(request.personId(), request.villageCode(), request.eventType(), request.eventOn(),
                request.eventDescription(), request.amountRequested(), request.sourceRef(), request.requestedBy());
    }

    /**
     * The direct application by a village officer or street clerk: the person by id, or found (or
     * registered) by resident ID number; the village in the caller's scope.
     */
    public record ApplyCommand(Long personId, String name, String idNumber, String phone, String villageCode,
            AidEventType eventType, LocalDate eventOn, String eventDescription, BigDecimal amountRequested) {}

    /** As {@link #apply}, for callers outside the module: returns the application number. */
    public String applyForNumber(ApplyCommand cmd, CurrentUser user) {
        return apply(cmd, user).getApplicationNo();
    }

    /** Whether any application was ever made (the demo applications load only when none). */
    @Transactional(readOnly = true)
    public boolean anyApplication() {
        return applications.count() > 0;
    }

    public Application apply(ApplyCommand cmd, CurrentUser user) {
        if (!OrgService.covers(user.orgCode(), cmd.villageCode())) {
            throw new NotFoundException("村（社区）不存在或不在您的管辖范围内：" + cmd.villageCode());
        }
        long personId;
        if (cmd.personId() != null) {
            Person p = people.getAll(List.of(cmd.personId())).get(cmd.personId());
            if (p == null || !OrgService.covers(user.orgCode(), p.getVillageCode())) {
                throw new NotFoundException("人员不存在或不在您的管辖范围内。");
            }
            personId = p.getId();
        } else {
            if (cmd.idNumber() == null || cmd.name() == null || cmd.name().isBlank()) {
                throw new FieldValidationException("请填写申请人的姓名和身份证号。", List.of(
                        new FieldError("idNumber", "请填写申请人的姓名和身份证号。")));
            }
            String problem = ResidentIdNumber.problem(cmd.idNumber().strip().toUpperCase());
            if (problem != null) {
                throw new FieldValidationException(problem, List.of(new FieldError("idNumber", problem)));
            }
            String idNumber = cmd.idNumber().strip().toUpperCase();
            personId = people.findByIdNumber(idNumber).map(Person::getId).orElseGet(() -> people.register(
                    new ResidentIdNumber(idNumber), cmd.name().strip(), blankToNull(cmd.phone()), null,
                    cmd.villageCode()).getId());
        }
        return open(personId, cmd.villageCode(), cmd.eventType(), cmd.eventOn(), cmd.eventDescription(),
                cmd.amountRequested(), null, user.username());
    }

    Application open(long personId, String villageCode, AidEventType eventType, LocalDate eventOn, String description,
            BigDecimal amountRequested, String sourceRef, String requestedBy) {
        OrgUnit village = orgs.find(villageCode).orElse(null);
        if (village == null || village.getLevel() != OrgLevel.VILLAGE) {
            throw new FieldValidationException("申请须登记到村（社区）。", List.of(new FieldError("villageCode", "请选择村（社区）。")));
        }
        if (eventOn.isAfter(today())) {
            throw new FieldValidationException("事件日期不能晚于今天。", List.of(new FieldError("eventOn", "事件日期不能晚于今天。")));
        }
        BigDecimal requested = money("amountRequested", amountRequested);
        String key = Application.eventKey(personId, eventType, eventOn);
        applications.findByEventKey(key).ifPresent(earlier -> {
            throw duplicate(earlier);
        });
        String street = village.getParentCode();
        String district = orgs.get(street).getParentCode();
        Instant now = clock.instant();
        String month = today().format(DateTimeFormatter.ofPattern("yyyyMM"));
        String no = "LS%s%03d".formatted(month, sequences.next("temp-aid-no:" + month));
        Application a;
        try {
            a = applications.saveAndFlush(new Application(no, personId, villageCode, street, district, eventType, eventOn,
                    description.strip(), requested, sourceRef, requestedBy, now));
        } catch (DataIntegrityViolationException concurrent) {
            throw new ConflictException("同一人同一事件已有临时救助申请，不能重复申请。");
        }
        step(a, StepKind.REQUESTED, requestedBy, requested, typeLabel(eventType) + "（" + eventOn + "）：" + a.getEventDescription());
        String pi = runtime.createProcessInstanceByKey(TemporaryAidProcesses.KEY).businessKey(no)
                .setVariable(TemporaryAidProcesses.VAR_APPLICATION_NO, no)
                .setVariable(TemporaryAidProcesses.VAR_STREET_CODE, street)
                .setVariable(TemporaryAidProcesses.VAR_DISTRICT_CODE, district)
                .setVariable(TemporaryAidProcesses.VAR_ASSESS_WITHIN, policy.assessWithin())
                .setVariable(TemporaryAidProcesses.VAR_APPROVE_WITHIN, policy.approveWithin())
                .setVariable(TemporaryAidProcesses.VAR_PAY_WITHIN, policy.payWithin())
                .execute().getId();
        a.runsIn(pi);
        return a;
    }

    private static ConflictException duplicate(Application earlier) {
        String what = earlier.getStatus() == AidStatus.PAID || earlier.getStatus() == AidStatus.AWAITING_PAYMENT
                ? "已给予救助" : "正在办理";
        return new ConflictException("同一人同一事件（" + typeLabel(earlier.getEventType()) + "，" + earlier.getEventOn()
                + "）" + what + "（申请编号 " + earlier.getApplicationNo() + "），不能重复救助。")
                .with("applicationNo", earlier.getApplicationNo());
    }

    // --- deciding (from the task screens, in the task's transaction)

    /** The street office's assessment; a grant above the township limit is refused (400): refer it instead. */
    public void assess(String applicationNo, AssessDecision decision, BigDecimal amount, String reason, CurrentUser user) {
        Application a = lock(applicationNo);
        requireStatus(a, AidStatus.ASSESSING);
        Instant now = clock.instant();
        switch (decision) {
            case GRANT -> {
                BigDecimal granted = money("amount", amount);
                if (granted.compareTo(policy.townshipLimit()) > 0) {
                    throw new FieldValidationException("超过乡镇先行救助额度（" + policy.townshipLimit().toPlainString()
                            + " 元），请报区民政局审批。", List.of(new FieldError("amount", "超过乡镇先行救助额度，请报区民政局审批。")));
                }
                a.grantByStreet(granted, user.username(), now);
                step(a, StepKind.GRANTED, user.username(), granted, blankToNull(reason));
            }
            case REFER -> {
                BigDecimal proposed = money("amount", amount);
                if (proposed.compareTo(policy.townshipLimit()) <= 0) {
                    throw new FieldValidationException("金额未超过乡镇先行救助额度，由街道（镇）直接决定。",
                            List.of(new FieldError("amount", "金额未超过乡镇先行救助额度，由街道（镇）直接决定。")));
                }
                a.refer(proposed);
                step(a, StepKind.REFERRED, user.username(), proposed, blankToNull(reason));
            }
            case REFUSE -> {
                String why = requireReason(reason);
                a.refuse(amount == null ? null : money("amount", amount), DecisionLevel.STREET, why, user.username(), now);
                step(a, StepKind.REFUSED, user.username(), null, why);
            }
        }
    }

    /** The district's approval of an amount above the township limit, or its refusal. */
    public void approve(String applicationNo, boolean approve, BigDecimal amount, String reason, CurrentUser user) {
        Application a = lock(applicationNo);
        requireStatus(a, AidStatus.DISTRICT_REVIEW);
        Instant now = clock.instant();
        if (approve) {
            BigDecimal granted = money("amount", amount);
            a.approveByDistrict(granted, user.username(), now);
            step(a, StepKind.APPROVED, user.username(), granted, blankToNull(reason));
        } else {
            String why = requireReason(reason);
            a.refuse(null, DecisionLevel.DISTRICT, why, user.username(), now);
            step(a, StepKind.REFUSED, user.username(), null, why);
        }
    }

    public record PaymentCommand(LocalDate paidOn, BigDecimal amount, PaymentMethod method, String reference) {}

    /** The payment of a granted application: at most the granted amount, on a day from the decision to today. */
    public void pay(String applicationNo, PaymentCommand cmd, CurrentUser user) {
        Application a = lock(applicationNo);
        requireStatus(a, AidStatus.AWAITING_PAYMENT);
        BigDecimal paid = money("amount", cmd.amount());
        if (paid.compareTo(a.getAmountGranted()) > 0) {
            throw new FieldValidationException("发放金额不能超过批准金额（" + a.getAmountGranted().toPlainString() + " 元）。",
                    List.of(new FieldError("amount", "发放金额不能超过批准金额。")));
        }
        LocalDate decidedOn = a.getDecidedAt().atZone(SHANGHAI).toLocalDate();
        if (cmd.paidOn().isAfter(today()) || cmd.paidOn().isBefore(decidedOn)) {
            throw new FieldValidationException("发放日期应在批准日期（" + decidedOn + "）和今天之间。",
                    List.of(new FieldError("paidOn", "发放日期应在批准日期和今天之间。")));
        }
        a.pay(cmd.paidOn(), paid, cmd.method(), blankToNull(cmd.reference()), user.username(), clock.instant());
        step(a, StepKind.PAID, user.username(), paid, methodLabel(cmd.method())
                + (a.getPaymentRef() == null ? "" : "，凭证号 " + a.getPaymentRef()) + "，发放日期 " + cmd.paidOn());
    }

    // --- the process's service tasks

    /** 结案: tells the asker how the application ended. */
    public void close(String applicationNo) {
        Application a = lock(applicationNo);
        boolean granted = a.getStatus() == AidStatus.PAID;
        if (!granted && a.getStatus() != AidStatus.REFUSED) {
            throw new IllegalStateException("Application " + applicationNo + " is not finished: " + a.getStatus());
        }
        String summary = granted
                ? "已发放临时救助金 " + a.getPaidAmount().toPlainString() + " 元（" + a.getPaidOn() + "，"
                        + methodLabel(a.getPaymentMethod()) + "，" + (a.getDecidedLevel() == DecisionLevel.STREET
                                ? "街道先行救助" : "区民政局审批") + "）"
                : "不予救助：" + a.getRefusalReason();
        events.publishEvent(new TemporaryAidClosed(a.getApplicationNo(), a.getPersonId(), a.getSourceRef(), granted,
                granted ? a.getPaidAmount() : BigDecimal.ZERO.setScale(2), summary));
    }

    /** A missed deadline: the district office's group is told by mail, once per timer. */
    public void escalate(String applicationNo, String overdueTask, String dedupKey) {
        Application a = lock(applicationNo);
        String group = WorkGroups.of(Role.DISTRICT_MANAGER, a.getDistrictCode());
        step(a, StepKind.ESCALATED, SYSTEM, null, "「" + overdueTask + "」已超过办理期限，已通知区民政局督办");
        String person = people.getAll(List.of(a.getPersonId())).get(a.getPersonId()).getName();
        notifications.notifyGroup(group, "tempaid-escalation:" + dedupKey + ":" + group,
                "【督办】临时救助「" + overdueTask + "」逾期 " + applicationNo,
                "临时救助申请 " + applicationNo + "（" + person + "，" + orgs.get(a.getVillageCode()).getName()
                        + "）的「" + overdueTask + "」已超过规定的工作日期限，请督促办理。");
    }

    // --- helpers

    private void step(Application a, StepKind kind, String actor, BigDecimal amount, String note) {
        steps.save(new Step(a.getId(), kind, actor, clock.instant(), amount, note));
    }

    private static void requireStatus(Application a, AidStatus expected) {
        if (a.getStatus() != expected) {
            throw new ConflictException("该申请当前不在这一步（" + statusLabel(a.getStatus()) + "），请刷新后查看。");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldValidationException("不予救助时请写明理由。", List.of(new FieldError("reason", "不予救助时请写明理由。")));
        }
        return reason.strip();
    }

    /** Yuan with two decimals, more than zero. */
    static BigDecimal money(String field, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new FieldValidationException("金额应大于零。", List.of(new FieldError(field, "金额应大于零。")));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new FieldValidationException("金额最多两位小数（元、角、分）。", List.of(new FieldError(field, "金额最多两位小数。")));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String typeLabel(AidEventType t) {
        return switch (t) {
            case ACCIDENT -> "意外事故";
            case SUDDEN_ILLNESS -> "突发重病";
            case NECESSARY_EXPENSE -> "刚性支出";
            case OTHER -> "其他";
        };
    }

    static String methodLabel(PaymentMethod m) {
        return switch (m) {
            case BANK_TRANSFER -> "银行转账";
            case CASH -> "现金";
            case IN_KIND -> "实物";
        };
    }

    static String statusLabel(AidStatus s) {
        return switch (s) {
            case ASSESSING -> "街道审核中";
            case DISTRICT_REVIEW -> "区民政局审批中";
            case AWAITING_PAYMENT -> "待发放";
            case PAID -> "已发放";
            case REFUSED -> "不予救助";
        };
    }
}
