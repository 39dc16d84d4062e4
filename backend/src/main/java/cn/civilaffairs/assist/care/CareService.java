package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.security.UserNames;
import static cn.civilaffairs.assist.care.CareProcesses.*;

import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.care.internal.Assignment;
import cn.civilaffairs.assist.care.internal.CareAssignments;
import cn.civilaffairs.assist.care.internal.CareEmergencies;
import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.care.internal.CareEnrolments;
import cn.civilaffairs.assist.care.internal.CareEvents;
import cn.civilaffairs.assist.care.internal.CareExit;
import cn.civilaffairs.assist.care.internal.CareExits;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentReferralClosed;
import cn.civilaffairs.assist.department.DepartmentReferralRequested;
import cn.civilaffairs.assist.department.DepartmentService;
import cn.civilaffairs.assist.department.ReferralSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import cn.civilaffairs.assist.care.internal.CareProblems;
import cn.civilaffairs.assist.care.internal.CareVisits;
import cn.civilaffairs.assist.care.internal.CareWarnings;
import cn.civilaffairs.assist.care.internal.LapseStatements;
import cn.civilaffairs.assist.care.internal.LapseStatements.Lapse;
import cn.civilaffairs.assist.notification.NotificationService.Notice;
import cn.civilaffairs.assist.care.internal.Emergency;
import cn.civilaffairs.assist.care.internal.Event;
import cn.civilaffairs.assist.care.internal.Problem;
import cn.civilaffairs.assist.care.internal.Visit;
import cn.civilaffairs.assist.care.internal.Warning;
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
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care monitoring (DOMAIN §5): enrolment and grading, responsible persons, visits, lapse and
 * major-risk warnings, emergencies, problems and plans. The schedule columns (next_due_on,
 * warn_on) are recomputed here on every change, so the daily sweep only reads an index.
 */
