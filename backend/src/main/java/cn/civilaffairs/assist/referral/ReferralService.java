package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.referral.ReferralAccess.SHANGHAI;
import static cn.civilaffairs.assist.referral.ReferralProcesses.*;

import cn.civilaffairs.assist.caseflow.CaseEventType;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.GrantService;
import cn.civilaffairs.assist.caseflow.Recipients.GrantInfo;
import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.ServiceGrantStopped;
import cn.civilaffairs.assist.caseflow.VisibleCase;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.referral.internal.Activity;
import cn.civilaffairs.assist.referral.internal.ActivityRepository;
import cn.civilaffairs.assist.referral.internal.Batch;
import cn.civilaffairs.assist.referral.internal.BatchRepository;
import cn.civilaffairs.assist.referral.internal.Consent;
import cn.civilaffairs.assist.referral.internal.ConsentRepository;
import cn.civilaffairs.assist.referral.internal.Item;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.referral.internal.Plan;
import cn.civilaffairs.assist.referral.internal.PlanRepository;
import cn.civilaffairs.assist.referral.internal.WarningRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral batch from the street office (or district) to a charity: sent only with every person's
 * consent, answered per person by the charity, run against the agreed plan and closed per person.
 * Every step is written to the person's case timeline through caseflow's {@link GrantService}.
 */
@Service
@Transactional
public class ReferralService {
    static final String SYSTEM = "system";
    static final List<ItemStatus> OPEN = List.of(ItemStatus.PENDING, ItemStatus.ACCEPTED);

    private final BatchRepository batches;
    private final ItemRepository items;
    private final ConsentRepository consents;
    private final PlanRepository plans;
    private final ActivityRepository activities;
    private final WarningRepository warnings;
    private final Recipients recipients;
    private final CaseService cases;
    private final GrantService grants;
    private final OrgService orgs;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final ReferralPolicy policy;
    private final Clock clock;

