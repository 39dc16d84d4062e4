package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.Recipients.GrantInfo;
import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.VisibleCase;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.common.NotFoundException;
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
import cn.civilaffairs.assist.referral.internal.Review;
import cn.civilaffairs.assist.referral.internal.ReviewRepository;
import cn.civilaffairs.assist.referral.internal.Warning;
import cn.civilaffairs.assist.referral.internal.WarningRepository;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import static cn.civilaffairs.assist.referral.ReferralAccess.SHANGHAI;
import static cn.civilaffairs.assist.referral.ReferralAccess.isCharity;


/**
 * The read side of charity referral, always limited to the caller (see {@link ReferralAccess}). Toward a
 * charity: no case numbers, no ID numbers, phone and address only of persons it works with.
 */
@Service
@Transactional(readOnly = true)
public class ReferralQueries {
    private final BatchRepository batches;
    private final ItemRepository items;
    private final ConsentRepository consents;
    private final PlanRepository plans;
    private final ReviewRepository reviews;
    private final ActivityRepository activities;
    private final WarningRepository warnings;
    private final Recipients recipients;
    private final CaseService cases;
    private final OrgService orgs;
    private final TaskService tasks;
    private final Clock clock;
    private final AccessLog accessLog;
    private final ActorNames actorNames;

