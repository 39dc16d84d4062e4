package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.care.internal.CareAssignments;
import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.care.internal.CareEnrolments;
import cn.civilaffairs.assist.care.internal.CareEvents;
import cn.civilaffairs.assist.care.internal.CareProblems;
import cn.civilaffairs.assist.care.internal.CareVisits;
import cn.civilaffairs.assist.care.internal.CareWarnings;
import cn.civilaffairs.assist.care.internal.Event;
import cn.civilaffairs.assist.care.internal.Visit;
import cn.civilaffairs.assist.care.internal.Warning;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of care monitoring: roster, person view, emergencies; always within the user's subtree. */
@Service
@Transactional(readOnly = true)
class CareQueryService implements TaskSubjectResolver {
    private final CareEnrolments enrolments;
    private final CareVisits visits;
    private final CareWarnings warnings;
    private final CareAssignments assignments;
    private final CareProblems problems;
    private final CareEvents events;
    private final CareService care;
    private final PersonService people;
    private final OrgService orgs;
    private final CarePolicy policy;
    private final Clock clock;
    private final AccessLog accessLog;
    private final ActorNames actorNames;

    CareQueryService(CareEnrolments enrolments, CareVisits visits, CareWarnings warnings, CareAssignments assignments,
            CareProblems problems, CareEvents events, CareService care, PersonService people, OrgService orgs,
            CarePolicy policy, Clock clock, AccessLog accessLog, ActorNames actorNames) {
        this.actorNames = actorNames;
        this.enrolments = enrolments;
        this.visits = visits;
        this.warnings = warnings;
        this.assignments = assignments;
        this.problems = problems;
        this.events = events;
        this.care = care;
        this.people = people;
        this.orgs = orgs;
        this.policy = policy;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    record RosterFilter(String villageCode, Integer level, EnrolmentStatus status, VisitStatus visitStatus,
            boolean mine, String text) {}

    cn.civilaffairs.assist.common.Page<RosterRow> roster(CurrentUser user, RosterFilter f, int page, int size) {
        LocalDate today = CarePolicy.today(clock);
        String text = CareService.blankToNull(f.text());
        // Visit status maps onto the indexed next_due_on column (DONE and NOT_DUE are refined below).
        LocalDate dueBefore = null;
        LocalDate dueAfter = null;
        if (f.visitStatus() == VisitStatus.OVERDUE) {
            dueBefore = today.minusDays(1);
        } else if (f.visitStatus() == VisitStatus.DUE) {
            dueBefore = today;
            dueAfter = today.minusDays(1);
        } else if (f.visitStatus() == VisitStatus.NOT_DUE || f.visitStatus() == VisitStatus.DONE) {
            dueAfter = today;
        }
        Page<CareEnrolment> result = enrolments.search(user.orgCode() + "%", CareService.blankToNull(f.villageCode()),
                f.level(), f.status(), f.mine() || CareService.onlyOwnPeople(user) ? user.username() : null, text, namedPersonIds(text),
                dueBefore, dueAfter, PageRequest.of(page, size));
        cn.civilaffairs.assist.common.Page<RosterRow> roster = new cn.civilaffairs.assist.common.Page<>(rows(result.getContent(), today), result.getTotalElements(), page, size);
        if (text != null) {
            accessLog.recordSearch(user, AccessAction.PERSON_SEARCH, text, result.getTotalElements());
        }
        return roster;
    }

    /** Never a person id (ids start at 1): stands for "nobody" in the roster query's {@code in} list. */
    private static final List<Long> NO_PERSON = List.of(0L);

    /** The people whose name contains the searched text, asked of the person module. */
    private List<Long> namedPersonIds(String text) {
        if (text == null) {
            return NO_PERSON;
        }
        List<Long> ids = people.idsByNameContaining(text);
        return ids.isEmpty() ? NO_PERSON : ids;
    }

    List<RosterRow> rosterForExport(CurrentUser user, String villageCode) {
        LocalDate today = CarePolicy.today(clock);
        Page<CareEnrolment> result = enrolments.search(user.orgCode() + "%", CareService.blankToNull(villageCode), null,
                null, CareService.onlyOwnPeople(user) ? user.username() : null, null, NO_PERSON, null, null,
                PageRequest.of(0, 50_000));
        List<RosterRow> rows = rows(result.getContent(), today);
        // One row per exported person, so "who saw this person" finds the export too.
        accessLog.recordAll(user, AccessAction.ROSTER_EXPORT, "roster.xlsx",
                villageCode == null || villageCode.isBlank() ? user.orgCode() : villageCode,
                result.getContent().stream().map(CareEnrolment::getPersonId).toList());
        return rows;
    }

    private List<RosterRow> rows(List<CareEnrolment> list, LocalDate today) {
        Map<Long, Person> persons = people.getAll(list.stream().map(CareEnrolment::getPersonId).toList());
        Map<Long, Warning> open = new HashMap<>();
        warnings.findByIdIn(list.stream().map(CareEnrolment::getOpenWarningId).filter(Objects::nonNull).toList())
                .forEach(w -> open.put(w.getId(), w));
        Map<String, String> villageNames = new HashMap<>();
        return list.stream().map(e -> row(e, persons.get(e.getPersonId()), open.get(e.getOpenWarningId()), today,
                villageNames.computeIfAbsent(e.getVillageCode(), c -> orgs.find(c).map(OrgUnit::getName).orElse(c))))
                .toList();
    }

    private RosterRow row(CareEnrolment e, Person p, Warning w, LocalDate today, String villageName) {
        LocalDate base = e.scheduleBase();
        return new RosterRow(e.getEnrolmentNo(), p.getName(), Masking.idNumber(p.getIdNumber().value()),
                Period.between(p.getBirthDate(), today).getYears(), e.getVillageCode(), villageName, e.getGroup(),
                e.getLevel(), e.getStatus(), e.getResponsibleUsername(), e.getResponsibleName(), e.getLastVisitOn(),
                e.getNextDueOn(), base == null || e.getNextDueOn() == null ? null : CarePolicy.gapDays(base, today),
                CarePolicy.visitStatus(e.getLastVisitOn(), e.getNextDueOn(), today), e.isInEmergency(),
                w == null ? null : new WarningBadge(w.getKind(), w.getStage(), w.getRaisedOn()),
                e.getLastVisitLateReason() != null, e.getLastVisitLateReason());
    }

    EnrolmentView view(CurrentUser user, String no) {
        CareEnrolment e = care.getVisible(no, user);
        LocalDate today = CarePolicy.today(clock);
        Person p = people.get(e.getPersonId());
        Warning open = e.getOpenWarningId() == null ? null : warnings.findById(e.getOpenWarningId()).orElse(null);
        String villageName = orgs.get(e.getVillageCode()).getName();
        EnrolmentView view = new EnrolmentView(row(e, p, open, today, villageName), e.facts(), e.getNote(),
                e.getProposedLevel(), e.getLevelReason(), e.getGradedOn(), e.isGradingPending(), Masking.phone(p.getPhone()),
                Masking.address(villageName),
                e.getHouseholdPlan(), e.getPersonMeasures(),
                visits.findByEnrolmentIdOrderByVisitedAtDesc(e.getId()).stream().map(v -> new VisitView(v.getId(),
                        v.getVisitedAt(), v.getMode(), v.getMet(), v.getFindings(), v.getRisk(),
                        v.getPhotoKey() != null, v.getRecordedBy(), v.getRecordedAt(),
                        v.getLateEntryReason() != null, v.getLateEntryReason())).toList(),
                warnings.findByEnrolmentIdOrderByRaisedAtDesc(e.getId()).stream().map(w -> new WarningView(w.getId(),
                        w.getKind(), w.getStage(), w.getRaisedOn(), w.getGapDays(), w.getResolvedAt())).toList(),
                assignments.findByEnrolmentIdOrderByAssignedAtDesc(e.getId()).stream().map(a -> new AssignmentView(
                        a.getUsername(), a.getName(), a.getLevel(), a.getAssignedAt(), a.getAssignedBy(), a.getReason(),
                        a.getEndedAt())).toList(),
                problems.findByEnrolmentIdOrderByCreatedAtDesc(e.getId()).stream().map(x -> new ProblemView(x.getId(),
                        x.getDepartment(), x.getDescription(), x.getDueOn(), x.getStatus(), x.getResolution(),
                        x.getReferralNo())).toList(),
                eventViews(events.findByEnrolmentIdOrderByOccurredAtDescIdDesc(e.getId())),
                care.latestExit(e.getId()).map(x -> new ExitView(x.getId(), x.getStatus(), x.getReason(),
                        actorNames.of(List.of(x.getRequestedBy())).apply(x.getRequestedBy()), x.getRequestedAt(),
                        x.getDecidedAt())).orElse(null),
                e.getEndedOn());
        accessLog.record(user, AccessAction.CARE_RECORD, no, e.getPersonId());
        return view;
    }

    private List<EventView> eventViews(List<Event> list) {
        Function<String, String> names = actorNames.of(list.stream().map(Event::getActor).toList());
        return list.stream().map(x -> new EventView(x.getOccurredAt(), x.getActor(), names.apply(x.getActor()),
                x.getType(), x.getDetail())).toList();
    }

    Visit visitWithPhoto(CurrentUser user, long visitId) {
        Visit v = visits.findById(visitId).orElseThrow(() -> new NotFoundException("走访记录不存在。"));
        CareEnrolment e = enrolments.findById(v.getEnrolmentId()).orElseThrow();
        care.getVisible(e.getEnrolmentNo(), user);
        if (v.getPhotoKey() == null) {
            throw new NotFoundException("该走访没有照片。");
        }
        accessLog.record(user, AccessAction.CARE_VISIT_PHOTO, e.getEnrolmentNo() + "/visits/" + visitId, e.getPersonId());
        return v;
    }

    List<EmergencyView> emergencies(CurrentUser user) {
        LocalDate today = CarePolicy.today(clock);
        return care.emergencies(user).stream().map(x -> new EmergencyView(x.getId(), x.getOrgCode(),
                orgs.find(x.getOrgCode()).map(OrgUnit::getName).orElse(x.getOrgCode()), x.getReason(),
                x.getStartsOn(), x.getEndsOn(),
                x.getIntervalDays(), x.activeOn(today), x.getDeclaredBy(), x.getLiftedAt())).toList();
    }

    PolicyView policy() {
        return new PolicyView(List.of(
                new LevelPolicyView(3, policy.level(3).intervalDays(), policy.level(3).warnAfterDays(), "TOWNSHIP_CADRE"),
                new LevelPolicyView(2, policy.level(2).intervalDays(), policy.level(2).warnAfterDays(), "VILLAGE_GROUP_CADRE"),
                new LevelPolicyView(1, policy.level(1).intervalDays(), policy.level(1).warnAfterDays(), "VILLAGE_CADRE")),
                policy.emergencyIntervalDays(), policy.emergencyWarnAfterDays(), policy.escalateAfter().toDays(),
                policy.lateEntryDays());
    }

    /** Inbox subjects for care tasks (business key = enrolment number). */
    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> result = new HashMap<>();
        for (String key : businessKeys) {
            if (key == null || !key.startsWith("GA")) {
                continue;
            }
            enrolments.findByEnrolmentNo(key).ifPresent(e -> {
                Person p = people.get(e.getPersonId());
                result.put(key, new TaskSubject(p.getName(), e.getVillageCode(),
                        orgs.find(e.getVillageCode()).map(OrgUnit::getName).orElse(e.getVillageCode())));
            });
        }
        return result;
    }
}
