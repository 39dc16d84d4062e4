package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.onedoor.OneDoorProcesses.*;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.caseflow.VisibleCase;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentReferralClosed;
import cn.civilaffairs.assist.department.DepartmentReferralRequested;
import cn.civilaffairs.assist.department.ReferralSource;
import cn.civilaffairs.assist.onedoor.internal.Intake;
import cn.civilaffairs.assist.onedoor.internal.IntakeRepository;
import cn.civilaffairs.assist.onedoor.internal.Need;
import cn.civilaffairs.assist.onedoor.internal.NeedRepository;
import cn.civilaffairs.assist.onedoor.internal.Route;
import cn.civilaffairs.assist.onedoor.internal.RouteRepository;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.tempaid.AidEventType;
import cn.civilaffairs.assist.tempaid.TemporaryAidClosed;
import cn.civilaffairs.assist.tempaid.TemporaryAidRequested;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One door: takes an intake in and starts its process (business key = intake number) in the same transaction;
 * records the rules' proposals, the street office's confirmation, raises each route, and hears the outcomes —
 * the department's and temporary assistance's Closed events, the district's 低保/特困 decision.
 */
@Service
public class IntakeService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Needs whose facts are an event on a day (the day is required). */
    static final Set<NeedType> DATED = Set.of(NeedType.NATURAL_DISASTER, NeedType.ACCIDENT, NeedType.NECESSARY_EXPENSE);

    private final IntakeRepository intakes;
    private final NeedRepository needs;
    private final RouteRepository routes;
    private final PersonService people;
    private final OrgService orgs;
    private final CaseService cases;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(IntakeRepository intakes, NeedRepository needs, RouteRepository routes, PersonService people,
            OrgService orgs, CaseService cases, Sequences sequences, RuntimeService runtime,
            ApplicationEventPublisher events, Clock clock) {
        this.intakes = intakes;
        this.needs = needs;
        this.routes = routes;
        this.people = people;
        this.orgs = orgs;
        this.cases = cases;
        this.sequences = sequences;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    public record NewPerson(String idNumber, String name, String phone, String address, String villageCode) {}

    public record NeedCommand(NeedType type, String description, LocalDate eventOn, BigDecimal amount,
            boolean livingAtRisk) {}

    /** Exactly one of personId, newPerson and fromCaseNo names the resident (a lead's case names its person). */
    public record IntakeCommand(Long personId, NewPerson newPerson, String fromCaseNo, List<NeedCommand> needs,
            String note) {}

    public record RouteChoice(long needId, RouteType type, DepartmentKind departmentKind) {}

    /** Whether any intake exists (the demo loads once). */
    @Transactional(readOnly = true)
    public boolean anyIntake() {
        return intakes.count() > 0;
    }

    /** Today in Beijing, by the app's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI);
    }

    /** The routes of an intake as the street office would confirm them unchanged (for the demo and tests). */
    @Transactional(readOnly = true)
    public List<RouteChoice> proposedRoutes(String intakeNo) {
        return routes.findByIntakeIdOrderById(intake(intakeNo).getId()).stream()
                .filter(r -> r.getStatus() == RouteStatus.PROPOSED)
                .map(r -> new RouteChoice(r.getNeedId(), r.getType(), r.getDepartmentKind())).toList();
    }

    /** Takes the intake in, evaluates the routing rules per need (the process's first step) and returns the number. */
    @Transactional
    public String create(IntakeCommand cmd, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        for (int i = 0; i < cmd.needs().size(); i++) {
            NeedCommand n = cmd.needs().get(i);
            if (DATED.contains(n.type()) && n.eventOn() == null) {
                errors.add(new FieldError("needs[" + i + "].eventOn", "请填写发生日期。"));
            }
            if (n.eventOn() != null && (n.eventOn().isAfter(today) || n.eventOn().isBefore(today.minusYears(1)))) {
                errors.add(new FieldError("needs[" + i + "].eventOn", "发生日期应在一年内且不晚于今天。"));
            }
        }
        int named = (cmd.personId() != null ? 1 : 0) + (cmd.newPerson() != null ? 1 : 0)
                + (cmd.fromCaseNo() != null ? 1 : 0);
        if (named != 1) {
            errors.add(new FieldError("personId", "请选择已登记人员、登记新人员或从线索转入，三者选一。"));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("受理信息填写有误。", errors);
        }
        Person person;
        String fromCaseNo = null;
        if (cmd.fromCaseNo() != null) {
            VisibleCase c = cases.visible(cmd.fromCaseNo(), user);
            if (cases.status(c.caseNo()) != CaseStatus.CLOSED_NOT_GENUINE || c.personId() == null) {
                throw new ConflictException("只有核实为不属于服务类社会救助的线索才能转一门受理。");
            }
            if (intakes.findByFromCaseNo(c.caseNo()).isPresent()) {
                throw new ConflictException("该线索已转一门受理，不能重复转入。");
            }
            fromCaseNo = c.caseNo();
            person = people.get(c.personId());
        } else if (cmd.personId() != null) {
            person = visiblePerson(cmd.personId(), user);
        } else {
            NewPerson np = cmd.newPerson();
            OrgUnit village = orgs.find(np.villageCode()).filter(v -> OrgService.covers(user.orgCode(), v.getCode()))
                    .orElseThrow(() -> new NotFoundException("村（社区）不存在或不在您的管辖范围内。"));
            if (village.getLevel() != OrgLevel.VILLAGE) {
                throw new FieldValidationException("受理对象必须登记到村（社区）。",
                        List.of(new FieldError("newPerson.villageCode", "请选择村（社区）。")));
            }
            person = people.register(new ResidentIdNumber(np.idNumber()), np.name(), np.phone(), np.address(),
                    np.villageCode());
        }
        if (!OrgService.covers(user.orgCode(), person.getVillageCode())) {
            throw new NotFoundException("人员不存在或不在您的管辖范围内。");
        }
        intakes.findByOpenPersonId(person.getId()).ifPresent(open -> {
            throw new ConflictException("该人员已有办理中的一门受理：" + open.getIntakeNo() + "，请在其中补充。");
        });
        String month = "%1$tY%1$tm".formatted(today);
        String intakeNo = "YM%s%04d".formatted(month, sequences.next("intake-no:" + month));
        OrgUnit village = orgs.get(person.getVillageCode());
        String street = village.getParentCode();
        String district = orgs.get(street).getParentCode();
        Intake intake;
        try {
            intake = intakes.saveAndFlush(new Intake(intakeNo, person.getId(), village.getCode(), street, district,
                    fromCaseNo, blankToNull(cmd.note()), user.username(), now));
        } catch (DataIntegrityViolationException race) {
            throw new ConflictException("该人员正由他人同时受理，请刷新后查看，不能重复受理。");
        }
        for (NeedCommand n : cmd.needs()) {
            needs.save(new Need(intake.getId(), n.type(), n.description().strip(), n.eventOn(), n.amount(),
                    n.livingAtRisk()));
        }
        needs.flush();
        runtime.createProcessInstanceByKey(KEY).businessKey(intakeNo)
                .setVariable(VAR_VILLAGE_CODE, village.getCode())
                .setVariable(VAR_STREET_CODE, street)
                .setVariable(VAR_DISTRICT_CODE, district)
                .setVariable(VAR_NEED_COUNT, cmd.needs().size())
                .execute();
        return intakeNo;
    }

    Person visiblePerson(long personId, CurrentUser user) {
        Person p;
        try {
            p = people.get(personId);
        } catch (NotFoundException e) {
            throw new NotFoundException("人员不存在或不在您的管辖范围内。");
        }
        if (!OrgService.covers(user.orgCode(), p.getVillageCode())) {
            throw new NotFoundException("人员不存在或不在您的管辖范围内。");
        }
        return p;
    }

    // --- the routing rules (multi-instance business-rule task: one evaluation per need, in id order)

    /** The need the rules evaluate in round {@code index} of the intake. */
    @Transactional(readOnly = true)
    public NeedFacts needAt(String intakeNo, int index) {
        Need n = needs.findByIntakeIdOrderById(intake(intakeNo).getId()).get(index);
        return new NeedFacts(n.getId(), n.getType(), n.isLivingAtRisk());
    }

    public record NeedFacts(long needId, NeedType type, boolean livingAtRisk) {}

    /** Records what the rules proposed for one need; a route the intake already has is not proposed twice. */
    @Transactional
    public void propose(String intakeNo, long needId, List<Map<String, Object>> ruleResults) {
        Intake intake = intake(intakeNo);
        List<Route> existing = routes.findByIntakeIdOrderById(intake.getId());
        for (Map<String, Object> r : ruleResults) {
            RouteType type = RouteType.valueOf((String) r.get(OUT_ROUTE));
            Object dept = r.get(OUT_DEPARTMENT);
            DepartmentKind kind = dept == null || dept.toString().isBlank() ? null : DepartmentKind.valueOf(dept.toString());
            boolean duplicate = existing.stream().anyMatch(e -> e.getType() == type
                    && Objects.equals(e.getDepartmentKind(), kind)
                    && (type != RouteType.TEMPORARY_AID || e.getNeedId() == needId));
            if (!duplicate) {
                existing.add(routes.save(new Route(intake.getId(), needId, type, kind, true)));
            }
        }
    }

    // --- the street office confirms

    /** Keeps the chosen proposals, drops the others, adds the routes the clerk chose beyond the rules. */
    @Transactional
    public void confirm(String intakeNo, List<RouteChoice> choices, CurrentUser user) {
        Intake intake = lock(intakeNo);
        if (intake.getStatus() != IntakeStatus.ROUTING) {
            throw new ConflictException("救助路径已确认。");
        }
        Set<Long> needIds = needs.findByIntakeIdOrderById(intake.getId()).stream().map(Need::getId)
                .collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Set<RouteChoice> distinct = new LinkedHashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            RouteChoice c = choices.get(i);
            if (!needIds.contains(c.needId())) {
                errors.add(new FieldError("routes[" + i + "].needId", "该困难不属于本次受理。"));
            }
            if ((c.type() == RouteType.DEPARTMENT) != (c.departmentKind() != null)) {
                errors.add(new FieldError("routes[" + i + "].departmentKind",
                        c.type() == RouteType.DEPARTMENT ? "请选择专项救助部门。" : "只有部门转介路径选择部门。"));
            }
            RouteChoice normalised = c.type() == RouteType.TEMPORARY_AID ? c : new RouteChoice(0, c.type(), c.departmentKind());
            if (!distinct.add(normalised)) {
                errors.add(new FieldError("routes[" + i + "]", "路径重复。"));
            }
        }
        if (choices.isEmpty()) {
            errors.add(new FieldError("routes", "请至少确认一条救助路径。"));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("救助路径填写有误。", errors);
        }
        List<Route> proposed = routes.findByIntakeIdOrderById(intake.getId());
        List<RouteChoice> unmatched = new ArrayList<>(choices);
        for (Route r : proposed) {
            Optional<RouteChoice> kept = unmatched.stream().filter(c -> matches(r, c)).findFirst();
            if (kept.isPresent()) {
                r.keep();
                unmatched.remove(kept.get());
            } else {
                r.drop();
            }
        }
        for (RouteChoice c : unmatched) {
            routes.save(new Route(intake.getId(), c.needId(), c.type(), c.departmentKind(), false));
        }
        intake.confirm(user.username(), clock.instant());
    }

    private static boolean matches(Route r, RouteChoice c) {
        return r.getType() == c.type() && Objects.equals(r.getDepartmentKind(), c.departmentKind())
                && (r.getType() != RouteType.TEMPORARY_AID || r.getNeedId() == c.needId());
    }

    // --- raising the routes (service task 发起各救助路径)

    public record Raised(boolean subsistenceRequested, boolean allDone) {}

    @Transactional
    public Raised raise(String intakeNo) {
        Intake intake = lock(intakeNo);
        Instant now = clock.instant();
        Map<Long, Need> byId = needs.findByIntakeIdOrderById(intake.getId()).stream()
                .collect(Collectors.toMap(Need::getId, Function.identity()));
        String actor = intake.getConfirmedBy();
        boolean subsistence = false;
        for (Route r : routes.findByIntakeIdOrderById(intake.getId())) {
            if (r.getStatus() != RouteStatus.OPEN) {
                continue;
            }
            Need need = byId.get(r.getNeedId());
            String ref = String.valueOf(r.getId());
            switch (r.getType()) {
                case SUBSISTENCE -> {
                    r.raised(null, null, now);
                    subsistence = true;
                }
                case DEPARTMENT -> {
                    r.raised(null, null, now);
                    events.publishEvent(new DepartmentReferralRequested(intake.getPersonId(), intake.getVillageCode(),
                            r.getDepartmentKind(), matter(intake, need), ReferralSource.ONE_DOOR, ref, actor));
                }
                case TEMPORARY_AID -> {
                    r.raised(null, need.getAmount(), now);
                    LocalDate eventOn = need.getEventOn() != null ? need.getEventOn()
                            : LocalDate.ofInstant(intake.getCreatedAt(), SHANGHAI);
                    events.publishEvent(new TemporaryAidRequested(intake.getPersonId(), intake.getVillageCode(),
                            aidEventType(need.getType()), eventOn, need.getDescription(), need.getAmount(), ref, actor));
                }
                case SERVICE -> {
                    var opened = cases.openForPerson(intake.getPersonId(),
                            "一门受理 " + intake.getIntakeNo() + "：" + need.getDescription(), actor);
                    r.raised(opened.caseNo(), null, now);
                    r.done(opened.created() ? "CASE_OPENED" : "CASE_EXISTING",
                            opened.created() ? "已登记服务类社会救助线索，按六步流程办理" : "该人员已有办理中的服务类社会救助案件",
                            opened.caseNo(), null, actor, now);
                }
            }
        }
        return new Raised(subsistence, closeIfDone(intake, now));
    }

    static AidEventType aidEventType(NeedType type) {
        return switch (type) {
            case ACCIDENT -> AidEventType.ACCIDENT;
            case NECESSARY_EXPENSE, MEDICAL, EDUCATION -> AidEventType.NECESSARY_EXPENSE;
            default -> AidEventType.OTHER;
        };
    }

    private static String matter(Intake intake, Need need) {
        return "一门受理 " + intake.getIntakeNo() + "：" + need.getDescription();
    }

    // --- outcomes

    /** 低保特困审核确认: the district's decision; returns whether every route of the intake is now done. */
    @Transactional
    public boolean decideSubsistence(String intakeNo, SubsistenceDecision decision, String note, CurrentUser user) {
        Intake intake = lock(intakeNo);
        if (decision == SubsistenceDecision.REFUSED && (note == null || note.isBlank())) {
            throw new FieldValidationException("不予认定须说明理由。", List.of(new FieldError("note", "请填写不予认定的理由。")));
        }
        Route route = routes.findByIntakeIdOrderById(intake.getId()).stream()
                .filter(r -> r.getType() == RouteType.SUBSISTENCE && r.getStatus() == RouteStatus.OPEN)
                .findFirst().orElseThrow(() -> new ConflictException("该申请已认定。"));
        String label = switch (decision) {
            case LOW_INCOME_GUARANTEE -> "认定为最低生活保障对象";
            case EXTREME_POVERTY -> "认定为特困人员";
            case REFUSED -> "不予认定";
        };
        Instant now = clock.instant();
        route.done(decision.name(), note == null || note.isBlank() ? label : label + "：" + note.strip(), null, null,
                user.username(), now);
        return closeIfDone(intake, now);
    }

    /** A department answered a route of ours. */
    @EventListener
    @Transactional
    public void onDepartmentClosed(DepartmentReferralClosed e) {
        if (e.source() != ReferralSource.ONE_DOOR) {
            return;
        }
        openRoute(e.sourceRef(), RouteType.DEPARTMENT).ifPresent(r -> finish(r, e.outcome().name(), e.summary(),
                e.referralNo(), null));
    }

    /** Temporary assistance decided on a route of ours. */
    @EventListener
    @Transactional
    public void onTemporaryAidClosed(TemporaryAidClosed e) {
        openRoute(e.sourceRef(), RouteType.TEMPORARY_AID).ifPresent(r -> finish(r, e.granted() ? "GRANTED" : "REFUSED",
                e.summary(), e.applicationNo(), e.granted() ? e.amountGranted() : null));
    }

    private Optional<Route> openRoute(String sourceRef, RouteType type) {
        if (sourceRef == null || !sourceRef.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return routes.findById(Long.parseLong(sourceRef))
                .filter(r -> r.getType() == type && r.getStatus() == RouteStatus.OPEN);
    }

    private void finish(Route route, String outcome, String text, String refNo, BigDecimal granted) {
        Intake intake = intakes.lockById(route.getIntakeId()).orElseThrow();
        Instant now = clock.instant();
        route.done(outcome, text, refNo, granted, null, now);
        if (closeIfDone(intake, now)
                && runtime.createExecutionQuery().processInstanceBusinessKey(intake.getIntakeNo())
                        .messageEventSubscriptionName(MESSAGE_ROUTES_DONE).count() > 0) {
            runtime.createMessageCorrelation(MESSAGE_ROUTES_DONE).processInstanceBusinessKey(intake.getIntakeNo())
                    .correlate();
        }
    }

    /** Closes the intake when no route is open (the process then ends); true if closed. */
    private boolean closeIfDone(Intake intake, Instant now) {
        routes.flush();
        boolean anyOpen = routes.findByIntakeIdOrderById(intake.getId()).stream()
                .anyMatch(r -> r.getStatus() == RouteStatus.OPEN || r.getStatus() == RouteStatus.PROPOSED);
        if (!anyOpen && intake.getStatus() != IntakeStatus.DONE) {
            intake.close(now);
        }
        return !anyOpen;
    }

    Intake intake(String intakeNo) {
        return intakes.findByIntakeNo(intakeNo).orElseThrow(() -> new NotFoundException("受理不存在：" + intakeNo));
    }

    private Intake lock(String intakeNo) {
        return intakes.lockById(intake(intakeNo).getId()).orElseThrow();
    }

    /** The intake if the user's org node covers its village; otherwise 404, as if it did not exist. */
    Intake visible(String intakeNo, CurrentUser user) {
        Intake i = intakes.findByIntakeNo(intakeNo).orElse(null);
        if (i == null || !OrgService.covers(user.orgCode(), i.getVillageCode())) {
            throw new NotFoundException("受理不存在或不在您的管辖范围内。");
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