    ReferralQueries(BatchRepository batches, ItemRepository items, ConsentRepository consents, PlanRepository plans,
            ReviewRepository reviews, ActivityRepository activities, WarningRepository warnings,
            Recipients recipients, CaseService cases, OrgService orgs, TaskService tasks, Clock clock,
            AccessLog accessLog, ActorNames actorNames) {
        this.actorNames = actorNames;
        this.batches = batches;
        this.items = items;
        this.consents = consents;
        this.plans = plans;
        this.reviews = reviews;
        this.activities = activities;
        this.warnings = warnings;
        this.recipients = recipients;
        this.cases = cases;
        this.orgs = orgs;
        this.tasks = tasks;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    /** The district the user's org node lies in. */
    String districtOf(String orgCode) {
        OrgUnit unit = orgs.get(orgCode);
        while (unit.getLevel() != OrgLevel.DISTRICT && unit.getParentCode() != null) {
            unit = orgs.get(unit.getParentCode());
        }
        return unit.getCode();
    }

    List<CharityOption> charities(CurrentUser user) {
        return orgs.children(districtOf(user.orgCode())).stream().filter(u -> u.getLevel() == OrgLevel.CHARITY)
                .map(u -> new CharityOption(u.getCode(), u.getName())).toList();
    }

    // --- eligible recipients and consent

    List<EligibleRow> eligible(CurrentUser user, String villageCode, Integer category, String charityCode,
            String text) {
        String scope = user.orgCode();
        if (villageCode != null && !villageCode.isBlank()) {
            if (!OrgService.covers(user.orgCode(), villageCode)) {
                return List.of();
            }
            scope = villageCode;
        }
        Map<Long, GrantInfo> grants = new LinkedHashMap<>();
        recipients.activeGrants(ServiceWay.CHARITY, scope).forEach(g -> grants.putIfAbsent(g.caseId(), g));
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, Recipient> people = recipients.recipients(grants.keySet());
        String t = text == null || text.isBlank() ? null : text.strip();
        List<Long> caseIds = grants.keySet().stream().filter(id -> {
            Recipient r = people.get(id);
            return (category == null || category.equals(r.recipientCategory()))
                    && (t == null || r.name().contains(t) || r.caseNo().equals(t));
        }).toList();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Consent>> consentsOf = consents.findByCaseIdInOrderByIdDesc(caseIds).stream()
                .collect(Collectors.groupingBy(Consent::getCaseId));
        Map<Long, Item> open = new HashMap<>();
        items.findByCaseIdsAndStatus(caseIds, ReferralService.OPEN).forEach(i -> open.put(i.getCaseId(), i));
        Map<Long, Item> last = new HashMap<>();
        items.findClosedByCaseIds(caseIds, ItemStatus.CLOSED).forEach(i -> last.putIfAbsent(i.getCaseId(), i));
        Map<Long, Batch> batchById = batches.findAllById(java.util.stream.Stream.concat(open.values().stream(),
                last.values().stream()).map(Item::getBatchId).distinct().toList()).stream()
                .collect(Collectors.toMap(Batch::getId, Function.identity()));
        LocalDate today = today();
        return caseIds.stream().map(id -> {
            Recipient r = people.get(id);
            List<Consent> list = consentsOf.getOrDefault(id, List.of());
            Consent valid = list.stream().filter(c -> charityCode == null || charityCode.isBlank()
                    ? c.getWithdrawnAt() == null : c.covers(charityCode)).findFirst().orElse(null);
            String status = valid != null ? "GIVEN"
                    : list.stream().anyMatch(c -> c.getWithdrawnAt() != null) ? "WITHDRAWN" : "NONE";
            Item o = open.get(id);
            Item l = last.get(id);
            return new EligibleRow(r.caseNo(), r.name(), r.villageCode(), orgName(r.villageCode()),
                    r.recipientCategory(), age(r, today), Masking.phone(r.phone()), status,
                    valid == null ? null : consentView(valid, r),
                    o == null ? null : new OpenReferral(batchById.get(o.getBatchId()).getBatchNo(),
                            orgName(batchById.get(o.getBatchId()).getCharityCode()), o.getStatus().name()),
                    l == null ? null : new LastOutcome(batchById.get(l.getBatchId()).getBatchNo(),
                            name(l.getOutcome()), name(l.getOutcomeReason()), l.getClosedAt()));
        }).sorted(Comparator.comparing(EligibleRow::villageCode).thenComparing(EligibleRow::caseNo)).toList();
    }

    List<ConsentView> consents(CurrentUser user, String caseNo) {
        VisibleCase c = cases.visible(caseNo, user);
        Recipient r = recipients.recipients(List.of(c.caseId())).get(c.caseId());
        return consents.findByCaseIdOrderByIdDesc(c.caseId()).stream().map(x -> consentView(x, r)).toList();
    }

    ConsentView consent(Consent c) {
        return consentView(c, recipients.recipients(List.of(c.getCaseId())).get(c.getCaseId()));
    }

    private ConsentView consentView(Consent c, Recipient r) {
        return new ConsentView(c.getId(), r.caseNo(), r.name(), c.getCharityCode(), orgName(c.getCharityCode()),
                c.getGiverRelation().name(), c.getGiverName(), c.getGivenOn(), c.getDocumentNote(),
                c.getRecordedBy(), c.getRecordedAt(), c.getWithdrawnAt(), c.getWithdrawnBy(), c.getWithdrawReason());
    }

    static Integer age(Recipient r, LocalDate today) {
        return r.birthDate() == null ? null : Period.between(r.birthDate(), today).getYears();
    }

    // --- batches

    Page<BatchRow> batches(CurrentUser user, BatchStatus status, String charityCode, int page, int size) {
        PageRequest pr = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
        var result = isCharity(user) ? batches.pageForCharity(user.orgCode(), status, pr)
                : batches.pageInScope(user.orgCode() + "%", status,
                        charityCode == null || charityCode.isBlank() ? null : charityCode, pr);
        return new Page<>(rows(user, result.getContent()), result.getTotalElements(), page, size);
    }

    Batch visibleBatch(CurrentUser user, String batchNo) {
        return ReferralAccess.visible(user, batches.findByBatchNo(batchNo).orElse(null), batchNo);
    }

    /** The ids of a batch's persons in the order they were sent, for a user who may see the batch. */
    public List<Long> itemIds(CurrentUser user, String batchNo) {
        return items.findByBatchIdOrderById(visibleBatch(user, batchNo).getId()).stream().map(Item::getId).toList();
    }

    BatchView batch(CurrentUser user, String batchNo) {
        return view(user, visibleBatch(user, batchNo));
    }

    BatchView view(CurrentUser user, Batch b) {
        BatchRow row = rows(user, List.of(b)).get(0);
        List<Item> list = items.findByBatchIdOrderById(b.getId());
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(Item::getCaseId).toList());
        Map<Long, Item> byId = list.stream().collect(Collectors.toMap(Item::getId, Function.identity()));
        List<Plan> planList = plans.findByBatchIdOrderById(b.getId());
        List<ItemView> itemViews = list.stream().map(i -> itemView(user, b, i, people.get(i.getCaseId()), planList))
                .toList();
        List<PlanView> planViews = planList.stream().map(p -> planView(p, byId, people)).toList();
        List<Review> reviewList = reviews.findByBatchIdOrderById(b.getId());
        Function<String, String> reviewers = actorNames.of(reviewList.stream().map(Review::getActor).toList());
        List<ApprovalEntry> approvalViews = reviewList.stream().map(r -> new ApprovalEntry(r.getRound(),
                r.getAction().name(), r.getComment(), r.getActor(), reviewers.apply(r.getActor()), r.getAt())).toList();
        List<ActivityView> activityViews = activities.findByBatchIdOrderByActivityDateDescIdDesc(b.getId()).stream()
                .map(a -> activityView(a, people.get(byId.get(a.getItemId()).getCaseId()))).toList();
        List<WarningView> warningViews = isCharity(user) ? List.of()
                : warningViews(warnings.findByBatchIdOrderByIdDesc(b.getId()));
        // Each referred person's phone and address may be on this page: one row per person.
        accessLog.recordAll(user, AccessAction.REFERRAL_BATCH, b.getBatchNo(), null,
                recipients.personIds(list.stream().map(Item::getCaseId).toList()).values());
        return new BatchView(row, b.getNote(), itemViews, planViews, approvalViews, activityViews, warningViews);
    }

