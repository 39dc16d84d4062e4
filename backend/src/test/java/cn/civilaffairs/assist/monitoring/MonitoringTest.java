package cn.civilaffairs.assist.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.monitoring.internal.MonitoringProjection;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The monitoring read model follows the engine, and the centre's figures, scope and working-day rules. */
@IntegrationTest
@Tag("db")
class MonitoringTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String DISTRICT = "360199";
    static final String STREET = "360199002"; // 东湖街道
    static final String VILLAGE = "360199002003"; // 柳岸村
    static final String PROCESS = "serviceAssistance";
    static final CurrentUser CLERK = new CurrentUser("street002", "钱进", null, Set.of(Role.STREET_CLERK), STREET,
            "东湖街道", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), DISTRICT,
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@" + DISTRICT));

    @LocalServerPort int port;
    @Autowired MonitoringQueries queries;
    @Autowired MonitoringProjection projection;
    @Autowired CaseService cases;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    private Task task(String caseNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).processDefinitionKey(PROCESS)
                .singleResult();
    }

    private static PlaceFigures place(MonitoringOverview o, String code) {
        return o.places().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static long running(MonitoringOverview o, String activityId) {
        return o.processes().stream().filter(p -> p.processKey().equals(PROCESS)).flatMap(p -> p.steps().stream())
                .filter(s -> s.activityId().equals(activityId)).mapToLong(StepFigures::running).sum();
    }

    private static long processRunning(MonitoringOverview o) {
        return o.processes().stream().filter(p -> p.processKey().equals(PROCESS)).mapToLong(ProcessFigures::running).sum();
    }

    private void verify(String caseNo) {
        taskService.complete(task(caseNo).getId(), Map.of("genuine", true, "verificationNote", "核实属实"));
    }

    @Test
    void followsACaseThroughItsStepsByStepAndPlace() {
        MonitoringOverview before = queries.overview(CLERK, null);
        assertThat(before.scopeCode()).isEqualTo(STREET);
        assertThat(before.places()).extracting(PlaceFigures::code).contains(VILLAGE).allMatch(c -> c.startsWith(STREET));

        String c = Leads.open(cases, VILLAGE, "监控测试");
        MonitoringOverview opened = queries.overview(CLERK, null);
        assertThat(processRunning(opened)).isEqualTo(processRunning(before) + 1);
        assertThat(opened.totals().running()).isEqualTo(before.totals().running() + 1);
        assertThat(place(opened, VILLAGE).running()).isEqualTo(place(before, VILLAGE).running() + 1);
        assertThat(running(opened, "verifyLead")).isEqualTo(running(before, "verifyLead") + 1);
        assertThat(opened.processes()).filteredOn(p -> p.processKey().equals(PROCESS)).singleElement()
                .satisfies(p -> assertThat(p.processName()).isEqualTo("服务类社会救助案件"))
                .satisfies(p -> assertThat(p.steps()).filteredOn(s -> s.activityId().equals("verifyLead")).singleElement()
                        .satisfies(s -> {
                            assertThat(s.activityName()).isEqualTo("核实线索");
                            assertThat(s.activityType()).isEqualTo("userTask");
                        }));
        // The district sees it under the street.
        MonitoringOverview district = queries.overview(MANAGER, null);
        assertThat(district.scopeCode()).isEqualTo(DISTRICT);
        assertThat(district.places()).extracting(PlaceFigures::code).contains(STREET, "360199001", "360199003");

        verify(c);
        MonitoringOverview verified = queries.overview(CLERK, null);
        assertThat(running(verified, "verifyLead")).isEqualTo(running(before, "verifyLead"));
        assertThat(running(verified, "homeInvestigation")).isEqualTo(running(before, "homeInvestigation") + 1);
        assertThat(place(verified, VILLAGE).running()).isEqualTo(place(before, VILLAGE).running() + 1);

        Task investigation = task(c);
        var page = queries.tasks(CLERK, TaskState.OPEN, PROCESS, "homeInvestigation", VILLAGE, 0, 100);
        assertThat(page.items()).filteredOn(t -> t.taskId().equals(investigation.getId())).singleElement()
                .satisfies(t -> {
                    assertThat(t.taskName()).isEqualTo("入户调查与需求评估");
                    assertThat(t.recipientName()).isEqualTo("监控测试");
                    assertThat(t.link()).isEqualTo(new TaskLink(LinkKind.CASE, c));
                    assertThat(t.placeCode()).isEqualTo(VILLAGE);
                    assertThat(t.placeName()).isEqualTo("柳岸村");
                    assertThat(t.groupName()).isEqualTo("东湖街道 经办人");
                    assertThat(t.processName()).isEqualTo("服务类社会救助案件");
                    assertThat(t.due()).isNotNull();
                });

        taskService.complete(investigation.getId(), Map.of("alreadyRecognised", false));
        MonitoringOverview recognising = queries.overview(CLERK, null);
        assertThat(running(recognising, "homeInvestigation")).isEqualTo(running(before, "homeInvestigation"));
        assertThat(running(recognising, "recognise")).isEqualTo(running(before, "recognise") + 1);
        // Completed steps count in the step view.
        StepDurations steps = queries.steps(CLERK, PROCESS, 30, null);
        assertThat(steps.bpmnXml()).contains("serviceAssistance");
        assertThat(steps.steps()).extracting(StepDuration::activityId)
                .containsExactly("verifyLead", "homeInvestigation", "recognise", "fileCase", "recheckObjection", "review");
        assertThat(steps.steps().get(0).completed()).isPositive();
        assertThat(steps.steps().get(0).limitWorkingDays()).isEqualTo(5);

        // The instance waits in one place only.
        String pi = task(c).getProcessInstanceId();
        assertThat(jdbc.queryForObject("select count(*) from mon_activity where proc_inst_id = ?", Long.class, pi))
                .isEqualTo(1);
    }

    @Test
    void overdueAndDueSoonCountWorkingDaysAcrossTheNationalDayHoliday() {
        // Thursday 24 September 2026: 5 working days skip the Mid-Autumn weekend and the 1-7 October holiday,
        // so verifyLead is due Friday 9 October, 23:59:59.
        clock.at(LocalDateTime.parse("2026-09-24T09:00"));
        String c = Leads.open(cases, VILLAGE, "临期测试");
        Task t = task(c);
        assertThat(LocalDate.ofInstant(t.getDueDate().toInstant(), EngineClock.BEIJING)).isEqualTo(LocalDate.parse("2026-10-09"));

        // Tuesday 29 September: the next 2 working days are 30 September and 8 October: not due soon yet.
        clock.at(LocalDateTime.parse("2026-09-29T09:00"));
        assertThat(ids(TaskState.DUE_SOON)).doesNotContain(t.getId());
        assertThat(ids(TaskState.OPEN)).contains(t.getId());
        // Wednesday 30 September: 8 and 9 October are the next 2 working days: due soon (7 calendar days ahead).
        clock.at(LocalDateTime.parse("2026-09-30T09:00"));
        assertThat(ids(TaskState.DUE_SOON)).contains(t.getId());
        assertThat(ids(TaskState.OVERDUE)).doesNotContain(t.getId());
        assertConsistent();
        // Monday 12 October: overdue by 2 working days (Saturday 10 October is a working day, Sunday is not).
        clock.at(LocalDateTime.parse("2026-10-12T09:00"));
        assertThat(ids(TaskState.DUE_SOON)).doesNotContain(t.getId());
        var overdue = queries.tasks(CLERK, TaskState.OVERDUE, PROCESS, "verifyLead", VILLAGE, 0, 100);
        assertThat(overdue.items()).filteredOn(x -> x.taskId().equals(t.getId())).singleElement()
                .satisfies(x -> assertThat(x.overdueWorkingDays()).isEqualTo(2));
        assertThat(overdue.items()).allSatisfy(x -> assertThat(x.due()).isBefore(clock.now()));
        // Most overdue first.
        assertThat(overdue.items()).extracting(MonitoredTask::due).isSorted();
        assertConsistent();
        taskService.complete(t.getId(), Map.of("genuine", false, "verificationNote", "核实不属实"));
        assertThat(ids(TaskState.OVERDUE)).doesNotContain(t.getId());
    }

    private List<String> ids(TaskState state) {
        return queries.tasks(CLERK, state, null, null, VILLAGE, 0, 100).items().stream().map(MonitoredTask::taskId).toList();
    }

    /** The overview's figures are the lists' totals. */
    private void assertConsistent() {
        MonitoringOverview o = queries.overview(CLERK, null);
        assertThat(place(o, VILLAGE).overdue()).isEqualTo(queries.tasks(CLERK, TaskState.OVERDUE, null, null, VILLAGE, 0, 1).total());
        assertThat(place(o, VILLAGE).dueSoon()).isEqualTo(queries.tasks(CLERK, TaskState.DUE_SOON, null, null, VILLAGE, 0, 1).total());
        assertThat(o.totals().overdue()).isEqualTo(queries.tasks(CLERK, TaskState.OVERDUE, null, null, null, 0, 1).total());
        assertThat(o.totals().dueSoon()).isEqualTo(queries.tasks(CLERK, TaskState.DUE_SOON, null, null, null, 0, 1).total());
    }

    @Test
    void stepDurationsComeFromTheHistogramsAndSurviveARebuild() {
        // Ten leads opened Tuesday 15 July 2025 09:00; nine verified after 1..9 hours, one after 10 days (late).
        clock.at(LocalDateTime.parse("2025-07-15T09:00"));
        List<String> caseNos = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            caseNos.add(Leads.open(cases, VILLAGE, "时长测试" + i));
        }
        for (int i = 0; i < 9; i++) {
            clock.at(LocalDateTime.parse("2025-07-15T09:00").plusHours(i + 1));
            verify(caseNos.get(i));
        }
        clock.at(LocalDateTime.parse("2025-07-25T09:00"));
        verify(caseNos.get(9));

        clock.at(LocalDateTime.parse("2025-07-26T09:00"));
        StepDurations d = queries.steps(CLERK, PROCESS, 30, null);
        assertThat(d.from()).isEqualTo(LocalDate.parse("2025-06-27"));
        assertThat(d.to()).isEqualTo(LocalDate.parse("2025-07-26"));
        StepDuration verifyLead = d.steps().get(0);
        assertThat(verifyLead.completed()).isEqualTo(10);
        assertThat(verifyLead.p50Hours()).isCloseTo(5.0, within(1.0));
        assertThat(verifyLead.p90Hours()).isCloseTo(9.0, within(1.8));
        assertThat(verifyLead.onTimeShare()).isEqualTo(0.9);
        assertThat(d.steps().get(1).completed()).isZero();
        assertThat(d.steps().get(1).p50Hours()).isNull();
        assertThat(d.steps().get(1).onTimeShare()).isNull();
        // Another street's clerk sees none of it; the district sees it with the street asked for.
        CurrentUser other = new CurrentUser("street001", "赵文", null, Set.of(Role.STREET_CLERK), "360199001",
                "城关街道", OrgLevel.STREET, List.of("STREET_CLERK@360199001"));
        assertThat(queries.steps(other, PROCESS, 30, null).steps().get(0).completed()).isZero();
        assertThat(queries.steps(MANAGER, PROCESS, 30, STREET).steps().get(0).completed()).isEqualTo(10);

        // The rebuild from the engine's tables gives the same figures as the live projection.
        MonitoringOverview overview = queries.overview(MANAGER, null);
        MonitoringOverview street = queries.overview(CLERK, null);
        StepDurations year = queries.steps(MANAGER, PROCESS, 365, null);
        var list = queries.tasks(MANAGER, TaskState.OPEN, null, null, null, 0, 100);
        projection.rebuild();
        assertThat(queries.overview(MANAGER, null)).isEqualTo(overview);
        assertThat(queries.overview(CLERK, null)).isEqualTo(street);
        assertThat(queries.steps(MANAGER, PROCESS, 365, null)).isEqualTo(year);
        assertThat(queries.steps(CLERK, PROCESS, 30, null)).isEqualTo(d);
        assertThat(queries.tasks(MANAGER, TaskState.OPEN, null, null, null, 0, 100)).isEqualTo(list);
        // Histograms are rebuilt from history only when there are none (history cleanup thins history, not them).
        jdbc.update("delete from mon_step_day");
        projection.rebuild();
        assertThat(queries.steps(MANAGER, PROCESS, 365, null)).isEqualTo(year);
        assertThat(queries.steps(CLERK, PROCESS, 30, null)).isEqualTo(d);

        // A read model that lost rows is found out at startup by the runtime counts and rebuilt.
        jdbc.update("delete from mon_task where task_id in (select min(task_id) from mon_task)");
        projection.reconcile();
        assertThat(queries.overview(MANAGER, null)).isEqualTo(overview);
        assertThat(queries.tasks(MANAGER, TaskState.OPEN, null, null, null, 0, 100)).isEqualTo(list);
    }

    @Test
    void everyDemoTaskHasAPlaceAndALinkByItsProcess() {
        var all = queries.tasks(MANAGER, TaskState.OPEN, null, null, null, 0, 100);
        assertThat(all.items()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.placeCode()).as(t.processKey() + "/" + t.activityId()).startsWith(DISTRICT);
            assertThat(t.placeName()).isNotBlank();
            assertThat(t.link()).isNotNull();
            assertThat(t.groupName()).doesNotContain("@").doesNotContain("_");
        });
        assertThat(all.items()).filteredOn(t -> t.processKey().equals("serviceOrder")).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.link().kind()).isEqualTo(LinkKind.ORDER);
                    assertThat(t.recipientName()).isNotBlank();
                });
        assertThat(all.items()).filteredOn(t -> t.processKey().equals("charityReferral"))
                .allSatisfy(t -> {
                    assertThat(t.link().kind()).isEqualTo(LinkKind.REFERRAL);
                    assertThat(t.recipientName()).isNull();
                });
        // A care warning's process starts in a batch job: its place comes from its group variables as they are set.
        cn.civilaffairs.assist.care.CareTestFixtures.runWarningStarts(engine);
        assertThat(jdbc.queryForList("select place_code from mon_instance where proc_key = 'careWarning'", String.class))
                .isNotEmpty().allSatisfy(code -> assertThat(code).hasSize(12));
    }

    @Test
    void aRolledBackCommandLeavesNoRows() {
        String[] caseNo = new String[1];
        tx.executeWithoutResult(status -> {
            caseNo[0] = Leads.open(cases, VILLAGE, "回滚测试");
            assertThat(jdbc.queryForObject("select count(*) from mon_task where business_key = ?", Long.class, caseNo[0]))
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from mon_instance where business_key = ?", Long.class, caseNo[0]))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mon_task where business_key = ?", Long.class, caseNo[0]))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mon_activity a join mon_instance i"
                + " on i.proc_inst_id = a.proc_inst_id where i.business_key = ?", Long.class, caseNo[0])).isZero();
    }

    @Test
    void theApiKeepsToTheCallersScopeAndRefusesBadInput() {
        ApiClient clerk = ApiClient.signedIn(port, "street001"); // 城关街道
        assertThat(clerk.get("/api/monitoring/overview").json().path("scopeCode").asText()).isEqualTo("360199001");
        assertThat(clerk.get("/api/monitoring/overview?street=360199001").status()).isEqualTo(200);
        assertThat(clerk.get("/api/monitoring/overview?street=" + STREET).status()).isEqualTo(403);
        assertThat(clerk.get("/api/monitoring/tasks?place=" + VILLAGE).status()).isEqualTo(403);
        assertThat(clerk.get("/api/monitoring/steps?processKey=serviceAssistance&days=30&street=" + STREET).status())
                .isEqualTo(403);
        var own = clerk.get("/api/monitoring/tasks?state=OPEN&size=100").json();
        own.path("items").forEach(t -> assertThat(t.path("placeCode").asText()).startsWith("360199001"));

        assertThat(clerk.get("/api/monitoring/tasks?state=LATE").status()).isEqualTo(400);
        assertThat(clerk.get("/api/monitoring/tasks?page=-1").status()).isEqualTo(400);
        assertThat(clerk.get("/api/monitoring/tasks?size=abc").status()).isEqualTo(400);
        assertThat(clerk.get("/api/monitoring/overview?street=abc").status()).isEqualTo(400);
        assertThat(clerk.get("/api/monitoring/steps?processKey=serviceAssistance&days=7").status()).isEqualTo(400);
        assertThat(clerk.get("/api/monitoring/steps?processKey=nope&days=30").status()).isEqualTo(404);
        assertThat(clerk.get("/api/monitoring/tasks?processKey=nope").status()).isEqualTo(404);
        assertThat(clerk.get("/api/monitoring/tasks?processKey=serviceAssistance&activityId=nope").status()).isEqualTo(404);

        ApiClient manager = ApiClient.signedIn(port, "manager");
        var overview = manager.get("/api/monitoring/overview?street=" + STREET);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.json().path("places").get(0).path("code").asText()).startsWith(STREET).hasSize(12);
        assertThat(manager.get("/api/monitoring/overview?street=360299001").status()).isEqualTo(403);
        assertThat(manager.get("/api/monitoring/processes").json().findValuesAsText("processKey"))
                .contains("serviceAssistance", "serviceOrder", "careWarning").doesNotContain("careDaily", "calendarCheck");
        var steps = manager.get("/api/monitoring/steps?processKey=serviceAssistance&days=90").json();
        assertThat(steps.path("days").asInt()).isEqualTo(90);
        assertThat(steps.path("bpmnXml").asText()).startsWith("<?xml");

        assertThat(ApiClient.signedIn(port, "vo001001").get("/api/monitoring/overview").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/monitoring/tasks").status()).isEqualTo(403);
    }
}