    ReferralService(BatchRepository batches, ItemRepository items, ConsentRepository consents, PlanRepository plans,
            ActivityRepository activities, WarningRepository warnings, Recipients recipients, CaseService cases,
            GrantService grants, OrgService orgs, Sequences sequences, RuntimeService runtime, ReferralPolicy policy,
            Clock clock) {
        this.batches = batches;
        this.items = items;
        this.consents = consents;
        this.plans = plans;
        this.activities = activities;
        this.warnings = warnings;
        this.recipients = recipients;
        this.cases = cases;
        this.grants = grants;
        this.orgs = orgs;
        this.sequences = sequences;
        this.runtime = runtime;
        this.policy = policy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    Batch lock(String batchNo) {
        return batches.lockByBatchNo(batchNo)
                .orElseThrow(() -> new NotFoundException("转介批次不存在或不在您的范围内：" + batchNo));
    }

    /** The district an official works in: the own code for a district, the parent for a street. */
    String districtOf(CurrentUser user) {
        return user.orgLevel() == OrgLevel.DISTRICT ? user.orgCode() : orgs.get(user.orgCode()).getParentCode();
    }

    // --- sending

    /** Whether any batch was ever sent (the demo referrals load only when none). */
    public boolean anyBatch() {
        return batches.count() > 0;
    }

    /** As {@link #create}, for callers outside the module: returns the new batch's number. */
    public String send(String charityCode, List<String> caseNos, String note, CurrentUser user) {
        return create(charityCode, caseNos, note, user).getBatchNo();
    }

    /**
     * Sends a list of names to a charity. Nothing leaves the office unless every person has a valid
     * consent covering that charity, a running charity-relief item, and no other running referral.
     */
    public Batch create(String charityCode, List<String> caseNos, String note, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        String district = districtOf(user);
        OrgUnit charity = orgs.find(charityCode).orElse(null);
        if (charity == null || charity.getLevel() != OrgLevel.CHARITY || !district.equals(charity.getParentCode())) {
            errors.add(new FieldError("charityCode", "不是本区的慈善组织：" + charityCode));
        }
        Map<String, VisibleCase> byNo = new LinkedHashMap<>();
        for (int i = 0; i < caseNos.size(); i++) {
            String no = caseNos.get(i).strip();
            if (byNo.containsKey(no)) {
                errors.add(new FieldError("caseNos[" + i + "]", "名单中重复：" + no));
                continue;
            }
            try {
                byNo.put(no, cases.visible(no, user));
            } catch (NotFoundException e) {
                errors.add(new FieldError("caseNos[" + i + "]", "案件不存在或不在您的管辖范围内：" + no));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("转介名单有误。", errors);
        }
        List<Long> caseIds = byNo.values().stream().map(VisibleCase::caseId).toList();
        Map<Long, Recipient> people = recipients.recipients(caseIds);

        // 1. Consent: names without it never reach the charity.
        Map<Long, Consent> consentOf = new HashMap<>();
        for (Consent c : consents.findByCaseIdInOrderByIdDesc(caseIds)) {
            if (c.covers(charityCode)) {
                consentOf.putIfAbsent(c.getCaseId(), c);
            }
        }
        List<String> noConsent = byNo.values().stream().filter(c -> !consentOf.containsKey(c.caseId()))
                .map(c -> label(people.get(c.caseId()))).toList();
        if (!noConsent.isEmpty()) {
            throw new ConflictException("以下人员未登记同意转介，不能发送：" + String.join("、", noConsent) + "。");
        }
        // 2. A running charity-relief item on the case.
        Map<Long, GrantInfo> grantOf = new HashMap<>();
        for (GrantInfo g : recipients.activeGrants(ServiceWay.CHARITY, user.orgCode())) {
            if (caseIds.contains(g.caseId())) {
                grantOf.putIfAbsent(g.caseId(), g);
            }
        }
        List<String> noGrant = byNo.values().stream().filter(c -> !grantOf.containsKey(c.caseId()))
                .map(c -> label(people.get(c.caseId()))).toList();
        if (!noGrant.isEmpty()) {
            throw new ConflictException("以下人员没有在服的慈善救济服务项目：" + String.join("、", noGrant) + "。");
        }
        // 3. Not already in a running referral.
        List<Item> open = items.findByCaseIdsAndStatus(caseIds, OPEN);
        if (!open.isEmpty()) {
            Map<Long, String> batchNos = batches.findAllById(open.stream().map(Item::getBatchId).toList()).stream()
                    .collect(Collectors.toMap(Batch::getId, Batch::getBatchNo));
            throw new ConflictException("以下人员已在转介中：" + open.stream()
                    .map(i -> label(people.get(i.getCaseId())) + "（批次 " + batchNos.get(i.getBatchId()) + "）")
                    .collect(Collectors.joining("、")) + "。");
        }

        Instant now = clock.instant();
        String month = today().format(DateTimeFormatter.ofPattern("yyyyMM"));
        String batchNo = "ZJ%s%03d".formatted(month, sequences.next("referral-no:" + month));
        Batch batch = batches.save(new Batch(batchNo, charityCode, user.orgCode(), district,
                ConsentService.blankToNull(note), user.username(), now));
        for (VisibleCase c : byNo.values()) {
            GrantInfo g = grantOf.get(c.caseId());
            items.save(new Item(batch.getId(), c.caseId(), c.caseNo(), g.grantId(),
                    consentOf.get(c.caseId()).getId(), c.villageCode()));
            grants.progress(g.grantId(), CaseEventType.SERVICE_REFERRED, "转介至" + charity.getName() + "（批次 " + batchNo + "）",
                    user.username());
        }
        String pi = runtime.createProcessInstanceByKey(KEY).businessKey(batchNo)
                .setVariable(VAR_BATCH_NO, batchNo)
                .setVariable(VAR_CHARITY_CODE, charityCode)
                .setVariable(VAR_DISTRICT_CODE, district)
                .setVariable(VAR_RESPOND_WITHIN, policy.respondWithin())
                .setVariable(VAR_PLAN_WITHIN, policy.planWithin())
                .setVariable(VAR_REVIEW_WITHIN, policy.reviewWithin())
                .setVariable(VAR_SUPERVISE_WITHIN, policy.superviseWithin())
                .execute().getId();
        batch.runsIn(pi);
        return batch;
    }

    static String label(Recipient r) {
        return r.name() + "（" + r.caseNo() + "）";
    }

    // --- the charity's answer

    /** One person's decision, changeable until the task 处理转介名单 is completed. */
    public Item respond(String batchNo, long itemId, boolean accept, String reason, CurrentUser user) {
        Batch b = ReferralAccess.ownCharity(user, lock(batchNo), batchNo);
        if (b.getStatus() != BatchStatus.RESPONDING) {
            throw new ConflictException("该批次已答复，不能再更改接收决定。");
        }
        Item item = itemOf(b, itemId);
        if (item.getStatus() == ItemStatus.CLOSED) {
            throw new ConflictException("该人员的转介已由民政部门终止。");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new FieldValidationException("不接收时请写明理由。", List.of(new FieldError("reason", "不接收时请写明理由。")));
        }
        item.respond(accept, accept ? null : reason.strip(), user.username(), clock.instant());
        return item;
    }

    public record Decision(long itemId, boolean accept, String reason) {}

    /**
     * Completes the answer (from the task): applies the given decisions; every person must have one.
     * @return whether anybody was accepted
     */
    public boolean completeResponse(String batchNo, List<Decision> decisions, CurrentUser user) {
        for (Decision d : decisions == null ? List.<Decision>of() : decisions) {
            respond(batchNo, d.itemId(), d.accept(), d.reason(), user);
        }
        Batch b = lock(batchNo);
        List<Item> list = items.findByBatchIdOrderById(b.getId());
        long pending = list.stream().filter(i -> i.getStatus() == ItemStatus.PENDING).count();
        if (pending > 0) {
            throw new ConflictException("还有 " + pending + " 人未作出接收决定。");
        }
        boolean anyAccepted = list.stream().anyMatch(i -> i.getStatus() == ItemStatus.ACCEPTED);
        b.responded(anyAccepted, clock.instant());
        String charity = orgName(b.getCharityCode());
        for (Item i : list) {
            if (i.getStatus() == ItemStatus.ACCEPTED) {
                grants.progress(i.getGrantId(), CaseEventType.SERVICE_REFERRAL_ACCEPTED, charity + "接收转介（批次 " + batchNo + "）",
                        user.username());
            } else if (i.getStatus() == ItemStatus.DECLINED) {
                grants.progress(i.getGrantId(), CaseEventType.SERVICE_REFERRAL_DECLINED, charity + "未接收转介：" + i.getDeclineReason(),
                        user.username());
            }
        }
        return anyAccepted;
    }

    Item itemOf(Batch b, long itemId) {
        return items.findById(itemId).filter(i -> i.getBatchId().equals(b.getId()))
                .orElseThrow(() -> new NotFoundException("该批次中没有这个人员。"));
    }

    // --- running the agreed plan

    public record ActivityCommand(long itemId, LocalDate activityDate, PlanContent kind, String description,
            BigDecimal amount) {}

    /** An activity against the agreed plan; refused (409) while the plan is not agreed. */
    public Activity recordActivity(String batchNo, ActivityCommand cmd, CurrentUser user) {
        Batch b = ReferralAccess.ownCharity(user, lock(batchNo), batchNo);
        if (b.getStatus() != BatchStatus.RUNNING) {
            throw new ConflictException("帮扶方案经区民政局同意后才能登记帮扶活动（当前状态："
                    + statusLabel(b.getStatus()) + "）。");
        }
        Item item = itemOf(b, cmd.itemId());
        if (item.getStatus() != ItemStatus.ACCEPTED) {
            throw new ConflictException(item.getStatus() == ItemStatus.CLOSED ? "该人员的转介已结案，不能再登记活动。"
                    : "该人员未被接收，不能登记活动。");
        }
        Plan plan = planFor(b, item).orElseThrow(() -> new ConflictException("该人员没有已同意的帮扶方案。"));
        if (!plan.getContents().contains(cmd.kind())) {
            throw new ConflictException("「" + cmd.kind().label + "」不在已同意的帮扶方案内容中。");
        }
        LocalDate agreedOn = b.getAgreedAt().atZone(SHANGHAI).toLocalDate();
        if (cmd.activityDate().isAfter(today())) {
            throw new FieldValidationException("活动日期不能晚于今天。",
                    List.of(new FieldError("activityDate", "活动日期不能晚于今天。")));
        }
        if (cmd.activityDate().isBefore(agreedOn)) {
            throw new FieldValidationException("活动日期不能早于方案同意日期 " + agreedOn + "。",
                    List.of(new FieldError("activityDate", "活动日期不能早于方案同意日期 " + agreedOn + "。")));
        }
        Activity a = activities.save(new Activity(item, plan.getId(), cmd.activityDate(), cmd.kind(),
                cmd.description().strip(), cmd.amount(), user.username(), clock.instant()));
        item.activity(cmd.activityDate());
        grants.progress(item.getGrantId(), CaseEventType.SERVICE_CHARITY_ACTIVITY, cmd.kind().label + " " + cmd.activityDate() + "："
                + cmd.description().strip()
                + (cmd.amount() == null ? "" : "（" + cmd.amount().setScale(2).toPlainString() + " 元）"), user.username());
        return a;
    }

    /** The person's agreed plan: the own one, else the batch-wide one. */
    Optional<Plan> planFor(Batch b, Item item) {
        List<Plan> list = plans.findByBatchIdOrderById(b.getId()).stream()
                .filter(p -> p.getStatus() == PlanStatus.AGREED).toList();
        return list.stream().filter(p -> item.getId().equals(p.getItemId())).findFirst()
                .or(() -> list.stream().filter(p -> p.getItemId() == null).findFirst());
    }

    public record CloseCommand(Outcome outcome, OutcomeReason reason, String note) {}

    /** Closes one person with the outcome; the last one closes the batch and ends the process. */
    public Item close(String batchNo, long itemId, CloseCommand cmd, CurrentUser user) {
        Batch b = ReferralAccess.ownCharity(user, lock(batchNo), batchNo);
        if (b.getStatus() != BatchStatus.RUNNING) {
            throw new ConflictException("帮扶方案经区民政局同意并实施后才能结案。");
        }
        Item item = itemOf(b, itemId);
        if (item.getStatus() != ItemStatus.ACCEPTED) {
            throw new ConflictException("该人员的转介不在实施中，不能结案。");
        }
        String note = ConsentService.blankToNull(cmd.note());
        List<FieldError> errors = new ArrayList<>();
        if (cmd.outcome() == Outcome.NOT_HELPED && cmd.reason() == null) {
            errors.add(new FieldError("reason", "未帮扶时请选择原因。"));
        }
        if (cmd.reason() == OutcomeReason.OTHER && note == null) {
            errors.add(new FieldError("note", "原因为“其他”时请说明。"));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("结案信息不完整。", errors);
        }
        if (cmd.outcome() == Outcome.HELPED && item.getActivityCount() == 0) {
            throw new ConflictException("尚未登记任何帮扶活动，不能以“已帮扶”结案。");
        }
        OutcomeReason reason = cmd.outcome() == Outcome.HELPED ? null : cmd.reason();
        item.close(cmd.outcome(), reason, note, user.username(), clock.instant());
        grants.progress(item.getGrantId(), CaseEventType.SERVICE_REFERRAL_CLOSED, "慈善转介结案：" + outcomeLabel(cmd.outcome(), reason)
                + (note == null ? "" : "，" + note) + "（" + item.getActivityCount() + " 次活动）", user.username());
        finishIfDone(b, user.username());
        return item;
    }

    /** No open person left: close the batch, resolve its warnings and end the process. */
    void finishIfDone(Batch b, String actor) {
        List<Item> list = items.findByBatchIdOrderById(b.getId());
        if (list.stream().anyMatch(i -> i.getStatus().isOpen()) || !b.getStatus().isOpen()) {
            return;
        }
        BatchStatus was = b.getStatus();
        Instant now = clock.instant();
        b.close(now);
        warnings.findByBatchIdAndResolvedAtIsNullOrderById(b.getId())
                .forEach(w -> w.resolve(actor, now, "转介已结案"));
        if (b.getProcessInstanceId() == null
                || runtime.createProcessInstanceQuery().processInstanceId(b.getProcessInstanceId()).count() == 0) {
            return;
        }
        if (was == BatchStatus.RUNNING) {
            runtime.createMessageCorrelation(MESSAGE_ALL_CLOSED).processInstanceId(b.getProcessInstanceId())
                    .correlate();
        } else {
            // Before the plan is agreed the process waits at a task, not at the allClosed message event.
            runtime.createMessageCorrelation(MESSAGE_CLOSED_BEFORE_PLAN).processInstanceId(b.getProcessInstanceId())
                    .correlate();
        }
    }

    // --- the office ends a person's referral

    /** The charity-relief item stopped on the case (review, exit): the referral ends in the same transaction. */
    @EventListener
    public void onGrantStopped(ServiceGrantStopped stopped) {
        end(items.findByGrantIdAndStatusIn(stopped.grantId(), OPEN), OutcomeReason.OTHER,
                "服务停止：" + stopped.reason(), SYSTEM, false);
    }

    /** The person withdrew consent: the referral ends and the charity loses the contact data. */
    void consentWithdrawn(long consentId, String actor) {
        end(items.findByConsentIdAndStatusIn(consentId, OPEN), OutcomeReason.REFUSED, "本人撤回同意", actor, true);
    }

    private void end(List<Item> list, OutcomeReason reason, String note, String actor, boolean writeEvent) {
        Set<Long> touched = new HashSet<>();
        for (Item i : list) {
            Batch b = batches.lockByBatchNo(batches.findById(i.getBatchId()).orElseThrow().getBatchNo()).orElseThrow();
            i.withdraw(reason, note, actor, clock.instant());
            if (writeEvent) {
                grants.progress(i.getGrantId(), CaseEventType.SERVICE_REFERRAL_CLOSED, "慈善转介终止：" + note, actor);
            }
            touched.add(b.getId());
        }
        for (Long id : touched) {
            finishIfDone(batches.findById(id).orElseThrow(), actor);
        }
    }

    static String outcomeLabel(Outcome outcome, OutcomeReason reason) {
        if (outcome == Outcome.HELPED) {
            return "已帮扶";
        }
        return "未帮扶（" + switch (reason) {
            case REFUSED -> "本人拒绝";
            case UNREACHABLE -> "联系不上";
            case NO_CAPACITY -> "慈善组织能力不足";
            case OTHER -> "其他";
        } + "）";
    }

    static String statusLabel(BatchStatus s) {
        return switch (s) {
            case RESPONDING -> "待慈善组织接收";
            case PLANNING -> "制定方案中";
            case REVIEW -> "方案待审核";
            case RETURNED -> "方案退回修改";
            case RUNNING -> "方案实施中";
            case CLOSED -> "已结案";
            case NONE_ACCEPTED -> "均未接收";
        };
    }

    String orgName(String code) {
        return code == null ? null : orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