    List<BatchRow> rows(CurrentUser user, List<Batch> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Item>> itemsOf = items.findByBatchIdInOrderById(list.stream().map(Batch::getId).toList())
                .stream().collect(Collectors.groupingBy(Item::getBatchId));
        Map<String, Task> taskOf = openTasks(user, list.stream().map(Batch::getProcessInstanceId)
                .filter(Objects::nonNull).toList());
        return list.stream().map(b -> {
            List<Item> its = itemsOf.getOrDefault(b.getId(), List.of());
            Task t = b.getProcessInstanceId() == null ? null : taskOf.get(b.getProcessInstanceId());
            return new BatchRow(b.getBatchNo(), b.getCharityCode(), orgName(b.getCharityCode()), b.getOriginCode(),
                    orgName(b.getOriginCode()), b.getStatus().name(), its.size(), count(its, ItemStatus.PENDING),
                    count(its, ItemStatus.ACCEPTED), count(its, ItemStatus.DECLINED), count(its, ItemStatus.CLOSED),
                    b.getSentAt(), b.getSentBy(), b.getAgreedAt(), b.getClosedAt(), b.getPlanRound(),
                    isCharity(user) ? 0 : warnings.countByBatchIdAndResolvedAtIsNull(b.getId()),
                    t == null ? null : t.getId(), t == null ? null : t.getName(), t == null ? null : t.getFormKey());
        }).toList();
    }

    private static int count(List<Item> list, ItemStatus s) {
        return (int) list.stream().filter(i -> i.getStatus() == s).count();
    }

    /** The caller's open tasks in these processes, by process instance (candidate group or assignee). */
    private Map<String, Task> openTasks(CurrentUser user, Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Task> found = tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .or().taskCandidateGroupIn(user.groupIds()).taskAssignee(user.username()).endOr()
                .initializeFormKeys().orderByTaskCreateTime().asc().list();
        Map<String, Task> out = new HashMap<>();
        found.forEach(t -> out.putIfAbsent(t.getProcessInstanceId(), t));
        return out;
    }

    ItemView itemView(CurrentUser user, Batch b, Item i, Recipient r, List<Plan> planList) {
        boolean charity = isCharity(user);
        boolean contact = !charity || i.isContactShared();
        Long days = i.getFirstActivityOn() == null ? null
                : ChronoUnit.DAYS.between(b.getSentAt().atZone(SHANGHAI).toLocalDate(), i.getFirstActivityOn());
        Plan own = planList.stream().filter(p -> i.getId().equals(p.getItemId())).findFirst().orElse(null);
        Plan whole = planList.stream().filter(p -> p.getItemId() == null).findFirst().orElse(null);
        Plan covering = own != null ? own : whole;
        return new ItemView(i.getId(), charity ? null : i.getCaseNo(), r.name(), i.getVillageCode(),
                orgName(i.getVillageCode()), age(r, today()), r.recipientCategory(), contact ? r.phone() : null,
                contact ? r.address() : null, i.getStatus().name(), i.getDeclineReason(), i.getRespondedAt(),
                i.getRespondedBy(), name(i.getOutcome()), name(i.getOutcomeReason()), i.getOutcomeNote(),
                i.getClosedAt(), i.getClosedBy(), i.getFirstActivityOn(), i.getLastActivityOn(), i.getActivityCount(),
                days, covering == null ? null : covering.getId());
    }

