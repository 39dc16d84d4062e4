package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingProcesses.*;

import cn.civilaffairs.assist.caseflow.CaseEventType;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.VisibleCase;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentOutcome;
import cn.civilaffairs.assist.department.DepartmentReferralClosed;
import cn.civilaffairs.assist.department.DepartmentReferralRequested;
import cn.civilaffairs.assist.department.ReferralSource;
import cn.civilaffairs.assist.meeting.internal.AgencyPlan;
import cn.civilaffairs.assist.meeting.internal.AgencyPlanRepository;
import cn.civilaffairs.assist.meeting.internal.AgendaItem;
import cn.civilaffairs.assist.meeting.internal.AgendaItemRepository;
import cn.civilaffairs.assist.meeting.internal.AgencyDelivery;
import cn.civilaffairs.assist.meeting.internal.AgencyDeliveryRepository;
import cn.civilaffairs.assist.meeting.internal.Meeting;
import cn.civilaffairs.assist.meeting.internal.MeetingRepository;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint meeting's agenda, its decisions and the social-work agency's side of a referral (002 §六(三)):
 * plan rounds (each kept with the district's answer), deliveries, the agency's close and the district's
 * confirmation. Every step that matters to the person is written to the case timeline.
 */
@Service
@Transactional
public class MeetingService {
    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String SYSTEM = "system";

    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final AgencyPlanRepository plans;
    private final AgencyDeliveryRepository deliveries;
    private final CaseService cases;
    private final OrgService orgs;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final MeetingPolicy policy;
    private final Clock clock;

    MeetingService(AgendaItemRepository items, MeetingRepository meetings, AgencyPlanRepository plans,
            AgencyDeliveryRepository deliveries, CaseService cases, OrgService orgs, Sequences sequences,
            RuntimeService runtime, ApplicationEventPublisher events, NotificationService notifications,
            MeetingPolicy policy, Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.plans = plans;
        this.deliveries = deliveries;
        this.cases = cases;
        this.orgs = orgs;
        this.sequences = sequences;
        this.runtime = runtime;
        this.events = events;
        this.notifications = notifications;
        this.policy = policy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    private String number(String prefix) {
        String month = today().format(DateTimeFormatter.ofPattern("yyyyMM"));
        return "%s%s%03d".formatted(prefix, month, sequences.next("meeting-no:" + prefix + month));
    }

    /** The district an administrative code lies in: walk up to the node of level DISTRICT. */
    String districtOf(String code) {
        OrgUnit unit = orgs.get(code);
        while (unit.getLevel() != OrgLevel.DISTRICT && unit.getParentCode() != null) {
            unit = orgs.get(unit.getParentCode());
        }
        return unit.getCode();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static FieldValidationException invalid(String field, String message) {
        return new FieldValidationException(message, List.of(new FieldError(field, message)));
    }

    // --- access

    /** Officials who may see an item: street, district and administrator, over the item's village. */
    static boolean officialSees(CurrentUser user, AgendaItem i) {
        return user.hasAnyRole(Role.STREET_CLERK, Role.DISTRICT_MANAGER, Role.ADMIN)
                && OrgService.covers(user.orgCode(), i.getVillageCode());
    }

    /** The agency the item was referred to. */
    static boolean agencySees(CurrentUser user, AgendaItem i) {
        return user.hasRole(Role.SOCIAL_WORK_AGENCY) && i.getDecision() == Decision.AGENCY
                && user.orgCode().equals(i.getAgencyCode());
    }

    static NotFoundException notFound(String itemNo) {
        return new NotFoundException("联席会议议题不存在或不在您的范围内：" + itemNo);
    }

    AgendaItem visible(CurrentUser user, AgendaItem i, String itemNo) {
        if (i == null || !(officialSees(user, i) || agencySees(user, i))) {
            throw notFound(itemNo);
        }
        return i;
    }

    private AgendaItem lock(String itemNo) {
        return items.lockByItemNo(itemNo).orElseThrow(() -> notFound(itemNo));
    }

    private AgendaItem lockForDistrict(String itemNo, CurrentUser user) {
        AgendaItem i = lock(itemNo);
        if (!user.hasRole(Role.DISTRICT_MANAGER) || !officialSees(user, i)) {
            throw notFound(itemNo);
        }
        return i;
    }

    private AgendaItem lockForAgency(String itemNo, CurrentUser user) {
        AgendaItem i = lock(itemNo);
        if (!agencySees(user, i)) {
            throw notFound(itemNo);
        }
        return i;
    }

    private static void expect(AgendaItem i, ItemStatus status, String message) {
        if (i.getStatus() != status) {
            throw new ConflictException(message).with("status", i.getStatus().name());
        }
    }

    // --- the agenda

    /** A street clerk (or the district) puts a need of a case that civil affairs cannot meet on the agenda. */
    public AgendaItem list(String caseNo, String need, String whyNotMet, CurrentUser user) {
        VisibleCase c = cases.visible(caseNo, user);
        if (!items.findByCaseIdAndStatusIn(c.caseId(), openStatuses()).isEmpty()) {
            throw new ConflictException("该案件已有未办结的联席会议议题，请在原议题中跟进。");
        }
        AgendaItem item = items.save(new AgendaItem(number("LH"), c.caseId(), c.caseNo(), c.personId(),
                c.villageCode(), districtOf(c.villageCode()), need.strip(), whyNotMet.strip(), user.username(),
                clock.instant()));
        cases.recordEvent(c.caseId(), CaseEventType.MEETING_LISTED, "提交区联席会议（议题 " + item.getItemNo() + "）："
                + item.getNeed(), user.username());
        return item;
    }

    static EnumSet<ItemStatus> openStatuses() {
        EnumSet<ItemStatus> open = EnumSet.noneOf(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            if (s.open()) {
                open.add(s);
            }
        }
        return open;
    }

    /** The district manager schedules a meeting and puts waiting items on it. */
    public Meeting schedule(LocalDate heldOn, String attendees, String note, List<String> itemNos, CurrentUser user) {
        if (user.orgLevel() != OrgLevel.DISTRICT) {
            throw new NotFoundException("只有区民政局可以安排联席会议。");
        }
        List<AgendaItem> locked = new ArrayList<>();
        for (String no : new LinkedHashSet<>(itemNos)) {
            AgendaItem i = lockForDistrict(no, user);
            if (i.getStatus() != ItemStatus.LISTED) {
                throw new ConflictException("议题 " + no + " 已列入会议或已有决定。").with("itemNo", no);
            }
            locked.add(i);
        }
        Meeting m = meetings.save(new Meeting(number("HY"), user.orgCode(), heldOn, attendees.strip(),
                blankToNull(note), user.username(), clock.instant()));
        locked.forEach(i -> i.schedule(m.getId()));
        return m;
    }

    public record DecisionCommand(Decision decision, DepartmentKind departmentKind, String agencyCode, String note) {}

    /** The meeting's decision on one item; once only (409 the second time). */
    public AgendaItem decide(String itemNo, DecisionCommand cmd, CurrentUser user) {
        AgendaItem i = lockForDistrict(itemNo, user);
        if (i.getStatus() != ItemStatus.SCHEDULED) {
            throw new ConflictException(i.getStatus() == ItemStatus.LISTED ? "该议题尚未列入联席会议，请先安排会议。"
                    : "该议题已有会议决定，不能重复决定。").with("status", i.getStatus().name());
        }
        String note = blankToNull(cmd.note());
        Instant now = clock.instant();
        String detail;
        switch (cmd.decision()) {
            case DEPARTMENT -> {
                if (cmd.departmentKind() == null) {
                    throw invalid("departmentKind", "请选择承办部门。");
                }
                if (i.getPersonId() == null) {
                    throw new ConflictException("该案件没有登记人员信息，不能转交部门。");
                }
                i.decide(Decision.DEPARTMENT, cmd.departmentKind(), null, note, user.username(), now);
                detail = "联席会议决定转交" + cmd.departmentKind().label() + "部门办理";
            }
            case AGENCY -> {
                String code = blankToNull(cmd.agencyCode());
                OrgUnit agency = code == null ? null : orgs.find(code)
                        .filter(o -> o.getLevel() == OrgLevel.AGENCY && i.getDistrictCode().equals(o.getParentCode()))
                        .orElse(null);
                if (agency == null) {
                    throw invalid("agencyCode", "请选择本区的社工机构。");
                }
                i.decide(Decision.AGENCY, null, agency.getCode(), note, user.username(), now);
                detail = "联席会议决定转介" + agency.getName();
            }
            default -> {
                if (note == null) {
                    throw invalid("note", "不予受理时请写明理由。");
                }
                i.decide(Decision.NOT_TAKEN, null, null, note, user.username(), now);
                detail = "联席会议决定不予受理";
            }
        }
        cases.recordEvent(i.getCaseId(), CaseEventType.MEETING_DECIDED, detail + "（议题 " + i.getItemNo() + "）"
                + (note == null ? "" : "：" + note), user.username());
        if (i.getDecision() == Decision.DEPARTMENT) {
            events.publishEvent(new DepartmentReferralRequested(i.getPersonId(), i.getVillageCode(),
                    i.getDepartmentKind(), i.getNeed(), ReferralSource.JOINT_MEETING, i.getItemNo(), user.username()));
        } else if (i.getDecision() == Decision.AGENCY) {
            String pi = runtime.createProcessInstanceByKey(KEY).businessKey(i.getItemNo())
                    .setVariable(VAR_ITEM_NO, i.getItemNo())
                    .setVariable(VAR_AGENCY_CODE, i.getAgencyCode())
                    .setVariable(VAR_DISTRICT_CODE, i.getDistrictCode())
                    .setVariable(VAR_PLAN_WITHIN, policy.planWithin())
                    .setVariable(VAR_REVIEW_WITHIN, policy.reviewWithin())
                    .execute().getId();
            i.runsIn(pi);
        }
        return i;
    }

    /** The department's answer (source JOINT_MEETING): closes the item, or puts it back on the agenda if returned. */
    @EventListener
    public void onDepartmentClosed(DepartmentReferralClosed closed) {
        if (closed.source() != ReferralSource.JOINT_MEETING) {
            return;
        }
        AgendaItem i = items.lockByItemNo(closed.sourceRef()).orElse(null);
        if (i == null || i.getStatus() != ItemStatus.DEPARTMENT) {
            log.warn("Department referral {} closed for agenda item {}, which does not wait for it", closed.referralNo(),
                    closed.sourceRef());
            return;
        }
        String summary = blankToNull(closed.summary());
        String kind = i.getDepartmentKind().label();
        if (closed.outcome() == DepartmentOutcome.RETURNED) {
            i.returnedByDepartment(summary);
            cases.recordEvent(i.getCaseId(), CaseEventType.MEETING_LISTED, kind + "部门退回（" + closed.referralNo()
                    + "），议题 " + i.getItemNo() + " 重新列入联席会议" + (summary == null ? "" : "：" + summary), SYSTEM);
            return;
        }
        i.close(closed.outcome().name(), summary, null, clock.instant());
        cases.recordEvent(i.getCaseId(), CaseEventType.MEETING_CLOSED, kind + "部门办结（"
                + (closed.outcome() == DepartmentOutcome.RESOLVED ? "已解决" : "未能解决") + "，议题 " + i.getItemNo() + "）"
                + (summary == null ? "" : "：" + summary), SYSTEM);
    }

    // --- the agency

    public record PlanCommand(String goals, String services, LocalDate scheduleFrom, LocalDate scheduleTo,
            String staff, BigDecimal budget) {}

    /** The agency submits a round of its service plan (task 制定服务方案). */
    public int submitPlan(String itemNo, PlanCommand cmd, CurrentUser user) {
        AgendaItem i = lockForAgency(itemNo, user);
        expect(i, ItemStatus.AGENCY_PLANNING, "当前不能提交服务方案。");
        if (cmd.scheduleTo().isBefore(cmd.scheduleFrom())) {
            throw invalid("scheduleTo", "服务截止日期不能早于开始日期。");
        }
        int round = i.planSubmitted();
        plans.save(new AgencyPlan(i.getId(), round, cmd.goals().strip(), cmd.services().strip(), cmd.scheduleFrom(),
                cmd.scheduleTo(), cmd.staff().strip(), cmd.budget().setScale(2, RoundingMode.HALF_UP),
                user.username(), clock.instant()));
        return round;
    }

    /** The district agrees the submitted round or returns it with a reason; each round keeps its answer. */
    public void answerPlan(String itemNo, boolean agree, String comment, CurrentUser user) {
        AgendaItem i = lockForDistrict(itemNo, user);
        expect(i, ItemStatus.AGENCY_REVIEW, "该议题的服务方案不在待审核状态。");
        String text = blankToNull(comment);
        if (!agree && text == null) {
            throw invalid("comment", "退回时请写明修改意见。");
        }
        AgencyPlan plan = plans.findByItemIdAndRound(i.getId(), i.getPlanRound()).orElseThrow();
        plan.answer(agree ? PlanAction.AGREED : PlanAction.RETURNED, text, user.username(), clock.instant());
        i.planAnswered(agree);
        if (agree) {
            cases.recordEvent(i.getCaseId(), CaseEventType.MEETING_PLAN_AGREED, "社工机构服务方案经区民政局同意（第 "
                    + plan.getRound() + " 版）：" + plan.getServices() + "，" + plan.getScheduleFrom() + " 至 "
                    + plan.getScheduleTo(), user.username());
        }
    }

    /** The agency records one delivery of the agreed plan. */
    public AgencyDelivery recordDelivery(String itemNo, LocalDate deliveredOn, String content, int durationMinutes,
            CurrentUser user) {
        AgendaItem i = lockForAgency(itemNo, user);
        expect(i, ItemStatus.AGENCY_SERVING, "方案同意后、结案前才能登记服务记录。");
        if (deliveredOn.isAfter(today())) {
            throw invalid("deliveredOn", "服务日期不能晚于今天。");
        }
        return deliveries.save(new AgencyDelivery(i.getId(), deliveredOn, content.strip(), durationMinutes, user.username(),
                clock.instant()));
    }

    /** The agency closes its referral with an outcome (task 实施服务并结案); the district confirms. */
    public void closeByAgency(String itemNo, AgencyOutcome outcome, String summary, CurrentUser user) {
        AgendaItem i = lockForAgency(itemNo, user);
        expect(i, ItemStatus.AGENCY_SERVING, "当前不能结案。");
        if (deliveries.countByItemId(i.getId()) == 0) {
            throw new ConflictException("请先登记服务记录再结案。");
        }
        i.agencyClosed(outcome.name(), summary.strip(), user.username(), clock.instant());
    }

    /** The district confirms the agency's close (the outcome goes on the case) or returns it to the agency. */
    public void confirmClose(String itemNo, boolean confirm, String comment, CurrentUser user) {
        AgendaItem i = lockForDistrict(itemNo, user);
        expect(i, ItemStatus.AGENCY_CLOSING, "该议题没有待确认的结案。");
        String text = blankToNull(comment);
        if (!confirm) {
            if (text == null) {
                throw invalid("comment", "退回时请写明理由。");
            }
            i.closeReturned();
            return;
        }
        i.close(i.getOutcome(), i.getOutcomeSummary(), null, clock.instant());
        String agency = orgs.find(i.getAgencyCode()).map(OrgUnit::getName).orElse("社工机构");
        cases.recordEvent(i.getCaseId(), CaseEventType.MEETING_CLOSED, agency + "结案（" + outcomeLabel(i.getOutcome())
                + "，服务 " + deliveries.countByItemId(i.getId()) + " 次，议题 " + i.getItemNo() + "）："
                + i.getOutcomeSummary() + (text == null ? "" : "；区民政局意见：" + text), user.username());
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "RESOLVED" -> "已解决";
            case "PARTLY_RESOLVED" -> "部分解决";
            default -> "未能解决";
        };
    }

    /** The plan is overdue (the process's timer): the district managers get one notice per round. */
    public void remindPlanOverdue(String itemNo) {
        AgendaItem i = items.findByItemNo(itemNo).orElse(null);
        if (i == null || i.getStatus() != ItemStatus.AGENCY_PLANNING) {
            return;
        }
        String agency = orgs.find(i.getAgencyCode()).map(OrgUnit::getName).orElse(i.getAgencyCode());
        notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, i.getDistrictCode()),
                "agency-plan-overdue:" + itemNo + ":" + i.getPlanRound(),
                "社工机构服务方案逾期未提交：" + itemNo,
                "联席会议议题 " + itemNo + " 已转介" + agency + "，服务方案已超过提交期限仍未提交，请督促。");
    }
}
