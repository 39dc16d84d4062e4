package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.meeting.internal.AgencyPlan;
import cn.civilaffairs.assist.meeting.internal.AgencyPlanRepository;
import cn.civilaffairs.assist.meeting.internal.AgendaItem;
import cn.civilaffairs.assist.meeting.internal.AgendaItemRepository;
import cn.civilaffairs.assist.meeting.internal.AgencyDelivery;
import cn.civilaffairs.assist.meeting.internal.AgencyDeliveryRepository;
import cn.civilaffairs.assist.meeting.internal.Meeting;
import cn.civilaffairs.assist.meeting.internal.MeetingRepository;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the screens show of the agenda, meetings and agency referrals, always inside the caller's scope. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {
    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final AgencyPlanRepository plans;
    private final AgencyDeliveryRepository deliveries;
    private final MeetingService service;
    private final Recipients recipients;
    private final OrgService orgs;
    private final ActorNames actorNames;
    private final TaskService tasks;
    private final AccessLog accessLog;

    MeetingQueries(AgendaItemRepository items, MeetingRepository meetings, AgencyPlanRepository plans,
            AgencyDeliveryRepository deliveries, MeetingService service, Recipients recipients, OrgService orgs,
            ActorNames actorNames, TaskService tasks, AccessLog accessLog) {
        this.items = items;
        this.meetings = meetings;
        this.plans = plans;
        this.deliveries = deliveries;
        this.service = service;
        this.recipients = recipients;
        this.orgs = orgs;
        this.actorNames = actorNames;
        this.tasks = tasks;
        this.accessLog = accessLog;
    }

    static boolean isAgency(CurrentUser user) {
        return user.hasRole(Role.SOCIAL_WORK_AGENCY);
    }

    public Page<AgendaItemRow> items(CurrentUser user, ItemStatus status, String caseNo, int page, int size) {
        var found = isAgency(user)
                ? items.pageForAgency(user.orgCode(), status, PageRequest.of(page, size))
                : items.pageInScope(user.orgCode() + "%", status, caseNo, PageRequest.of(page, size));
        return new Page<>(rows(user, found.getContent()), found.getTotalElements(), page, size);
    }

    /** The item number of an item the user may see (404 otherwise). */
    AgendaItem visible(CurrentUser user, String itemNo) {
        return service.visible(user, items.findByItemNo(itemNo).orElse(null), itemNo);
    }

    /** One item with contact data, plan rounds and deliveries; the read is written to the access log. */
    public AgendaItemView view(CurrentUser user, String itemNo) {
        AgendaItem i = visible(user, itemNo);
        Recipient r = recipients.recipients(List.of(i.getCaseId())).get(i.getCaseId());
        List<AgencyPlan> planList = plans.findByItemIdOrderByRound(i.getId());
        List<AgencyDelivery> deliveryList = deliveries.findByItemIdOrderByDeliveredOnAscIdAsc(i.getId());
        List<String> actors = new ArrayList<>();
        planList.forEach(p -> {
            actors.add(p.getSubmittedBy());
            actors.add(p.getReviewedBy());
        });
        deliveryList.forEach(d -> actors.add(d.getRecordedBy()));
        Function<String, String> names = actorNames.of(actors);
        String attendees = i.getMeetingId() == null ? null
                : meetings.findById(i.getMeetingId()).map(Meeting::getAttendees).orElse(null);
        accessLog.record(user, AccessAction.MEETING_ITEM, i.getItemNo(), i.getPersonId());
        return new AgendaItemView(rows(user, List.of(i)).get(0), r == null ? null : r.phone(),
                r == null ? null : r.address(), isAgency(user) ? null : attendees,
                planList.stream().map(p -> new AgencyPlanRoundView(p.getRound(), p.getGoals(), p.getServices(),
                        p.getScheduleFrom(), p.getScheduleTo(), p.getStaff(), p.getBudget(),
                        names.apply(p.getSubmittedBy()), p.getSubmittedAt(), p.getReviewAction(), p.getReviewComment(),
                        names.apply(p.getReviewedBy()), p.getReviewedAt())).toList(),
                deliveryList.stream().map(d -> new AgencyDeliveryView(d.getId(), d.getDeliveredOn(), d.getContent(),
                        d.getDurationMinutes(), names.apply(d.getRecordedBy()), d.getRecordedAt())).toList());
    }

    List<AgendaItemRow> rows(CurrentUser user, List<AgendaItem> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        boolean agency = isAgency(user);
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(AgendaItem::getCaseId).toList());
        Map<Long, Meeting> meetingOf = new HashMap<>();
        meetings.findAllById(list.stream().map(AgendaItem::getMeetingId).filter(Objects::nonNull).distinct().toList())
                .forEach(m -> meetingOf.put(m.getId(), m));
        Map<String, Task> taskOf = openTasks(user, list.stream().map(AgendaItem::getProcessInstanceId)
                .filter(Objects::nonNull).toList());
        Function<String, String> names = actorNames.of(list.stream().map(AgendaItem::getListedBy).toList());
        return list.stream().map(i -> {
            Recipient r = people.get(i.getCaseId());
            Meeting m = i.getMeetingId() == null ? null : meetingOf.get(i.getMeetingId());
            Task t = i.getProcessInstanceId() == null ? null : taskOf.get(i.getProcessInstanceId());
            return new AgendaItemRow(i.getItemNo(), agency ? null : i.getCaseNo(), r == null ? "" : r.name(),
                    i.getVillageCode(), orgName(i.getVillageCode()), i.getNeed(), i.getWhyNotMet(), i.getStatus(),
                    i.getListedAt(), agency ? null : names.apply(i.getListedBy()), m == null ? null : m.getMeetingNo(),
                    m == null ? null : m.getHeldOn(), i.getDecision(), i.getDepartmentKind(), i.getAgencyCode(),
                    i.getAgencyCode() == null ? null : orgName(i.getAgencyCode()), i.getDecisionNote(),
                    i.getDecidedAt(), agency ? null : i.getReturnedNote(), i.getPlanRound(), i.getOutcome(),
                    i.getOutcomeSummary(), i.getClosedAt(), t == null ? null : t.getId(),
                    t == null ? null : t.getName(), t == null ? null : t.getFormKey());
        }).toList();
    }

    private String orgName(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(null);
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

    // --- meetings

    public Page<MeetingRow> meetings(CurrentUser user, int page, int size) {
        var found = meetings.findByDistrictCodeOrderByHeldOnDescIdDesc(districtOf(user), PageRequest.of(page, size));
        return new Page<>(found.getContent().stream().map(this::row).toList(), found.getTotalElements(), page, size);
    }

    private MeetingRow row(Meeting m) {
        List<AgendaItem> on = items.findByMeetingIdOrderById(m.getId());
        return new MeetingRow(m.getMeetingNo(), m.getHeldOn(), m.getAttendees(), m.getNote(), on.size(),
                (int) on.stream().filter(i -> i.getStatus() == ItemStatus.SCHEDULED).count());
    }

    public MeetingView meeting(CurrentUser user, String meetingNo) {
        Meeting m = meetings.findByMeetingNo(meetingNo)
                .filter(x -> x.getDistrictCode().equals(districtOf(user)))
                .orElseThrow(() -> new NotFoundException("联席会议不存在或不在您的范围内：" + meetingNo));
        List<AgendaItem> on = items.findByMeetingIdOrderById(m.getId()).stream()
                .filter(i -> MeetingService.officialSees(user, i)).toList();
        return new MeetingView(row(m), rows(user, on));
    }

    private String districtOf(CurrentUser user) {
        return user.orgLevel() == OrgLevel.DISTRICT ? user.orgCode() : service.districtOf(user.orgCode());
    }

    /** Social-work agencies of the user's district (orgs of level AGENCY under it). */
    public List<AgencyOption> agencies(CurrentUser user) {
        return orgs.children(districtOf(user)).stream().filter(o -> o.getLevel() == OrgLevel.AGENCY)
                .map(o -> new AgencyOption(o.getCode(), o.getName())).toList();
    }
}
