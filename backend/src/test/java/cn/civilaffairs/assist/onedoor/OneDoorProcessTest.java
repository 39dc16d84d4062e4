package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.onedoor.OneDoorProcesses.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentOutcome;
import cn.civilaffairs.assist.department.DepartmentReferralClosed;
import cn.civilaffairs.assist.department.DepartmentReferralRequested;
import cn.civilaffairs.assist.department.ReferralSource;
import cn.civilaffairs.assist.onedoor.IntakeService.IntakeCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NeedCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NewPerson;
import cn.civilaffairs.assist.onedoor.IntakeService.RouteChoice;
import cn.civilaffairs.assist.onedoor.internal.IntakeRepository;
import cn.civilaffairs.assist.onedoor.internal.Route;
import cn.civilaffairs.assist.onedoor.internal.RouteRepository;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.tempaid.AidEventType;
import cn.civilaffairs.assist.tempaid.TemporaryAidClosed;
import cn.civilaffairs.assist.tempaid.TemporaryAidRequested;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * processes/one-door-intake.bpmn with the real services and tables: the rules' proposal per need, the street office's
 * confirmation (kept, dropped, added routes), each route raised (department and temporary-aid requests published,
 * the service case opened), the district's 低保/特困 decision with its working-day deadline, and the outcomes coming
 * back by the Closed events (published here: on this branch nobody answers the requests yet) until the intake ends.
 */