@Service
public class CareService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CareService.class);
    /** How far back a visit or committee meeting may be entered. */
    static final int LATEST_ENTRY_DAYS = 365;

    public static final String SYSTEM = "system";

    private final CareEnrolments enrolments;
    private final CareVisits visits;
    private final CareWarnings warnings;
    private final CareAssignments assignments;
    private final CareEmergencies emergencies;
    private final CareProblems problems;
    private final CareEvents events;
    private final PersonService people;
    private final OrgService orgs;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final CarePolicy policy;
    private final Clock clock;
    private final CareExits exits;
    private final ApplicationEventPublisher publisher;
    private final DepartmentService departments;
    private final LapseStatements lapseStatements;

    CareService(CareEnrolments enrolments, CareVisits visits, CareWarnings warnings, CareAssignments assignments,
            CareEmergencies emergencies, CareProblems problems, CareEvents events, PersonService people,
            OrgService orgs, Sequences sequences, RuntimeService runtime, TaskService taskService,
            IdentityService identity, NotificationService notifications, WorkingDayCalendar calendar,
            CarePolicy policy, Clock clock, CareExits exits, ApplicationEventPublisher publisher,
            DepartmentService departments, LapseStatements lapseStatements) {
        this.lapseStatements = lapseStatements;
        this.exits = exits;
        this.publisher = publisher;
        this.departments = departments;
        this.enrolments = enrolments;
        this.visits = visits;
        this.warnings = warnings;
        this.assignments = assignments;
        this.emergencies = emergencies;
        this.problems = problems;
        this.events = events;
        this.people = people;
        this.orgs = orgs;
        this.sequences = sequences;
        this.runtime = runtime;
        this.taskService = taskService;
        this.identity = identity;
        this.notifications = notifications;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    public record EnrolCommand(String name, String idNumber, String phone, String address, String villageCode,
            CareGroup group, CareFacts facts, String note) {}

    /**
     * {@code lateEntryReason}: required when the visit is a late entry (补录), ignored otherwise;
     * {@code clientId}: the phone's UUID for the visit (offline queue), null from older clients.
     */
    public record VisitCommand(Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
            String lateEntryReason, String clientId) {

        public VisitCommand(Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
                String lateEntryReason) {
            this(visitedAt, mode, met, findings, risk, lateEntryReason, null);
        }

        public VisitCommand(Instant visitedAt, VisitMode mode, String met, String findings, Risk risk) {
            this(visitedAt, mode, met, findings, risk, null);
        }
    }

    public record Photo(byte[] content, String contentType) {}

    LocalDate today() {
        return CarePolicy.today(clock);
    }

    // ---- enrolment and grading -------------------------------------------------------------

    /** Enrols a person and starts grading (DMN proposal, then the committees' confirmation task). */
    @Transactional
    public CareEnrolment enrol(EnrolCommand cmd, CurrentUser user) {
        OrgUnit village = requireVillageInScope(cmd.villageCode(), user);
        ResidentIdNumber id = ResidentIdNumber.parse(cmd.idNumber()).orElseThrow(() -> new FieldValidationException(
                "身份证号码无效。", List.of(new FieldError("idNumber", ResidentIdNumber.problem(cmd.idNumber())))));
        Person person = people.register(id, cmd.name().strip(), blankToNull(cmd.phone()), blankToNull(cmd.address()),
                village.getCode());
        enrolments.findByActivePersonId(person.getId()).ifPresent(existing -> {
            throw new ConflictException("该人员已在关爱帮扶名单中（编号 " + existing.getEnrolmentNo() + "）。");
        });
        int year = today().getYear();
        String no = "GA%d%06d".formatted(year, sequences.next("care-enrolment-" + year));
        CareEnrolment e;
        try {
            e = enrolments.saveAndFlush(new CareEnrolment(no, person.getId(), village.getCode(), cmd.group(),
                    cmd.facts(), blankToNull(cmd.note()), clock.instant(), user.username()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentEnrolment) {
            // Two enrolments of one person at once: the active-person key lets one win.
            throw new ConflictException("该人员正由他人同时登记到关爱帮扶名单，不能重复登记。");
        }
        event(e, user.username(), "ENROLLED", "登记为关爱帮扶对象（" + cmd.group().label() + "）");
        startGrading(e);
        return e;
    }

    /** What {@link #enrol} created, for callers outside the module: the number and the rules' proposed level. */
    public record NewEnrolment(String enrolmentNo, Integer proposedLevel) {}

    /** Enrols as {@link #enrol} does (same scope and checks); returns the number and the proposed level. */
    @Transactional
    public NewEnrolment enrolNew(EnrolCommand cmd, CurrentUser user) {
        CareEnrolment e = enrol(cmd, user);
        return new NewEnrolment(e.getEnrolmentNo(), e.getProposedLevel());
    }

    /** Whether anyone was ever enrolled (the demo roster loads only into an empty one). */
    public boolean anyEnrolled() {
        return enrolments.count() > 0;
    }

    @Transactional
    public void regrade(String no, CareFacts facts, String note, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.startRegrading(facts, blankToNull(note));
        event(e, user.username(), "REGRADING", "重新定级：更新认定情况");
        startGrading(e);
    }

    private void startGrading(CareEnrolment e) {
        Map<String, Object> vars = new HashMap<>(e.facts().asVariables());
        vars.put(VAR_VILLAGE_CODE, e.getVillageCode());
        runtime.createProcessInstanceByKey(GRADING).businessKey(e.getEnrolmentNo()).setVariables(vars).execute();
    }

    /** Called by the grading process with the DMN's proposal. */
    @Transactional
    public void recordProposal(String no, int proposedLevel) {
        CareEnrolment e = get(no);
        e.setProposedLevel(proposedLevel);
        event(e, SYSTEM, "PROPOSED", "按认定规则建议：" + CareTypes.levelLabel(proposedLevel));
    }

    /** The committees' decision (the grading task); a level other than the proposal needs a reason. */
    @Transactional
    public void confirmLevel(String no, int level, String reason, LocalDate meetingOn, String actor) {
        CareEnrolment e = get(no);
        if (level < 0 || level > 3) {
            throw new FieldValidationException("等级无效。", List.of(new FieldError("level", "等级应为 0–3。")));
        }
        String why = blankToNull(reason);
        if (e.getProposedLevel() != null && level != e.getProposedLevel() && why == null) {
            throw new FieldValidationException("改定等级须说明理由。",
                    List.of(new FieldError("reason", "与建议等级（" + CareTypes.levelLabel(e.getProposedLevel())
                            + "）不同，须填写两委会议的理由。")));
        }
        if (meetingOn != null && (meetingOn.isAfter(today()) || meetingOn.isBefore(today().minusDays(LATEST_ENTRY_DAYS)))) {
            throw new FieldValidationException("会议日期无效。",
                    List.of(new FieldError("meetingOn", "会议日期不能晚于今天，也不能早于一年前。")));
        }
        Integer before = e.getLevel();
        e.grade(level, why, meetingOn != null ? meetingOn : today());
        event(e, actor, "GRADED", "两委会议确定：" + CareTypes.levelLabel(level) + (why == null ? "" : "（" + why + "）"));
        if (level > 0) {
            boolean stillFits = e.getResponsibleUsername() != null && before != null
                    && responsibleKind(before) == responsibleKind(level);
            if (!stillFits) {
                candidates(e).stream().findFirst().ifPresentOrElse(
                        c -> assignInternal(e, c.username(), c.name(), "按等级自动指定", actor),
                        () -> {
                            endAssignments(e);
                            e.assign(null, null);
                        });
            }
        } else {
            endAssignments(e);
            e.assign(null, null);
        }
        reschedule(e);
    }

    // ---- responsible persons ---------------------------------------------------------------

    @Schema(name = "ResponsibleCandidate") // unique in the OpenAPI document; serviceorder has a Candidate too
    public record Candidate(String username, String name, String orgName) {}

    /** Level 3: township cadres of the street; levels 2 and 1: cadres of the village. */
    static int responsibleKind(int level) {
        return level >= 3 ? 3 : 1;
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(String no, CurrentUser user) {
        return candidates(getVisible(no, user));
    }

    List<Candidate> candidates(CareEnrolment e) {
        Integer level = e.getLevel() != null && e.getLevel() > 0 ? e.getLevel() : e.getProposedLevel();
        String org = level != null && level >= 3 ? e.getStreetCode() : e.getVillageCode();
        String orgName = orgs.get(org).getName();
        List<Candidate> result = new ArrayList<>();
        for (User u : identity.createUserQuery().memberOfGroup(WorkGroups.of(Role.CARE_CADRE, org)).orderByUserId().asc().list()) {
            result.add(new Candidate(u.getId(), displayName(u), orgName));
        }
        return result;
    }

    @Transactional
    public void reassign(String no, String username, String reason, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.requireNotEnded();
        if (e.getLevel() == null || e.getLevel() == 0) {
            throw new ConflictException("尚未定级，不能指定帮扶责任人。");
        }
        Candidate c = candidates(e).stream().filter(x -> x.username().equals(username)).findFirst()
                .orElseThrow(() -> new FieldValidationException("责任人不符合等级要求。", List.of(new FieldError("username",
                        "应从" + (e.getLevel() >= 3 ? "镇包联村干部" : "本村（社区）干部") + "中选择。"))));
        assignInternal(e, c.username(), c.name(), reason.strip(), user.username());
    }

    private void assignInternal(CareEnrolment e, String username, String name, String reason, String actor) {
        endAssignments(e);
        assignments.save(new Assignment(e.getId(), username, name, e.getLevel(), clock.instant(), actor, reason));
        e.assign(username, name);
        event(e, actor, "ASSIGNED", "帮扶责任人：" + name + "（" + reason + "）");
        // An open warning follows the new responsible person.
        for (Task t : taskService.createTaskQuery().processInstanceBusinessKey(e.getEnrolmentNo())
                .taskDefinitionKey(TASK_VISIT_NOW).list()) {
            taskService.setAssignee(t.getId(), username);
        }
    }

    private void endAssignments(CareEnrolment e) {
        for (Assignment a : assignments.findByEnrolmentIdAndEndedAtIsNull(e.getId())) {
            a.end(clock.instant());
        }
    }

    // ---- visits and warnings ---------------------------------------------------------------

    /**
     * Records a visit. Every visit is kept (history, timeline); whether it also counts:
     * <ul>
     * <li>dated before the person's last recorded visit: history only — the schedule (last visit,
     * next due, warning day) stays and no warning ends;</li>
     * <li>otherwise the schedule moves forward from it; a major-risk warning ends; a lapse warning
     * ends only if the person is no longer overdue after it (its day + the interval in force is
     * today or later), so a late entry cannot silence a lapse and its escalation runs on;</li>
     * <li>dated more than {@code app.care.late-entry-days} back: a late entry (补录), which needs a
     * reason and is marked;</li>
     * <li>a major risk raises its warning at once, however late the entry.</li>
     * </ul>
     */
    @Transactional
    public RecordedVisit recordVisit(String no, VisitCommand cmd, String photoKey, String photoType, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.requireNotEnded();
        if (cmd.visitedAt().isAfter(clock.instant().plus(Duration.ofMinutes(10)))) {
            throw new FieldValidationException("走访时间不能晚于当前时间。",
                    List.of(new FieldError("visitedAt", "走访时间不能晚于当前时间。")));
        }
        // Late entries are fine, but not from before any plausible visit cycle (a 1900 date is a typo).
        if (cmd.visitedAt().isBefore(clock.instant().minus(Duration.ofDays(LATEST_ENTRY_DAYS)))) {
            throw new FieldValidationException("走访时间不能早于一年前。",
                    List.of(new FieldError("visitedAt", "走访时间不能早于一年前。")));
        }
        LocalDate today = today();
        LocalDate visitOn = CarePolicy.dayOf(cmd.visitedAt());
        String lateReason = null;
        if (policy.lateEntry(visitOn, today)) {
            lateReason = blankToNull(cmd.lateEntryReason());
            if (lateReason == null) {
                String message = "走访日期早于 " + policy.lateEntryDays() + " 天前，属于补录，须填写补录原因。";
                throw new FieldValidationException("补录走访须说明原因。", List.of(new FieldError("lateEntryReason", message)));
            }
        }
        LocalDate lastBefore = e.getLastVisitOn();
        // The unique client id makes a second arrival of the same visit fail here, before it changes anything.
        Visit v = visits.saveAndFlush(new Visit(e.getId(), cmd.visitedAt(), cmd.mode(), cmd.met().strip(),
                cmd.findings().strip(), cmd.risk(), photoKey, photoType, user.username(), clock.instant(), lateReason,
                cmd.clientId()));
        boolean counts = e.visited(v.getVisitOn(), lateReason);
        reschedule(e);
        boolean lapseKept = counts && resolveWarnings(e, v.getId(), today);
        StringBuilder detail = new StringBuilder(cmd.mode() == VisitMode.HOME ? "入户走访" : "电话询访")
                .append("，风险：").append(switch (cmd.risk()) {
                    case NONE -> "无";
                    case MINOR -> "一般";
                    case MAJOR -> "重大";
                });
        if (lateReason != null) {
            detail.append("；补录（走访日期 ").append(visitOn).append("）：").append(lateReason);
        }
        if (!counts) {
            detail.append("；早于上次走访（").append(lastBefore).append("），仅记入走访历史，不改变走访计划和预警");
        } else if (lapseKept) {
            detail.append("；走访后仍逾期（应访日 ").append(e.getNextDueOn()).append("），走访超期预警未解除");
        }
        event(e, user.username(), "VISITED", detail.toString());
        if (cmd.risk() == Risk.MAJOR) {
            raiseWarning(e, WarningKind.MAJOR_RISK, today, null);
            notifications.notifyGroup(WorkGroups.of(Role.STREET_CLERK, e.getStreetCode()),
                    "care-major-risk:" + v.getId(), "【重大风险】" + personName(e) + " 走访发现重大风险",
                    "关爱对象 " + e.getEnrolmentNo() + "（" + villageName(e) + "）走访发现重大风险：" + v.getFindings()
                            + "\n请督促帮扶责任人及时处置。");
        }
        boolean lapseOpen = lapseKept || (!counts && warnings.findByEnrolmentIdAndResolvedAtIsNull(e.getId()).stream()
                .anyMatch(w -> w.getKind() == WarningKind.LAPSE));
        v.answered(counts, lapseOpen);
        return new RecordedVisit(v.getId(), lateReason != null, counts, lapseOpen);
    }

    /**
     * The answer the visit with this client id got when it first arrived, if it did: a phone that
     * replays its offline queue (the answer lost, or two tabs at once) gets the same visit back, not
     * a second one. A client id used by someone else or for another person is a 409.
     */
    @Transactional(readOnly = true)
    public Optional<RecordedVisit> visitSentBefore(String no, String clientId, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        return visits.findByClientId(clientId).map(v -> {
            if (!v.getEnrolmentId().equals(e.getId()) || !v.getRecordedBy().equals(user.username())) {
                throw new ConflictException("该走访编号已用于另一条走访记录，请重新登记。");
            }
            return new RecordedVisit(v.getId(), v.getLateEntryReason() != null, v.countedForSchedule(),
                    v.lapseOpenAfter());
        });
    }

    /**
     * What a recorded visit did: a late entry (补录)? did it count for the schedule (not before the
     * last visit)? is a lapse warning still open after it (so the visitor can be told)?
     */
    public record RecordedVisit(long visitId, boolean lateEntry, boolean countsForSchedule, boolean lapseWarningOpen) {}

    /**
     * Ends the open warnings a visit answers (called only for a visit not before the last one, after
     * the schedule has moved): a major-risk warning always, a lapse warning only if the person is
     * no longer overdue. Returns whether a lapse warning stays open; it stays the open warning, so
     * the daily sweep does not raise a second one for the same lapse.
     */
    private boolean resolveWarnings(CareEnrolment e, Long visitId, LocalDate today) {
        boolean current = e.getNextDueOn() == null || !today.isAfter(e.getNextDueOn());
        Long kept = null;
        for (Warning w : warnings.lockOpenByEnrolment(e.getId())) {
            if (w.getKind() == WarningKind.LAPSE && !current) {
                kept = w.getId();
                continue;
            }
            w.resolve(clock.instant(), visitId);
            event(e, SYSTEM, "WARNING_RESOLVED", w.getKind().label() + "已解除（已记录走访）");
            endWarningProcess(e, w.getId());
        }
        e.setOpenWarningId(kept);
        return kept != null;
    }

    /** Ends one warning's process (tasks, timers) — not the person's other warning, if any. */
    private void endWarningProcess(CareEnrolment e, long warningId) {
        // The warning row is locked (lockOpenByEnrolment): a start batch has committed its process,
        // which this reaches, or will skip the resolved warning.
        runtime.createMessageCorrelation(MESSAGE_VISIT_RECORDED).processInstanceBusinessKey(e.getEnrolmentNo())
                .processInstanceVariableEquals(VAR_WARNING_ID, warningId).correlateAll();
    }

    /**
     * Raises one warning (a major risk found on a visit): the row, the event and the mail now, the
     * process by a start batch job, as the daily sweep does, so a failing start cannot undo the visit.
     */
    Warning raiseWarning(CareEnrolment e, WarningKind kind, LocalDate today, Integer gapDays) {
        Warning w = warnings.saveAndFlush(new Warning(e.getId(), kind, today, clock.instant(), gapDays));
        e.setOpenWarningId(w.getId());
        event(e, SYSTEM, "WARNING", warningDetail(kind, gapDays));
        if (e.getResponsibleUsername() != null) {
            User u = identity.createUserQuery().userId(e.getResponsibleUsername()).singleResult();
            if (u != null && u.getEmail() != null && !u.getEmail().isBlank()) {
                notifications.enqueue("care-warning:" + w.getId() + ":1", u.getEmail(),
                        warningSubject(kind, personName(e), villageName(e)),
                        warningBody(kind, gapDays, personName(e), e.getEnrolmentNo()));
            }
        }
        startWarningBatches(List.of(w.getId()));
        return w;
    }

    private static String warningDetail(WarningKind kind, Integer gapDays) {
        return kind.label() + (gapDays == null ? "" : "：距上次走访已 " + gapDays + " 天");
    }

    private static String warningSubject(WarningKind kind, String person, String village) {
        return "【" + kind.label() + "】" + person + "（" + village + "）";
    }

    private static String warningBody(WarningKind kind, Integer gapDays, String person, String enrolmentNo) {
        return "您负责的关爱对象 " + person + "（" + enrolmentNo + "）"
                + (gapDays == null ? "走访发现重大风险" : "已 " + gapDays + " 天未走访") + "，请尽快走访并在系统中记录。";
    }

    /** One careWarningStart instance per batch of warning ids (ascending); its job starts their processes. */
    private void startWarningBatches(List<Long> warningIds) {
        List<Long> ids = warningIds.stream().sorted().toList();
        for (int from = 0; from < ids.size(); from += policy.warningStartBatch()) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + policy.warningStartBatch()));
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_FROM_WARNING_ID, batch.get(0));
            vars.put(VAR_TO_WARNING_ID, batch.get(batch.size() - 1));
            runtime.startProcessInstanceByKey(WARNING_START, vars);
        }
    }

    /**
     * The start batch job: the warning process of every warning in the range that has none yet and
     * is still open. The rows are locked, so a visit resolving one of them waits for this batch (and
     * then reaches its process) or, first, makes the batch skip it; a batch redone after a crash
     * starts only what the lost attempt did not commit.
     */
    @Transactional
    public int startWarningProcesses(long fromId, long toId) {
        List<Warning> pending = warnings.lockUnstarted(fromId, toId);
        Map<Long, CareEnrolment> byId = enrolments.findAllById(pending.stream().map(Warning::getEnrolmentId).toList())
                .stream().collect(Collectors.toMap(CareEnrolment::getId, Function.identity()));
        for (Warning w : pending) {
            CareEnrolment e = byId.get(w.getEnrolmentId());
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_WARNING_ID, w.getId());
            vars.put(VAR_RESPONSIBLE, e.getResponsibleUsername());
            vars.put(VAR_VILLAGE_GROUP, WorkGroups.of(Role.VILLAGE_OFFICER, e.getVillageCode()));
            vars.put(VAR_STREET_GROUP, WorkGroups.of(Role.STREET_CLERK, e.getStreetCode()));
            vars.put(VAR_DISTRICT_GROUP, WorkGroups.of(Role.DISTRICT_MANAGER, e.getDistrictCode()));
            vars.put(VAR_ESCALATE_AFTER, policy.escalateAfter().toString());
            runtime.createProcessInstanceByKey(WARNING).businessKey(e.getEnrolmentNo()).setVariables(vars).execute();
            w.markProcessStarted(clock.instant());
        }
        return pending.size();
    }

    /** The escalation step of the warning process: one level up, with a mail to that office. */
    @Transactional
    public void escalate(long warningId) {
        Warning w = warnings.findById(warningId).orElseThrow(() -> new NotFoundException("预警不存在。"));
        if (w.getResolvedAt() != null) {
            return;
        }
        CareEnrolment e = enrolments.findById(w.getEnrolmentId()).orElseThrow();
        w.escalate(clock.instant());
        String group = w.getStage() == 2 ? WorkGroups.of(Role.STREET_CLERK, e.getStreetCode())
                : WorkGroups.of(Role.DISTRICT_MANAGER, e.getDistrictCode());
        event(e, SYSTEM, "ESCALATED", w.getKind().label() + "未解除，已升级至" + (w.getStage() == 2 ? "街道（镇）" : "区民政局"));
        notifications.notifyGroup(group, "care-warning:" + w.getId() + ":" + w.getStage(),
                "【预警升级】" + personName(e) + "（" + villageName(e) + "）" + w.getKind().label() + "未解除",
                "关爱对象 " + e.getEnrolmentNo() + " 的" + w.getKind().label() + "自 " + w.getRaisedOn()
                        + " 起仍未解除，帮扶责任人：" + Optional.ofNullable(e.getResponsibleName()).orElse("未指定")
                        + "。请督办。");
    }

    @Transactional
    public void recordSupervision(String no, String note, String actor) {
        CareEnrolment e = get(no);
        event(e, actor, "SUPERVISED", "督办：" + note);
    }

    /** What one chunk of the daily sweep did; {@code more}: the chunk was full, another may follow. */
    public record SweepChunk(int raised, boolean more) {}

    /**
     * The whole daily sweep in the caller's transaction (tests, benchmarks): chunks until none is full.
     * The daily process runs {@link #sweepLapseChunk} once per job instead.
     */
    @Transactional
    public int sweepLapses(LocalDate today) {
        int raised = 0;
        SweepChunk chunk;
        do {
            chunk = sweepLapseChunk(today);
            raised += chunk.raised();
        } while (chunk.more());
        return raised;
    }

    /**
     * One chunk of the daily sweep (issue #17): up to app.care.sweep-chunk people whose gap passed
     * the limit and who have no open warning, locked and warned set-based — warning rows, the
     * enrolments' open warning, timeline events and mails as batched statements, a handful of
     * lookups for the whole chunk — and their processes left to start batch jobs.
     */
    @Transactional
    public SweepChunk sweepLapseChunk(LocalDate today) {
        enrolments.flush(); // the statements below bypass the persistence context
        List<Lapse> lapses = lapseStatements.lockNewLapses(today, policy.sweepChunk());
        if (lapses.isEmpty()) {
            return new SweepChunk(0, false);
        }
        Instant now = clock.instant();
        List<Integer> gaps = lapses.stream().map(l -> (int) CarePolicy.gapDays(l.scheduleBase(), today)).toList();
        List<Long> ids = lapseStatements.insertWarnings(lapses, WarningKind.LAPSE, today, now, gaps);
        lapseStatements.setOpenWarnings(lapses, ids);
        lapseStatements.insertEvents(lapses.stream().map(Lapse::enrolmentId).toList(), now, SYSTEM, "WARNING",
                gaps.stream().map(g -> warningDetail(WarningKind.LAPSE, g)).toList());
        queueLapseMails(lapses, ids, gaps);
        startWarningBatches(ids);
        return new SweepChunk(lapses.size(), lapses.size() == policy.sweepChunk());
    }

    /** The responsible person's mail for each lapse, with three lookups for the whole chunk. */
    private void queueLapseMails(List<Lapse> lapses, List<Long> warningIds, List<Integer> gaps) {
        String[] usernames = lapses.stream().map(Lapse::responsible).filter(u -> u != null).distinct()
                .toArray(String[]::new);
        if (usernames.length == 0) {
            return;
        }
        Map<String, String> mailOf = new HashMap<>();
        for (User u : identity.createUserQuery().userIdIn(usernames).list()) {
            if (u.getEmail() != null && !u.getEmail().isBlank()) {
                mailOf.put(u.getId(), u.getEmail());
            }
        }
        Map<Long, Person> persons = people.getAll(lapses.stream().map(Lapse::personId).distinct().toList());
        Map<String, OrgUnit> villages = orgs.getAll(lapses.stream().map(Lapse::villageCode).distinct().toList());
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < lapses.size(); i++) {
            Lapse l = lapses.get(i);
            String mail = l.responsible() == null ? null : mailOf.get(l.responsible());
            if (mail != null) {
                String person = persons.get(l.personId()).getName();
                notices.add(new Notice("care-warning:" + warningIds.get(i) + ":1", mail,
                        warningSubject(WarningKind.LAPSE, person, villages.get(l.villageCode()).getName()),
                        warningBody(WarningKind.LAPSE, gaps.get(i), person, l.enrolmentNo())));
            }
        }
        notifications.enqueueAll(notices);
    }

    // ---- schedule and emergencies ----------------------------------------------------------

    private void reschedule(CareEnrolment e) {
        reschedule(e, emergencies.findActiveOn(today()));
    }

    private void reschedule(CareEnrolment e, List<Emergency> active) {
        if (e.getStatus() != EnrolmentStatus.ACTIVE || e.getLevel() == null || e.getLevel() == 0) {
            e.schedule(null, false);
            return;
        }
        Integer emergencyInterval = active.stream().filter(x -> OrgService.covers(x.getOrgCode(), e.getVillageCode()))
                .map(Emergency::getIntervalDays).min(Comparator.naturalOrder()).orElse(null);
        e.schedule(policy.schedule(e.scheduleBase(), e.getLevel(), emergencyInterval), emergencyInterval != null);
    }

    public record EmergencyCommand(String orgCode, String reason, LocalDate startsOn, LocalDate endsOn,
            Integer intervalDays) {}

    @Transactional
    public long declareEmergency(EmergencyCommand cmd, CurrentUser user) {
        OrgUnit org = orgs.find(cmd.orgCode()).filter(o -> OrgService.covers(user.orgCode(), o.getCode()))
                .orElseThrow(() -> new NotFoundException("地区不存在或不在您的管辖范围内。"));
        if (org.getLevel() != OrgLevel.DISTRICT && org.getLevel() != OrgLevel.STREET
                && org.getLevel() != OrgLevel.VILLAGE) {
            throw new FieldValidationException("应急走访只能针对地区。", List.of(new FieldError("orgCode", "请选择区、街道（镇）或村（社区）。")));
        }
        // Declared for now: at most a month back (late declaration) and a year ahead (forecast disaster).
        if (cmd.startsOn().isBefore(today().minusDays(31)) || cmd.startsOn().isAfter(today().plusYears(1))) {
            throw new FieldValidationException("开始日期无效。",
                    List.of(new FieldError("startsOn", "开始日期不能早于一个月前，也不能晚于一年后。")));
        }
        if (cmd.endsOn() != null && cmd.endsOn().isAfter(cmd.startsOn().plusYears(1))) {
            throw new FieldValidationException("结束日期无效。", List.of(new FieldError("endsOn", "紧急状态最长一年。")));
        }
        if (cmd.endsOn() != null && cmd.endsOn().isBefore(cmd.startsOn())) {
            throw new FieldValidationException("结束日期早于开始日期。", List.of(new FieldError("endsOn", "结束日期不能早于开始日期。")));
        }
        int interval = cmd.intervalDays() != null ? cmd.intervalDays() : policy.emergencyIntervalDays();
        Emergency em = emergencies.saveAndFlush(new Emergency(org.getCode(), cmd.reason().strip(), cmd.startsOn(),
                cmd.endsOn(), interval, policy.emergencyWarnAfterDays(), user.username(), clock.instant()));
        applyEmergencies(today());
        return em.getId();
    }

    @Transactional
    public void liftEmergency(long id, CurrentUser user) {
        Emergency em = emergencies.findById(id).filter(x -> OrgService.covers(user.orgCode(), x.getOrgCode()))
                .orElseThrow(() -> new NotFoundException("应急走访不存在或不在您的管辖范围内。"));
        if (em.getLiftedAt() != null) {
            throw new ConflictException("该应急走访已解除。");
        }
        em.lift(user.username(), clock.instant());
        applyEmergencies(today());
    }

    /**
     * Brings schedules in line with the emergencies active today: people in an emergency area get
     * the daily interval, people whose emergency ended go back to their level's policy.
     */
    @Transactional
    public int applyEmergencies(LocalDate today) {
        List<Emergency> active = emergencies.findActiveOn(today);
        Map<Long, CareEnrolment> affected = new HashMap<>();
        enrolments.findInEmergency().forEach(e -> affected.put(e.getId(), e));
        for (Emergency em : active) {
            enrolments.findForEmergencyCheck(em.getOrgCode() + "%").forEach(e -> affected.put(e.getId(), e));
        }
        int changed = 0;
        for (CareEnrolment e : affected.values()) {
            LocalDate due = e.getNextDueOn();
            boolean was = e.isInEmergency();
            reschedule(e, active);
            if (was != e.isInEmergency() || (due != null && !due.equals(e.getNextDueOn()))) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public List<Emergency> emergencies(CurrentUser user) {
        return emergencies.findAllByOrderByDeclaredAtDesc().stream()
                .filter(x -> OrgService.covers(user.orgCode(), x.getOrgCode())
                        || OrgService.covers(x.getOrgCode(), user.orgCode()))
                .toList();
    }

    // ---- plans and problems ----------------------------------------------------------------

    @Transactional
    public void savePlan(String no, String householdPlan, String personMeasures, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.plan(blankToNull(householdPlan), blankToNull(personMeasures));
        event(e, user.username(), "PLAN", "更新“一户一策、一人一措”");
    }

    /**
     * A problem found on a visit goes to the township department as a department referral (source
     * CARE_PROBLEM, the problem id as its reference); the department's answer comes back through
     * {@link #departmentAnswered}. The due day shown is 15 working days from today; the department's own
     * deadline runs from its acceptance.
     */
    @Transactional
    public Problem referProblem(String no, Department department, String description, Long visitId, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.requireNotEnded();
        if (visitId != null && visits.findById(visitId).filter(v -> v.getEnrolmentId().equals(e.getId())).isEmpty()) {
            throw new FieldValidationException("走访记录不存在。", List.of(new FieldError("visitId", "走访记录不属于该关爱对象。")));
        }
        // DOMAIN §6: departments report the resolution within 15 working days (recomputed on import).
        LocalDate due = calendar.plusWorkingDays(today(), CareProblemDeadlines.WORKING_DAYS);
        Problem p = problems.saveAndFlush(new Problem(e.getId(), visitId, department, description.strip(), due,
                clock.instant(), user.username()));
        publisher.publishEvent(new DepartmentReferralRequested(e.getPersonId(), e.getVillageCode(),
                DepartmentKind.valueOf(department.name()), p.getDescription(), ReferralSource.CARE_PROBLEM,
                String.valueOf(p.getId()), user.username()));
        departments.referralNo(ReferralSource.CARE_PROBLEM, String.valueOf(p.getId())).ifPresent(p::referred);
        event(e, user.username(), "PROBLEM", "转办" + department.label()
                + (p.getReferralNo() == null ? "" : "（" + p.getReferralNo() + "）") + "：" + p.getDescription());
        return p;
    }

    /** The problem a department referral names, if care holds it (the reference is care's problem id). */
    private Optional<Problem> problemOf(String sourceRef) {
        if (sourceRef == null || !sourceRef.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return problems.findById(Long.parseLong(sourceRef));
    }

    /** The department's answer to a problem (its referral closed), on the problem and the person's timeline. */
    @EventListener
    @Transactional
    public void departmentAnswered(DepartmentReferralClosed closed) {
        if (closed.source() != ReferralSource.CARE_PROBLEM) {
            return;
        }
        // An answer for a problem care does not hold changes nothing here: throwing would undo the
        // department's own answer in its transaction.
        Problem p = problemOf(closed.sourceRef()).orElse(null);
        if (p == null) {
            log.warn("Department referral {} answered care problem '{}', which care does not hold; nothing changed",
                    closed.referralNo(), closed.sourceRef());
            return;
        }
        if (!"OPEN".equals(p.getStatus())) {
            return;
        }
        String status = switch (closed.outcome()) {
            case RESOLVED -> "RESOLVED";
            case NOT_RESOLVED -> "UNRESOLVED";
            case RETURNED -> "RETURNED";
        };
        String summary = closed.summary() == null ? "" : closed.summary();
        p.answered(status, summary, clock.instant());
        String what = switch (closed.outcome()) {
            case RESOLVED -> "已办结";
            case NOT_RESOLVED -> "已办理，未能解决";
            case RETURNED -> "退回（非本部门职责）";
        };
        event(enrolments.findById(p.getEnrolmentId()).orElseThrow(), SYSTEM, "PROBLEM_ANSWERED",
                p.getDepartment().label() + what + "（" + closed.referralNo() + "）：" + summary);
    }

    /** care-problem.bpmn's street-clerk step, kept only for instances started before V27 (see README). */
    @Transactional
    public void resolveProblem(long problemId, String resolution, String actor) {
        Problem p = problems.findById(problemId).orElseThrow(() -> new NotFoundException("转办问题不存在。"));
        if (!"OPEN".equals(p.getStatus())) {
            throw new ConflictException("该问题已办结。");
        }
        p.resolve(resolution.strip(), actor, clock.instant());
        event(enrolments.findById(p.getEnrolmentId()).orElseThrow(), actor, "PROBLEM_RESOLVED",
                p.getDepartment().label() + "已办结：" + p.getResolution());
    }

    @Transactional
    public void problemOverdue(long problemId) {
        Problem p = problems.findById(problemId).orElseThrow(() -> new NotFoundException("转办问题不存在。"));
        CareEnrolment e = enrolments.findById(p.getEnrolmentId()).orElseThrow();
        notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, e.getDistrictCode()),
                "care-problem-overdue:" + p.getId(),
                "【转办超期】" + p.getDepartment().label() + "未按期反馈",
                "关爱对象 " + e.getEnrolmentNo() + "（" + villageName(e) + "）转办" + p.getDepartment().label() + "的问题应于 "
                        + p.getDueOn() + " 前反馈，至今未办结：" + p.getDescription());
        event(e, SYSTEM, "PROBLEM_OVERDUE", "转办" + p.getDepartment().label() + "超期未反馈，已通知区民政局");
    }

    // ---- exit in three levels (seed 003: village evaluates → township reviews → county approves) ----

    /** Asks to end the person's monitoring; the village evaluates first. One request at a time (409). */
    @Transactional
    public CareExit requestExit(String no, String reason, CurrentUser user) {
        CareEnrolment e = getVisible(no, user);
        e.requireNotEnded();
        CareExit x;
        try {
            x = exits.saveAndFlush(new CareExit(e.getId(), reason.strip(), user.username(), clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException running) {
            throw new ConflictException("该对象已有退出申请在办理中。");
        }
        event(e, user.username(), "EXIT_REQUESTED", "申请退出关爱帮扶：" + x.getReason());
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_EXIT_ID, x.getId());
        vars.put(VAR_VILLAGE_CODE, e.getVillageCode());
        vars.put(VAR_STREET_CODE, e.getStreetCode());
        vars.put(VAR_DISTRICT_CODE, e.getDistrictCode());
        runtime.createProcessInstanceByKey(EXIT).businessKey(e.getEnrolmentNo()).setVariables(vars).execute();
        return x;
    }

    /**
     * One level's decision on an exit ({@code taskKey}: evaluateExit, reviewExit or approveExit). BACK needs a
     * reason. The county's AGREE ends the enrolment: no schedule, no responsible person, open warnings closed.
     */
    @Transactional
    public void decideExit(long exitId, String taskKey, ExitDecision decision, String comment, String actor) {
        CareExit x = exits.findById(exitId).orElseThrow(() -> new NotFoundException("退出申请不存在。"));
        CareEnrolment e = enrolments.findById(x.getEnrolmentId()).orElseThrow();
        String note = blankToNull(comment);
        if (decision == ExitDecision.BACK && note == null) {
            throw new FieldValidationException("退回须说明理由。", List.of(new FieldError("comment", "请填写退回理由。")));
        }
        Instant now = clock.instant();
        String suffix = note == null ? "" : "：" + note;
        switch (taskKey) {
            case TASK_EVALUATE_EXIT -> {
                if (decision == ExitDecision.AGREE) {
                    x.move(CareExit.EVALUATING, CareExit.REVIEWING, now);
                    event(e, actor, "EXIT_EVALUATED", "村（社区）评估同意退出" + suffix);
                } else {
                    x.move(CareExit.EVALUATING, CareExit.WITHDRAWN, now);
                    event(e, actor, "EXIT_WITHDRAWN", "村（社区）评估不同意退出，申请结束" + suffix);
                }
            }
            case TASK_REVIEW_EXIT -> {
                x.move(CareExit.REVIEWING, decision == ExitDecision.AGREE ? CareExit.APPROVING : CareExit.EVALUATING, now);
                event(e, actor, decision == ExitDecision.AGREE ? "EXIT_REVIEWED" : "EXIT_SENT_BACK",
                        (decision == ExitDecision.AGREE ? "乡镇（街道）审核同意退出" : "乡镇（街道）退回村（社区）重新评估") + suffix);
            }
            case TASK_APPROVE_EXIT -> {
                if (decision == ExitDecision.AGREE) {
                    x.move(CareExit.APPROVING, CareExit.APPROVED, now);
                    endEnrolment(e, actor);
                    event(e, actor, "EXIT_APPROVED", "区（县）审定同意退出，关爱帮扶结束" + suffix);
                } else {
                    x.move(CareExit.APPROVING, CareExit.REVIEWING, now);
                    event(e, actor, "EXIT_SENT_BACK", "区（县）退回乡镇（街道）重新审核" + suffix);
                }
            }
            default -> throw new ConflictException("该任务不是退出审批任务。");
        }
    }

    private void endEnrolment(CareEnrolment e, String actor) {
        for (Warning w : warnings.lockOpenByEnrolment(e.getId())) {
            w.resolve(clock.instant(), null);
            endWarningProcess(e, w.getId());
        }
        for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(e.getEnrolmentNo())
                .processDefinitionKey(GRADING).list()) {
            runtime.deleteProcessInstance(pi.getId(), "退出关爱帮扶");
        }
        endAssignments(e);
        e.assign(null, null);
        e.end(today());
    }

    /** The number of the person's active enrolment, if any (for the demo loader and other modules). */
    @Transactional(readOnly = true)
    public Optional<String> activeEnrolmentNo(long personId) {
        return enrolments.findByActivePersonId(personId).map(CareEnrolment::getEnrolmentNo);
    }

    @Transactional(readOnly = true)
    public Optional<CareExit> latestExit(long enrolmentId) {
        return exits.findFirstByEnrolmentIdOrderByIdDesc(enrolmentId);
    }

    // ---- lookups ---------------------------------------------------------------------------

    CareEnrolment get(String no) {
        return enrolments.findByEnrolmentNo(no).orElseThrow(() -> new NotFoundException("关爱对象不存在：" + no));
    }

    /**
     * The enrolment if the user's node covers its village — for a care cadre, only if the cadre is
     * the person's responsible; otherwise 404, as if it did not exist. Reads and writes use this one rule.
     */
    CareEnrolment getVisible(String no, CurrentUser user) {
        CareEnrolment e = enrolments.findByEnrolmentNo(no).orElse(null);
        if (e == null || !OrgService.covers(user.orgCode(), e.getVillageCode())
                || (onlyOwnPeople(user) && !user.username().equals(e.getResponsibleUsername()))) {
            throw new NotFoundException("关爱对象不存在或不在您的管辖范围内。");
        }
        return e;
    }

    /** A care cadre (and nobody else among the care roles) sees only the people assigned to them. */
    static boolean onlyOwnPeople(CurrentUser user) {
        return user.hasRole(Role.CARE_CADRE)
                && !user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK, Role.DISTRICT_MANAGER, Role.ADMIN);
    }

    OrgUnit requireVillageInScope(String villageCode, CurrentUser user) {
        OrgUnit village = orgs.find(villageCode).filter(o -> o.getLevel() == OrgLevel.VILLAGE)
                .orElseThrow(() -> new FieldValidationException("村（社区）不存在。",
                        List.of(new FieldError("villageCode", "请选择有效的村（社区）。"))));
        if (!OrgService.covers(user.orgCode(), village.getCode())) {
            throw new cn.civilaffairs.assist.common.ForbiddenException("该村（社区）不在您的管辖范围内。");
        }
        return village;
    }

    void event(CareEnrolment e, String actor, String type, String detail) {
        events.save(new Event(e.getId(), clock.instant(), actor, type, detail));
    }

    String personName(CareEnrolment e) {
        return people.get(e.getPersonId()).getName();
    }

    String villageName(CareEnrolment e) {
        return orgs.get(e.getVillageCode()).getName();
    }

    static String displayName(User u) {
        String name = UserNames.of(u);
        return name.isEmpty() ? u.getId() : name;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
