package cn.civilaffairs.assist.department;

import static cn.civilaffairs.assist.department.DepartmentProcesses.*;

import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.department.internal.DepartmentUnit;
import cn.civilaffairs.assist.department.internal.DepartmentUnits;
import cn.civilaffairs.assist.department.internal.Referral;
import cn.civilaffairs.assist.department.internal.Referrals;
import cn.civilaffairs.assist.department.internal.Step;
import cn.civilaffairs.assist.department.internal.Steps;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department referrals (seed 001 §五, seed 003): a request from another module picks the department of
 * the asked kind serving the person's village and starts processes/department-referral.bpmn; the
 * department accepts or returns it, and answers within 15 working days of accepting; the end is
 * published as {@link DepartmentReferralClosed} for the asker, in the same transaction.
 */
@Service
public class DepartmentService {
    public static final String SYSTEM = "system";
    static final ZoneId ZONE = WorkingDayCalendar.ZONE;

    private final DepartmentUnits units;
    private final Referrals referrals;
    private final Steps steps;
    private final OrgService orgs;
    private final PersonService people;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartmentService(DepartmentUnits units, Referrals referrals, Steps steps, OrgService orgs, PersonService people,
            Sequences sequences, RuntimeService runtime, NotificationService notifications,
            WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.referrals = referrals;
        this.steps = steps;
        this.orgs = orgs;
        this.people = people;
        this.sequences = sequences;
        this.runtime = runtime;
        this.notifications = notifications;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The end (23:59:59 Beijing) of {@code day}, as the engine's due date and timer. */
    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
    }

    /** The day an answer is due for a referral accepted on {@code acceptedOn}. */
    LocalDate dueOn(LocalDate acceptedOn) {
        return calendar.plusWorkingDays(acceptedOn, WORKING_DAYS);
    }

    // ---- departments as data -----------------------------------------------------------------

    /**
     * Creates (or finds) a department: an org unit of level DEPARTMENT under the district of the area it
     * serves, and its row (kind, area). A street's own department serves that street only.
     */
    @Transactional
    public DepartmentView register(String code, String name, DepartmentKind kind, String servesCode) {
        OrgUnit area = orgs.find(servesCode).filter(o -> o.getLevel() == OrgLevel.DISTRICT || o.getLevel() == OrgLevel.STREET)
                .orElseThrow(() -> new NotFoundException("服务地区不存在：" + servesCode));
        String district = servesCode.substring(0, 6);
        if (orgs.find(code).isEmpty()) {
            orgs.save(new OrgUnit(code, name, OrgLevel.DEPARTMENT, district));
        }
        DepartmentUnit unit = units.findById(code).orElseGet(() -> units.save(new DepartmentUnit(code, kind, servesCode)));
        return new DepartmentView(unit.getCode(), name, unit.getKind(), unit.getServesCode(), area.getName());
    }

    /** The departments serving an area and the areas below it (a district's and its streets'), by code. */
    @Transactional(readOnly = true)
    public List<DepartmentView> departmentsWithin(String areaCode) {
        String prefix = areaCode.length() > 6 ? areaCode.substring(0, 6) : areaCode;
        List<DepartmentView> out = new ArrayList<>();
        for (DepartmentUnit u : units.findByServesCodeStartingWithOrderByCode(prefix)) {
            out.add(new DepartmentView(u.getCode(), orgs.get(u.getCode()).getName(), u.getKind(), u.getServesCode(),
                    orgs.get(u.getServesCode()).getName()));
        }
        return out;
    }

    /**
     * The department of {@code kind} serving {@code villageCode}: the street's own if it has one, else the
     * district's. None → 409 (the asker's transaction rolls back, nothing is sent).
     */
    DepartmentUnit resolve(DepartmentKind kind, String villageCode) {
        List<String> areas = List.of(villageCode.substring(0, 9), villageCode.substring(0, 6));
        return units.findByKindAndServesCodeIn(kind, areas).stream()
                .max(Comparator.comparingInt(u -> u.getServesCode().length()))
                .orElseThrow(() -> new ConflictException("该地区尚未设置“" + kind.label() + "”部门，不能转办，请联系区民政局。"));
    }

    // ---- the referral's life ------------------------------------------------------------------

    /** Starts a referral in the asker's transaction (synchronous event). */
    @EventListener
    @Transactional
    public void on(DepartmentReferralRequested request) {
        start(request);
    }