@IntegrationTest
@Tag("db")
@RecordApplicationEvents
class OneDoorProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday after the May Day holidays: three working days after it end on Thursday 14 May, fifteen on Monday 1 June. */
    static final LocalDate D0 = LocalDate.of(2026, 5, 11);
    static final String DISTRICT = "360199";
    static final String STREET = "360199003";
    static final String VILLAGE = "360199003004";
    static final CurrentUser OFFICER = new CurrentUser("vo003004", "马琳", null, Set.of(Role.VILLAGE_OFFICER), VILLAGE,
            "高岭村", OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + VILLAGE));
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), STREET,
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), DISTRICT,
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@" + DISTRICT));

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intakes;
    @Autowired IntakeRepository intakeRepository;
    @Autowired RouteRepository routeRepository;
    @Autowired CaseService cases;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void setUp() {
        init(engine);
        clock.at(D0, 9, 0);
    }

    @Test
    void aTemporaryAidAndADepartmentRouteEndTheIntakeWhenBothAnswered() {
        String no = take(new NeedCommand(NeedType.ACCIDENT, "房屋失火，家具衣物被毁", D0.minusDays(2),
                new BigDecimal("3000.00"), true), new NeedCommand(NeedType.HOUSING, "住房烧毁需重建", null, null, false));
        ProcessInstance pi = process(no);
        assertThat(pi).hasPassed(TASK_PROPOSE).isWaitingAt(TASK_CONFIRM);
        Task confirm = task(no);
        assertThat(confirm.getDueDate().toInstant().atZone(SHANGHAI).toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId()))
                .anyMatch(l -> ("STREET_CLERK@" + STREET).equals(l.getGroupId()));
        assertThat(lines(no)).containsExactly("TEMPORARY_AID/null/PROPOSED", "DEPARTMENT/HOUSING/PROPOSED");

        confirm(no, routes(no).stream().map(r -> new RouteChoice(r.getNeedId(), r.getType(), r.getDepartmentKind()))
                .toList());
        assertThat(pi).isWaitingAt(EVENT_OTHER_ROUTES_DONE);
        assertThat(lines(no)).containsExactly("TEMPORARY_AID/null/OPEN", "DEPARTMENT/HOUSING/OPEN");
        Route aid = routes(no).get(0);
        Route housing = routes(no).get(1);

        TemporaryAidRequested aidAsked = events.stream(TemporaryAidRequested.class)
                .filter(e -> e.sourceRef().equals(aid.getId().toString())).findFirst().orElseThrow();
        assertThat(aidAsked.eventType()).isEqualTo(AidEventType.ACCIDENT);
        assertThat(aidAsked.eventOn()).isEqualTo(D0.minusDays(2));
        assertThat(aidAsked.amountRequested()).isEqualByComparingTo("3000");
        assertThat(aidAsked.villageCode()).isEqualTo(VILLAGE);
        assertThat(aidAsked.requestedBy()).isEqualTo("street003");
        DepartmentReferralRequested deptAsked = events.stream(DepartmentReferralRequested.class)
                .filter(e -> e.sourceRef().equals(housing.getId().toString())).findFirst().orElseThrow();
        assertThat(deptAsked.kind()).isEqualTo(DepartmentKind.HOUSING);
        assertThat(deptAsked.source()).isEqualTo(ReferralSource.ONE_DOOR);
        assertThat(deptAsked.matter()).contains(no).contains("住房烧毁需重建");

        // Another asker's referral with the same number is not ours.
        publish(new DepartmentReferralClosed("BM-X", 1L, ReferralSource.CARE_PROBLEM, housing.getId().toString(),
                DepartmentOutcome.RESOLVED, "不是一门受理的"));
        assertThat(routeRepository.findById(housing.getId()).orElseThrow().getStatus()).isEqualTo(RouteStatus.OPEN);

        publish(new TemporaryAidClosed("LS202605001", 1L, aid.getId().toString(), true, new BigDecimal("2000.00"),
                "街道先行救助 2000 元"));
        assertThat(pi).isWaitingAt(EVENT_OTHER_ROUTES_DONE);
        assertThat(intakeRepository.findByIntakeNo(no).orElseThrow().getStatus()).isEqualTo(IntakeStatus.IN_PROGRESS);

        publish(new DepartmentReferralClosed("BM-1", 1L, ReferralSource.ONE_DOOR, housing.getId().toString(),
                DepartmentOutcome.RESOLVED, "纳入农村危房改造"));
        assertThat(pi).isEnded().hasPassed(END_CLOSED_LATER);
        assertThat(intakeRepository.findByIntakeNo(no).orElseThrow().getStatus()).isEqualTo(IntakeStatus.DONE);
        Route aidDone = routeRepository.findById(aid.getId()).orElseThrow();
        assertThat(aidDone.getOutcome()).isEqualTo("GRANTED");
        assertThat(aidDone.getAmountGranted()).isEqualByComparingTo("2000");
        assertThat(aidDone.getRefNo()).isEqualTo("LS202605001");
        Route housingDone = routeRepository.findById(housing.getId()).orElseThrow();
        assertThat(housingDone.getOutcome()).isEqualTo("RESOLVED");
        assertThat(housingDone.getOutcomeText()).isEqualTo("纳入农村危房改造");

        // A late repeat of an answer changes nothing.
        publish(new TemporaryAidClosed("LS202605001", 1L, aid.getId().toString(), false, BigDecimal.ZERO, "重复"));
        assertThat(routeRepository.findById(aid.getId()).orElseThrow().getOutcome()).isEqualTo("GRANTED");
    }

    @Test
    void theDistrictDecidesTheSubsistenceApplicationWithinFifteenWorkingDays() {
        String no = take(new NeedCommand(NeedType.BASIC_LIVING, "无劳动能力、无收入来源", null, null, true));
        ProcessInstance pi = process(no);
        assertThat(lines(no)).containsExactly("SUBSISTENCE/null/PROPOSED");
        confirm(no, List.of(new RouteChoice(routes(no).get(0).getNeedId(), RouteType.SUBSISTENCE, null)));
        assertThat(pi).isWaitingAt(TASK_DECIDE_SUBSISTENCE);
        Task decide = task(no);
        assertThat(decide.getDueDate().toInstant().atZone(SHANGHAI).toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId()))
                .anyMatch(l -> ("DISTRICT_MANAGER@" + DISTRICT).equals(l.getGroupId()));

        assertThatThrownBy(() -> decide(no, SubsistenceDecision.REFUSED, " ")).isInstanceOf(FieldValidationException.class);
        decide(no, SubsistenceDecision.EXTREME_POVERTY, null);
        assertThat(pi).isEnded().hasPassed(END_CLOSED);
        Route r = routes(no).get(0);
        assertThat(r.getStatus()).isEqualTo(RouteStatus.DONE);
        assertThat(r.getOutcome()).isEqualTo("EXTREME_POVERTY");
        assertThat(r.getOutcomeText()).isEqualTo("认定为特困人员");
        assertThat(r.getDecidedBy()).isEqualTo("manager");
    }

    @Test
    void subsistenceDecidedFirstThenTheDepartmentEndsTheIntake() {
        String no = take(new NeedCommand(NeedType.BASIC_LIVING, "收入低于低保标准", null, null, false),
                new NeedCommand(NeedType.EMPLOYMENT, "失业，需要就业帮扶", null, null, false));
        ProcessInstance pi = process(no);
        confirmAsProposed(no);
        decide(no, SubsistenceDecision.REFUSED, "家庭收入高于低保标准");
        assertThat(pi).isWaitingAt(EVENT_OTHER_ROUTES_DONE);
        Route jobs = routes(no).get(1);
        assertThat(jobs.getDepartmentKind()).isEqualTo(DepartmentKind.HUMAN_RESOURCES);
        publish(new DepartmentReferralClosed("BM-2", 1L, ReferralSource.ONE_DOOR, jobs.getId().toString(),
                DepartmentOutcome.RETURNED, "非本部门职责"));
        assertThat(pi).isEnded().hasPassed(END_CLOSED_LATER);
        assertThat(routes(no).get(0).getOutcomeText()).isEqualTo("不予认定：家庭收入高于低保标准");
    }

    @Test
    void theStreetOfficeDropsAndAddsRoutesOnce() {
        String no = take(new NeedCommand(NeedType.MEDICAL, "大病住院自付 4 万元", null, new BigDecimal("40000"), true));
        assertThat(lines(no)).containsExactly("DEPARTMENT/MEDICAL_INSURANCE/PROPOSED", "TEMPORARY_AID/null/PROPOSED");
        long need = routes(no).get(0).getNeedId();
        assertThatThrownBy(() -> confirm(no, List.of(new RouteChoice(need, RouteType.DEPARTMENT, null))))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> confirm(no, List.of(new RouteChoice(need + 100000, RouteType.SERVICE, null))))
                .isInstanceOf(FieldValidationException.class);
        confirm(no, List.of(new RouteChoice(need, RouteType.DEPARTMENT, DepartmentKind.MEDICAL_INSURANCE),
                new RouteChoice(need, RouteType.DEPARTMENT, DepartmentKind.EDUCATION)));
        assertThat(lines(no)).containsExactly("DEPARTMENT/MEDICAL_INSURANCE/OPEN", "TEMPORARY_AID/null/DROPPED",
                "DEPARTMENT/EDUCATION/OPEN");
        assertThat(routes(no).get(2).isProposed()).isFalse();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> intakes.confirm(no, List.of(), CLERK)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCareNeedOpensTheServiceCaseOrFindsTheOpenOne() {
        String no = take(new NeedCommand(NeedType.CARE, "独居失能，无人照料", null, null, false));
        ProcessInstance pi = process(no);
        confirmAsProposed(no);
        assertThat(pi).isEnded().hasPassed(END_CLOSED);
        Route service = routes(no).get(0);
        assertThat(service.getOutcome()).isEqualTo("CASE_OPENED");
        assertThat(cases.status(service.getRefNo())).isEqualTo(CaseStatus.LEAD);
        long personId = intakeRepository.findByIntakeNo(no).orElseThrow().getPersonId();
        assertThat(cases.casesOf(personId)).extracting(c -> c.caseNo()).containsExactly(service.getRefNo());

        // The same person again (the first intake is done): the open case is found, not a second one made.
        String again = tx.execute(s -> intakes.create(new IntakeCommand(personId, null, null,
                List.of(new NeedCommand(NeedType.CARE, "仍需照料", null, null, false)), null), OFFICER));
        confirmAsProposed(again);
        assertThat(routes(again).get(0).getOutcome()).isEqualTo("CASE_EXISTING");
        assertThat(routes(again).get(0).getRefNo()).isEqualTo(service.getRefNo());
    }

    @Test
    void onePersonHasOneOpenIntake() {
        String no = take(new NeedCommand(NeedType.HOUSING, "危房", null, null, false));
        long personId = intakeRepository.findByIntakeNo(no).orElseThrow().getPersonId();
        assertThatThrownBy(() -> tx.execute(s -> intakes.create(new IntakeCommand(personId, null, null,
                List.of(new NeedCommand(NeedType.EDUCATION, "子女学费", null, null, false)), null), OFFICER)))
                .isInstanceOf(ConflictException.class);
    }

    // --- helpers

    private String take(NeedCommand... needs) {
        return tx.execute(s -> intakes.create(new IntakeCommand(null,
                new NewPerson(Leads.newIdNumber(), "一门测试", "13800000000", "高岭村 1 号", VILLAGE), null,
                List.of(needs), null), OFFICER));
    }

    private void confirm(String no, List<RouteChoice> choices) {
        Task t = task(no);
        tx.executeWithoutResult(s -> {
            intakes.confirm(no, choices, CLERK);
            engine.getTaskService().complete(t.getId());
        });
    }

    private void confirmAsProposed(String no) {
        confirm(no, routes(no).stream().map(r -> new RouteChoice(r.getNeedId(), r.getType(), r.getDepartmentKind()))
                .toList());
    }

    private void decide(String no, SubsistenceDecision decision, String note) {
        Task t = task(no);
        tx.executeWithoutResult(s -> {
            boolean done = intakes.decideSubsistence(no, decision, note, MANAGER);
            engine.getTaskService().complete(t.getId(), Map.of(VAR_ALL_ROUTES_DONE, done));
        });
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> publisher.publishEvent(event));
    }

    private ProcessInstance process(String no) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(no).singleResult();
    }

    private Task task(String no) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(no)
                .singleResult();
    }

    private List<Route> routes(String no) {
        return routeRepository.findByIntakeIdOrderById(intakeRepository.findByIntakeNo(no).orElseThrow().getId());
    }

    private List<String> lines(String no) {
        return routes(no).stream().map(r -> r.getType() + "/" + r.getDepartmentKind() + "/" + r.getStatus()).toList();
    }
}
