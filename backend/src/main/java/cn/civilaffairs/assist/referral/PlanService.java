package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.caseflow.CaseEventType;
import cn.civilaffairs.assist.caseflow.GrantService;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.referral.internal.Batch;
import cn.civilaffairs.assist.referral.internal.Item;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.referral.internal.Plan;
import cn.civilaffairs.assist.referral.internal.PlanRepository;
import cn.civilaffairs.assist.referral.internal.Review;
import cn.civilaffairs.assist.referral.internal.ReviewRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charity's plan (per person or for the whole batch) and the district office's approval (审核) of it:
 * submitted, returned with comments and resubmitted, until agreed. The loop is kept in referral_plan_review.
 */
@Service
@Transactional
public class PlanService {
    private final ReferralService referrals;
    private final PlanRepository plans;
    private final ItemRepository items;
    private final ReviewRepository reviews;
    private final GrantService grants;
    private final Recipients recipients;
    private final Clock clock;

    PlanService(ReferralService referrals, PlanRepository plans, ItemRepository items, ReviewRepository reviews,
            GrantService grants, Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.referrals = referrals;
        this.plans = plans;
        this.items = items;
        this.reviews = reviews;
        this.grants = grants;
        this.clock = clock;
    }

    public record PlanCommand(Long itemId, Set<PlanContent> contents, LocalDate scheduleFrom, LocalDate scheduleTo,
            BigDecimal budget, String responsiblePerson, String responsiblePhone, String description) {}

    private Batch editableBatch(String batchNo, CurrentUser user) {
        Batch b = ReferralAccess.ownCharity(user, referrals.lock(batchNo), batchNo);
        if (b.getStatus() != BatchStatus.PLANNING && b.getStatus() != BatchStatus.RETURNED) {
            throw new ConflictException("当前不能编辑帮扶方案（批次状态：" + ReferralService.statusLabel(b.getStatus()) + "）。");
        }
        return b;
    }

    public Plan create(String batchNo, PlanCommand cmd, CurrentUser user) {
        Batch b = editableBatch(batchNo, user);
        List<Plan> existing = plans.findByBatchIdOrderById(b.getId());
        if (cmd.itemId() == null) {
            if (existing.stream().anyMatch(p -> p.getItemId() == null)) {
                throw new ConflictException("该批次已有整批帮扶方案，请修改原方案。");
            }
        } else {
            Item item = items.findById(cmd.itemId()).filter(i -> i.getBatchId().equals(b.getId())).orElse(null);
            if (item == null || item.getStatus() != ItemStatus.ACCEPTED) {
                throw new FieldValidationException("只能为已接收的人员制定方案。",
                        List.of(new FieldError("itemId", "只能为已接收的人员制定方案。")));
            }
            if (existing.stream().anyMatch(p -> cmd.itemId().equals(p.getItemId()))) {
                throw new ConflictException("该人员已有帮扶方案，请修改原方案。");
            }
        }
        Plan plan = new Plan(b.getId(), cmd.itemId());
        write(plan, cmd, user);
        return plans.save(plan);
    }

    public Plan update(String batchNo, long planId, PlanCommand cmd, CurrentUser user) {
        Batch b = editableBatch(batchNo, user);
        Plan plan = planOf(b, planId);
        if (!plan.editable()) {
            throw new ConflictException("已提交或已同意的方案不能修改。");
        }
        write(plan, cmd, user);
        return plan;
    }

    public void delete(String batchNo, long planId, CurrentUser user) {
        Batch b = editableBatch(batchNo, user);
        Plan plan = planOf(b, planId);
        if (!plan.editable()) {
            throw new ConflictException("已提交或已同意的方案不能删除。");
        }
        plans.delete(plan);
    }

    private Plan planOf(Batch b, long planId) {
        return plans.findById(planId).filter(p -> p.getBatchId().equals(b.getId()))
                .orElseThrow(() -> new NotFoundException("该批次中没有这个方案。"));
    }

    private void write(Plan plan, PlanCommand cmd, CurrentUser user) {
        if (cmd.scheduleTo().isBefore(cmd.scheduleFrom())) {
            throw new FieldValidationException("方案截止日期不能早于开始日期。",
                    List.of(new FieldError("scheduleTo", "方案截止日期不能早于开始日期。")));
        }
        plan.write(cmd.contents(), cmd.scheduleFrom(), cmd.scheduleTo(), cmd.budget().setScale(2, java.math.RoundingMode.HALF_UP),
                cmd.responsiblePerson().strip(), ConsentService.blankToNull(cmd.responsiblePhone()),
                ConsentService.blankToNull(cmd.description()), user.username(), clock.instant());
    }