    /** Starts a referral; returns its number. */
    @Transactional
    public String start(DepartmentReferralRequested r) {
        OrgUnit village = orgs.find(r.villageCode()).filter(o -> o.getLevel() == OrgLevel.VILLAGE)
                .orElseThrow(() -> new NotFoundException("村（社区）不存在：" + r.villageCode()));
        people.get(r.personId());
        DepartmentUnit department = resolve(r.kind(), village.getCode());
        int year = today().getYear();
        String no = "BM%d%06d".formatted(year, sequences.next("department-referral-" + year));
        Referral referral = referrals.saveAndFlush(new Referral(no, r.personId(), village.getCode(),
                department.getCode(), r.kind(), r.matter().strip(), r.source(), r.sourceRef(), r.requestedBy(),
                clock.instant()));
        step(referral, r.requestedBy(), "REQUESTED", "转办" + orgs.get(department.getCode()).getName() + "：" + referral.getMatter());
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REFERRAL_ID, referral.getId());
        vars.put(VAR_DEPARTMENT_CODE, department.getCode());
        vars.put(VAR_VILLAGE_CODE, village.getCode());
        runtime.createProcessInstanceByKey(REFERRAL).businessKey(no).setVariables(vars).execute();
        return no;
    }

    /** The number of the latest referral an asker started for its matter {@code sourceRef}. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> referralNo(ReferralSource source, String sourceRef) {
        return referrals.findFirstBySourceAndSourceRefOrderByIdDesc(source, sourceRef).map(Referral::getReferralNo);
    }

    /** The due date the department's acceptance sets (the engine's variable), computed before it completes. */
    public Date acceptanceDueDate() {
        return endOf(dueOn(today()));
    }

    /** The department accepts: the answer is due in 15 working days. */
    @Transactional
    public void accept(long referralId, String actor) {
        Referral r = get(referralId);
        LocalDate due = dueOn(today());
        r.accept(clock.instant(), due);
        step(r, actor, "ACCEPTED", "部门已受理，应于 " + due + " 前反馈办理结果");
    }

    /** The department returns it as not its business: the referral ends, the asker hears RETURNED. */
    @Transactional
    public void returnReferral(long referralId, String reason, String actor) {
        Referral r = get(referralId);
        r.returnIt(reason.strip(), clock.instant());
        step(r, actor, "RETURNED", "部门退回：" + r.getSummary());
        closed(r, DepartmentOutcome.RETURNED);
    }

    /** The department's answer: resolved or not, with a summary; the referral ends. */
    @Transactional
    public void answer(long referralId, boolean resolved, String summary, String actor) {
        Referral r = get(referralId);
        r.answer(resolved, summary.strip(), clock.instant());
        step(r, actor, r.getStatus().name(), (resolved ? "已办结：" : "未能解决：") + r.getSummary());
        closed(r, resolved ? DepartmentOutcome.RESOLVED : DepartmentOutcome.NOT_RESOLVED);
    }

    /** The overdue timer: marked on the referral (a warning in lists), mail to the district and the department. */
    @Transactional
    public void overdue(long referralId) {
        Referral r = get(referralId);
        if (!r.markOverdue()) {
            return;
        }
        String department = orgs.get(r.getDepartmentCode()).getName();
        String person = people.get(r.getPersonId()).getName();
        step(r, SYSTEM, "OVERDUE", department + "超期未反馈（应于 " + r.getDueOn() + " 前），已通知区民政局督办");
        String body = "部门转办 " + r.getReferralNo() + "（" + person + "，" + orgs.get(r.getVillageCode()).getName()
                + "）应于 " + r.getDueOn() + " 前反馈办理结果，至今未反馈：" + r.getMatter();
        notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, r.getDistrictCode()),
                "department-referral-overdue:" + r.getId(), "【转办超期】" + department + "未按期反馈", body + "\n请督办。");
        notifications.notifyGroup(WorkGroups.of(Role.DEPARTMENT_STAFF, r.getDepartmentCode()),
                "department-referral-overdue-dept:" + r.getId(), "【转办超期】请尽快反馈办理结果", body);
    }

    private void closed(Referral r, DepartmentOutcome outcome) {
        events.publishEvent(new DepartmentReferralClosed(r.getReferralNo(), r.getPersonId(), r.getSource(),
                r.getSourceRef(), outcome, r.getSummary()));
    }

    private void step(Referral r, String actor, String step, String detail) {
        steps.save(new Step(r.getId(), clock.instant(), actor, step, detail.length() > 1000 ? detail.substring(0, 1000) : detail));
    }

    private Referral get(long id) {
        return referrals.findById(id).orElseThrow(() -> new NotFoundException("部门转办不存在。"));
    }
}