    PlanView planView(Plan p, Map<Long, Item> items, Map<Long, Recipient> people) {
        String name = p.getItemId() == null || !items.containsKey(p.getItemId()) ? null
                : people.get(items.get(p.getItemId()).getCaseId()).name();
        return new PlanView(p.getId(), p.getItemId(), name, p.getContents().stream().sorted().map(Enum::name).toList(),
                p.getScheduleFrom(), p.getScheduleTo(), p.getBudget(), p.getResponsiblePerson(),
                p.getResponsiblePhone(), p.getDescription(), p.getVersion(), p.getStatus().name(), p.getUpdatedAt(),
                p.getUpdatedBy(), p.getSubmittedAt(), p.getAgreedAt(), p.getAgreedBy());
    }

    PlanView plan(CurrentUser user, String batchNo, long planId) {
        Batch b = visibleBatch(user, batchNo);
        Plan p = plans.findById(planId).filter(x -> x.getBatchId().equals(b.getId()))
                .orElseThrow(() -> new NotFoundException("该批次中没有这个方案。"));
        return planView(p, b);
    }

    PlanView planView(Plan p, Batch b) {
        List<Item> list = items.findByBatchIdOrderById(b.getId());
        return planView(p, list.stream().collect(Collectors.toMap(Item::getId, Function.identity())),
                recipients.recipients(list.stream().map(Item::getCaseId).toList()));
    }

    ItemView item(CurrentUser user, Batch b, Item i) {
        return itemView(user, b, i, recipients.recipients(List.of(i.getCaseId())).get(i.getCaseId()),
                plans.findByBatchIdOrderById(b.getId()));
    }

    ActivityView activityView(Activity a, Recipient r) {
        return new ActivityView(a.getId(), a.getItemId(), r.name(), a.getPlanId(), a.getActivityDate(),
                a.getKind().name(), a.getDescription(), a.getAmount(), a.getRecordedBy(), a.getRecordedAt());
    }

    ActivityView activity(Activity a) {
        return activityView(a, recipients.recipients(List.of(a.getCaseId())).get(a.getCaseId()));
    }

    // --- warnings

    List<WarningView> warnings(CurrentUser user, boolean openOnly) {
        return warningViews(warnings.findInScope(user.orgCode() + "%", openOnly));
    }

    List<WarningView> openWarnings(Batch b) {
        return warningViews(warnings.findByBatchIdAndResolvedAtIsNullOrderById(b.getId()));
    }

    private List<WarningView> warningViews(List<Warning> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Batch> batchById = batches.findAllById(list.stream().map(Warning::getBatchId).distinct().toList())
                .stream().collect(Collectors.toMap(Batch::getId, Function.identity()));
        Map<Long, Item> itemById = items.findAllById(list.stream().map(Warning::getItemId).distinct().toList())
                .stream().collect(Collectors.toMap(Item::getId, Function.identity()));
        Map<Long, Recipient> people = recipients.recipients(itemById.values().stream().map(Item::getCaseId)
                .distinct().toList());
        return list.stream().map(w -> {
            Batch b = batchById.get(w.getBatchId());
            return new WarningView(w.getId(), b.getBatchNo(), orgName(b.getCharityCode()), w.getItemId(),
                    people.get(itemById.get(w.getItemId()).getCaseId()).name(), w.getReason().name(), w.getDetail(),
                    w.getRaisedAt(), w.getResolvedAt(), w.getResolvedBy(), w.getResolution());
        }).toList();
    }

    // --- on the case page