    /** Submits the batch's plans for approval (from the task 制定帮扶方案); every accepted person must be covered. */
    public int submit(String batchNo, String note, CurrentUser user) {
        Batch b = editableBatch(batchNo, user);
        List<Plan> list = plans.findByBatchIdOrderById(b.getId());
        List<Item> accepted = items.findByBatchIdOrderById(b.getId()).stream()
                .filter(i -> i.getStatus() == ItemStatus.ACCEPTED).toList();
        boolean batchWide = list.stream().anyMatch(p -> p.getItemId() == null);
        Set<Long> covered = list.stream().map(Plan::getItemId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Item> uncovered = batchWide ? List.of() : accepted.stream().filter(i -> !covered.contains(i.getId())).toList();
        if (list.isEmpty() || !uncovered.isEmpty()) {
            var people = referralsRecipients(uncovered);
            throw new ConflictException(list.isEmpty() ? "请先制定帮扶方案再提交。"
                    : "以下已接收人员还没有帮扶方案（可为其单独制定，或制定整批方案）：" + people + "。");
        }
        Instant now = clock.instant();
        list.stream().filter(Plan::editable).forEach(p -> p.submit(now));
        int round = b.submitted();
        reviews.save(new Review(b.getId(), round, ReviewAction.SUBMITTED, ConsentService.blankToNull(note),
                user.username(), now));
        return round;
    }

    /** Names only: the charity never sees case numbers. */
    private String referralsRecipients(List<Item> list) {
        var people = recipients.recipients(list.stream().map(Item::getCaseId).toList());
        return list.stream().map(i -> people.get(i.getCaseId()).name()).collect(Collectors.joining("、"));
    }

    /** The district office's 审核 (approval): agrees the submitted plans or returns them with comments. */
    public void approve(String batchNo, boolean agree, String comment, CurrentUser user) {
        Batch b = referrals.lock(batchNo);
        if (!OrgService.covers(user.orgCode(), b.getOriginCode()) && !user.orgCode().equals(b.getDistrictCode())) {
            throw new NotFoundException("转介批次不存在或不在您的范围内：" + batchNo);
        }
        if (b.getStatus() != BatchStatus.REVIEW) {
            throw new ConflictException("该批次的方案不在待审核状态。");
        }
        String text = ConsentService.blankToNull(comment);
        if (!agree && text == null) {
            throw new FieldValidationException("退回时请写明修改意见。", List.of(new FieldError("comment", "退回时请写明修改意见。")));
        }
        Instant now = clock.instant();
        List<Plan> submitted = plans.findByBatchIdOrderById(b.getId()).stream()
                .filter(p -> p.getStatus() == PlanStatus.SUBMITTED).toList();
        reviews.save(new Review(b.getId(), b.getPlanRound(), agree ? ReviewAction.AGREED : ReviewAction.RETURNED, text,
                user.username(), now));
        if (!agree) {
            submitted.forEach(Plan::returned);
            b.returned();
            return;
        }
        submitted.forEach(p -> p.agree(user.username(), now));
        b.agreed(now);
        List<Plan> agreed = plans.findByBatchIdOrderById(b.getId()).stream()
                .filter(p -> p.getStatus() == PlanStatus.AGREED).toList();
        Map<Long, Plan> own = agreed.stream().filter(p -> p.getItemId() != null)
                .collect(Collectors.toMap(Plan::getItemId, Function.identity()));
        Plan whole = agreed.stream().filter(p -> p.getItemId() == null).findFirst().orElse(null);
        for (Item i : items.findByBatchIdOrderById(b.getId())) {
            Plan p = own.getOrDefault(i.getId(), whole);
            if (i.getStatus() == ItemStatus.ACCEPTED && p != null) {
                grants.progress(i.getGrantId(), CaseEventType.SERVICE_CHARITY_PLAN, "帮扶方案经区民政局同意（第 " + p.getVersion() + " 版）："
                        + p.getContents().stream().sorted().map(c -> c.label).collect(Collectors.joining("、"))
                        + "，" + p.getScheduleFrom() + " 至 " + p.getScheduleTo() + "，负责人 " + p.getResponsiblePerson(),
                        user.username());
            }
        }
    }
}