    CaseReferrals byCase(CurrentUser user, String caseNo) {
        VisibleCase c = cases.visible(caseNo, user);
        Recipient r = recipients.recipients(List.of(c.caseId())).get(c.caseId());
        List<ConsentView> consentViews = consents.findByCaseIdOrderByIdDesc(c.caseId()).stream()
                .map(x -> consentView(x, r)).toList();
        List<Item> list = items.findByCaseIdOrderByIdDesc(c.caseId());
        Map<Long, List<Activity>> activitiesOf = list.isEmpty() ? Map.of()
                : activities.findByItemIdInOrderByActivityDateDescIdDesc(list.stream().map(Item::getId).toList())
                        .stream().collect(Collectors.groupingBy(Activity::getItemId));
        List<CaseReferral> referrals = new ArrayList<>();
        for (Item i : list) {
            Batch b = batches.findById(i.getBatchId()).orElseThrow();
            List<Plan> planList = plans.findByBatchIdOrderById(b.getId());
            ItemView iv = itemView(user, b, i, r, planList);
            Plan covering = iv.planId() == null ? null
                    : planList.stream().filter(p -> p.getId().equals(iv.planId())).findFirst().orElse(null);
            referrals.add(new CaseReferral(b.getBatchNo(), orgName(b.getCharityCode()), b.getStatus().name(),
                    b.getSentAt(), iv, covering == null ? null : planView(covering, Map.of(i.getId(), i),
                            Map.of(i.getCaseId(), r)),
                    activitiesOf.getOrDefault(i.getId(), List.of()).stream().map(a -> activityView(a, r)).toList()));
        }
        accessLog.record(user, AccessAction.REFERRAL_CASE, c.caseNo(), c.personId());
        return new CaseReferrals(c.caseNo(), consentViews, referrals);
    }

    // --- district views

    Stats stats(CurrentUser user, LocalDate from, LocalDate to) {
        LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate t = to == null ? today() : to;
        List<Batch> list = batches.findSentInScope(user.orgCode() + "%", f.atStartOfDay(SHANGHAI).toInstant(),
                t.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
        Map<Long, List<Item>> itemsOf = list.isEmpty() ? Map.of()
                : items.findByBatchIdInOrderById(list.stream().map(Batch::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Item::getBatchId));
        Map<String, List<Batch>> byCharity = list.stream()
                .collect(Collectors.groupingBy(Batch::getCharityCode, java.util.TreeMap::new, Collectors.toList()));
        List<CharityStats> out = new ArrayList<>();
        long openWarnings = warnings.findInScope(user.orgCode() + "%", true).size();
        for (var e : byCharity.entrySet()) {
            Map<String, Long> batchCounts = new LinkedHashMap<>();
            for (BatchStatus s : BatchStatus.values()) {
                batchCounts.put(s.name(), e.getValue().stream().filter(b -> b.getStatus() == s).count());
            }
            Map<String, Long> personCounts = new LinkedHashMap<>();
            for (ItemStatus s : ItemStatus.values()) {
                personCounts.put(s.name(), 0L);
            }
            long helped = 0;
            long notHelped = 0;
            long waiting = 0;
            List<Long> days = new ArrayList<>();
            for (Batch b : e.getValue()) {
                LocalDate sentOn = b.getSentAt().atZone(SHANGHAI).toLocalDate();
                for (Item i : itemsOf.getOrDefault(b.getId(), List.of())) {
                    personCounts.merge(i.getStatus().name(), 1L, Long::sum);
                    if (i.getOutcome() == Outcome.HELPED) {
                        helped++;
                    } else if (i.getOutcome() == Outcome.NOT_HELPED) {
                        notHelped++;
                    }
                    if (i.getFirstActivityOn() != null) {
                        days.add(ChronoUnit.DAYS.between(sentOn, i.getFirstActivityOn()));
                    } else if (i.getStatus() == ItemStatus.ACCEPTED) {
                        waiting++;
                    }
                }
            }
            days.sort(Comparator.naturalOrder());
            BigDecimal avg = days.isEmpty() ? null : BigDecimal.valueOf(days.stream().mapToLong(Long::longValue).sum())
                    .divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
            BigDecimal median = days.isEmpty() ? null : days.size() % 2 == 1
                    ? BigDecimal.valueOf(days.get(days.size() / 2)).setScale(1)
                    : BigDecimal.valueOf(days.get(days.size() / 2 - 1) + days.get(days.size() / 2))
                            .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
            out.add(new CharityStats(e.getKey(), orgName(e.getKey()), batchCounts, personCounts, helped, notHelped,
                    days.size(), waiting, avg, median, days.isEmpty() ? null : days.get(days.size() - 1)));
        }
        return new Stats(from, to, openWarnings, out);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    String orgName(String code) {
        return code == null ? null : orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
