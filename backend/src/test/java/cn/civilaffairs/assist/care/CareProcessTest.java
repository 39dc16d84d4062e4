package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.care.internal.CareEnrolments;
import cn.civilaffairs.assist.care.internal.CareWarnings;
import cn.civilaffairs.assist.care.internal.Problem;
import cn.civilaffairs.assist.care.internal.Warning;
import cn.civilaffairs.assist.common.SelfCare;
import static cn.civilaffairs.assist.care.CareProcesses.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.care.CareService.EmergencyCommand;
import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.CareService.VisitCommand;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * processes/care-level.dmn, care-grading.bpmn, care-warning.bpmn, care-daily.bpmn and
 * care-problem.bpmn with the real services and tables; time moves with the engine clock.
 */
@IntegrationTest
@Tag("db")
class CareProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199003002"; // 青龙村, 石桥镇
    static final String STREET = "360199003";
    /** A past Monday, so nothing here is in the future of other tests once the clock is reset. */
    static final LocalDate D0 = LocalDate.of(2026, 3, 2);
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), STREET,
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), "360199",
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@360199"));

    static final CareFacts LEVEL3 = new CareFacts(true, SelfCare.NONE, true, 0, false, false, false, false);
    static final CareFacts LEVEL2 = new CareFacts(false, SelfCare.FULL, false, 3, true, false, false, false);
    static final CareFacts LEVEL1 = new CareFacts(false, SelfCare.FULL, false, 8, false, false, true, true);

    @Autowired ProcessEngine engine;
    @Autowired CareService care;
    @Autowired CareEnrolments enrolments;
    @Autowired CareWarnings warnings;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
        at(D0, 10, 0);
    }

    static void at(LocalDate day, int hour, int minute) {
        clock.at(day, hour, minute);
    }

    private int decide(CareFacts facts) {
        Object level = engine.getDecisionService().evaluateDecisionTableByKey("careLevel", facts.asVariables())
                .getSingleResult().getSingleEntry();
        return ((Number) level).intValue();
    }

    // ---- DMN: every rule of the grading table -----------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // rule, livesAlone, selfCare, remote, neighbours, illness, carerDifficulty, supporter, lacking, level
        "level 3: alone disabled remote no neighbour, true, NONE, true, 0, false, false, false, false, 3",
        "level 3: alone semi-disabled remote no neighbour, true, PARTIAL, true, 0, false, false, false, false, 3",
        "not 3 with one neighbour: falls to level 2 (self-care), true, PARTIAL, true, 1, false, false, false, false, 2",
        "not 3 when not remote: level 2 (self-care), true, NONE, false, 0, false, false, false, false, 2",
        "not 3 when self-caring and alone: nothing, true, FULL, true, 0, false, false, false, false, 0",
        "level 2: serious illness with 3 neighbours, false, FULL, false, 3, true, false, false, false, 2",
        "not 2: serious illness with 4 neighbours, false, FULL, false, 4, true, false, false, false, 0",
        "level 2: cannot fully look after self, false, PARTIAL, false, 2, false, false, false, false, 2",
        "level 2: carer in difficulty, false, FULL, false, 0, false, true, false, false, 2",
        "not 2: carer in difficulty with 4 neighbours, false, FULL, false, 4, false, true, false, false, 0",
        "level 1: supporter present but lacking, false, FULL, false, 9, false, false, true, true, 1",
        "not 1: supporter present and caring, false, FULL, false, 9, false, false, true, false, 0",
        "not 1: support lacking without a supporter, false, FULL, false, 9, false, false, false, true, 0",
        "highest wins: level 2 and level 1 facts, false, PARTIAL, false, 1, false, false, true, true, 2",
        "highest wins: level 3 and level 1 facts, true, NONE, true, 0, true, true, true, true, 3",
    })
    void gradingTable(String rule, boolean alone, SelfCare selfCare, boolean remote, int neighbours, boolean illness,
            boolean carer, boolean supporter, boolean lacking, int expected) {
        assertThat(decide(new CareFacts(alone, selfCare, remote, neighbours, illness, carer, supporter, lacking)))
                .as(rule).isEqualTo(expected);
    }

    // ---- grading process ------------------------------------------------------------------

    private String enrol(CareFacts facts) {
        return tx.execute(s -> care.enrol(new EnrolCommand("关爱测试", Leads.newIdNumber(), "13800000000", "青龙村1组",
                VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, facts, null), CLERK).getEnrolmentNo());
    }

    private Task gradingTask(String no) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("confirmLevel")
                .singleResult();
    }

    private void confirm(String no, int level, String reason) {
        Task t = gradingTask(no);
        tx.executeWithoutResult(s -> {
            care.confirmLevel(no, level, reason, D0, "vo003002");
            engine.getTaskService().complete(t.getId());
        });
    }

    /** Enrolled, graded as proposed and visited at 09:00 on D0. */
    private String graded(CareFacts facts) {
        String no = enrol(facts);
        confirm(no, care.get(no).getProposedLevel(), null);
        visit(no, D0, 9, Risk.NONE);
        return no;
    }

    /** A major risk found on day 2's visit: the warning is stored, its start batch not yet run. */
    private long majorRiskFoundOnDay2(String no) {
        at(D0.plusDays(2), 11, 0);
        tx.execute(s -> care.recordVisit(no, new VisitCommand(D0.plusDays(2).atTime(10, 0).atZone(CarePolicy.ZONE)
                .toInstant(), VisitMode.HOME, "本人", "情况良好", Risk.MAJOR, null), null, null, CLERK));
        return reload(no).getOpenWarningId();
    }

    private void visit(String no, LocalDate day, int hour, Risk risk) {
        visit(no, day, hour, risk, null);
    }

    private CareService.RecordedVisit visit(String no, LocalDate day, int hour, Risk risk, String lateReason) {
        CareService.RecordedVisit r = tx.execute(s -> care.recordVisit(no, new VisitCommand(
                day.atTime(hour, 0).atZone(CarePolicy.ZONE).toInstant(), VisitMode.HOME, "本人", "情况良好", risk,
                lateReason), null, null, CLERK));
        CareTestFixtures.runWarningStarts(engine);
        return r;
    }

    /** What the job executor would have done by now: fire the warning process's due timers. */
    private void runDueTimers(String processInstanceId) {
        // Due at or before now. One second, not one millisecond, of margin: MariaDB compares at whole
        // seconds, so "before now + 1 ms" misses a timer due exactly now.
        for (Job t : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(Date.from(clock.now().plusSeconds(1))).list()) {
            engine.getManagementService().executeJob(t.getId());
        }
    }

    private List<Warning> warningsOf(String no) {
        return warnings.findByEnrolmentIdOrderByRaisedAtDesc(reload(no).getId());
    }

    private CareEnrolment reload(String no) {
        return enrolments.findByEnrolmentNo(no).orElseThrow();
    }

    private ProcessInstance warningProcess(String no) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careWarning")
                .processInstanceBusinessKey(no).singleResult();
    }

    private void runDailyJobs() {
        Job next;
        while ((next = engine.getManagementService().createJobQuery().processDefinitionKey("careDaily").messages()
                .singleResult()) != null) {
            engine.getManagementService().executeJob(next.getId());
        }
    }

    private int sweep(LocalDate day) {
        at(day, 6, 0);
        Integer n = tx.execute(s -> care.sweepLapses(day));
        CareTestFixtures.runWarningStarts(engine);
        return n == null ? 0 : n;
    }

    @Test
    void enrolmentProposesALevelAndTheCommitteesConfirmIt() {
        String no = enrol(LEVEL3);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careGrading")
                .processInstanceBusinessKey(no).singleResult();
        assertThat(pi).isWaitingAt("confirmLevel").hasPassed("proposeLevel", "recordProposal");
        assertThat(gradingTask(no)).hasCandidateGroup("VILLAGE_OFFICER@" + VILLAGE);
        assertThat(care.get(no).getProposedLevel()).isEqualTo(3);
        assertThat(care.get(no).getStatus()).isEqualTo(EnrolmentStatus.PENDING_GRADING);

        // Overriding the proposal needs the committees' reason; nothing is saved without it.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.confirmLevel(no, 2, " ", D0, "vo003002")))
                .isInstanceOf(FieldValidationException.class);
        assertThat(reload(no).getLevel()).isNull();

        confirm(no, 2, "有邻居每日照看");
        assertThat(pi).isEnded();
        CareEnrolment e = reload(no);
        assertThat(e.getLevel()).isEqualTo(2);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(e.getLevelReason()).isEqualTo("有邻居每日照看");
        // Level 2: the village's cadre is responsible; scheduled from the grading day.
        assertThat(e.getResponsibleUsername()).isEqualTo("vc003002");
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(7));
        assertThat(e.getWarnOn()).isEqualTo(D0.plusDays(11));

        // Re-grading to level 3 moves responsibility to the street's township cadre, history kept.
        tx.executeWithoutResult(s -> care.regrade(no, LEVEL3, null, CLERK));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.regrade(no, LEVEL3, null, CLERK)))
                .isInstanceOf(ConflictException.class);
        confirm(no, 3, null);
        assertThat(reload(no).getResponsibleUsername()).isEqualTo("cadre3");
        assertThat(jdbc.queryForObject("select count(*) from care_assignment where enrolment_id = ? and ended_at is not null",
                Long.class, reload(no).getId())).isEqualTo(1);
    }

    @Test
    void aPersonCanBeEnrolledOnlyOnce() {
        String id = Leads.newIdNumber();
        EnrolCommand cmd = new EnrolCommand("重复登记", id, null, null, VILLAGE, CareGroup.CHILD_IN_DIFFICULTY, LEVEL1, null);
        String no = tx.execute(s -> care.enrol(cmd, CLERK).getEnrolmentNo());
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.enrol(cmd, CLERK)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(no);
    }

    // ---- warning boundaries ---------------------------------------------------------------

    @ParameterizedTest(name = "level {1}: day {2} no warning, day {2}+1 warning")
    @CsvSource({"LEVEL3, 3, 5", "LEVEL2, 2, 10", "LEVEL1, 1, 20"})
    void lapseWarningStartsTheDayAfterTheLimit(String factsName, int level, int limit) {
        CareFacts facts = switch (factsName) {
            case "LEVEL3" -> LEVEL3;
            case "LEVEL2" -> LEVEL2;
            default -> LEVEL1;
        };
        String no = graded(facts);
        assertThat(reload(no).getLevel()).isEqualTo(level);

        sweep(D0.plusDays(limit));
        assertThat(reload(no).getOpenWarningId()).as("gap of %d days", limit).isNull();
        assertThat(warningProcess(no)).isNull();

        sweep(D0.plusDays(limit + 1));
        CareEnrolment e = reload(no);
        assertThat(e.getOpenWarningId()).as("gap of %d days", limit + 1).isNotNull();
        Warning w = warnings.findById(e.getOpenWarningId()).orElseThrow();
        assertThat(w.getKind()).isEqualTo(WarningKind.LAPSE);
        assertThat(w.getGapDays()).isEqualTo(limit + 1);
        ProcessInstance pi = warningProcess(no);
        assertThat(pi).isWaitingAt("visitNow", "waitStreet");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getAssignee())
                .isEqualTo(e.getResponsibleUsername());

        // A second sweep the same day raises nothing twice.
        sweep(D0.plusDays(limit + 1));
        assertThat(warnings.findByEnrolmentIdOrderByRaisedAtDesc(e.getId())).hasSize(1);
    }

    @Test
    void theGapIsCountedInBeijingCalendarDays() {
        String no = enrol(LEVEL3);
        confirm(no, 3, null);
        // 23:30 Beijing time is still 15:30 UTC the same day; a visit then counts for that Beijing day.
        at(D0, 23, 45);
        visit(no, D0, 23, Risk.NONE);
        assertThat(reload(no).getLastVisitOn()).isEqualTo(D0);
        // 00:30 Beijing on D0+6 is 16:30 UTC on D0+5, yet the gap is six days: warning.
        at(D0.plusDays(6), 0, 30);
        LocalDate beijingToday = CarePolicy.dayOf(clock.now());
        assertThat(beijingToday).isEqualTo(D0.plusDays(6));
        tx.executeWithoutResult(s -> care.sweepLapses(beijingToday));
        assertThat(reload(no).getOpenWarningId()).isNotNull();
        assertThat(CarePolicy.gapDays(D0, D0.plusDays(5))).isEqualTo(5);
    }

    @Test
    void anUnresolvedWarningEscalatesToTheStreetThenTheDistrictAndAVisitEndsIt() {
        String no = graded(LEVEL3);
        sweep(D0.plusDays(6));
        ProcessInstance pi = warningProcess(no);
        long warningId = reload(no).getOpenWarningId();

        // escalate-after P2D in application.yml
        Job toStreet = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(toStreet.getDuedate().toInstant()).isEqualTo(clock.now().plus(java.time.Duration.ofDays(2)));
        // The visit is due when escalation would take it to the street (issue 15: it showed 无期限).
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("visitNow")
                .singleResult().getDueDate()).isEqualTo(toStreet.getDuedate());
        at(D0.plusDays(8), 6, 1);
        engine.getManagementService().executeJob(toStreet.getId());
        assertThat(pi).isWaitingAt("visitNow", "streetSupervision", "waitDistrict");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("streetSupervision")
                .singleResult()).hasCandidateGroup("STREET_CLERK@" + STREET);
        assertThat(warnings.findById(warningId).orElseThrow().getStage()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "care-warning:" + warningId + ":2:%")).isGreaterThan(0);

        Job toDistrict = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("streetSupervision").singleResult().getDueDate()).isEqualTo(toDistrict.getDuedate());
        at(D0.plusDays(10), 6, 2);
        engine.getManagementService().executeJob(toDistrict.getId());
        assertThat(pi).isWaitingAt("visitNow", "streetSupervision", "districtSupervision");
        assertThat(warnings.findById(warningId).orElseThrow().getStage()).isEqualTo(3);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("districtSupervision").singleResult().getDueDate().toInstant())
                .isEqualTo(clock.now().plus(java.time.Duration.ofDays(2)));

        // The visit ends the warning: every task and timer of it goes.
        at(D0.plusDays(10), 10, 0);
        visit(no, D0.plusDays(10), 9, Risk.NONE);
        assertThat(pi).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
        CareEnrolment e = reload(no);
        assertThat(e.getOpenWarningId()).isNull();
        assertThat(warnings.findById(warningId).orElseThrow().getResolvedAt()).isNotNull();
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(13));
    }

    @Test
    void aMajorRiskWarnsAtOnceAndTheNextVisitEndsIt() {
        String no = graded(LEVEL1);
        at(D0.plusDays(2), 11, 0);
        visit(no, D0.plusDays(2), 10, Risk.MAJOR);
        CareEnrolment e = reload(no);
        assertThat(e.getOpenWarningId()).isNotNull();
        assertThat(warnings.findById(e.getOpenWarningId()).orElseThrow().getKind()).isEqualTo(WarningKind.MAJOR_RISK);
        assertThat(warningProcess(no)).isWaitingAt("visitNow", "waitStreet");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like 'care-major-risk:%:street003'",
                Long.class)).isGreaterThan(0);

        at(D0.plusDays(3), 11, 0);
        visit(no, D0.plusDays(3), 10, Risk.MINOR);
        assertThat(reload(no).getOpenWarningId()).isNull();
        assertThat(warningProcess(no)).isNull();
    }

    @Test
    void aWarningResolvedBeforeItsStartBatchRanGetsNoProcess() {
        String no = graded(LEVEL1);
        long warningId = majorRiskFoundOnDay2(no);
        // The warning is stored; its process waits for a start batch job.
        assertThat(warningProcess(no)).isNull();
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("careWarningStart").messages()
                .count()).isGreaterThanOrEqualTo(1);

        at(D0.plusDays(3), 11, 0);
        visit(no, D0.plusDays(3), 10, Risk.MINOR);
        assertThat(warnings.findById(warningId).orElseThrow().getResolvedAt()).isNotNull();
        // The batch runs after the visit: it skips the resolved warning, so no task asks for a visit made.
        CareTestFixtures.runWarningStarts(engine);
        assertThat(warningProcess(no)).isNull();
        assertThat(warnings.findById(warningId).orElseThrow().getProcessStartedAt()).isNull();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("careWarning")
                .processInstanceBusinessKey(no).count()).isZero();
    }

    @Test
    void aStartBatchRedoneStartsEachWarningOnce() {
        String no = graded(LEVEL1);
        long warningId = majorRiskFoundOnDay2(no);
        // The same range twice (a batch redone after its node died after committing): one process.
        Integer first = tx.execute(s -> care.startWarningProcesses(warningId, warningId));
        Integer again = tx.execute(s -> care.startWarningProcesses(warningId, warningId));
        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        CareTestFixtures.runWarningStarts(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careWarning")
                .processInstanceBusinessKey(no).count()).isEqualTo(1);
        assertThat(warningProcess(no)).isWaitingAt("visitNow", "waitStreet");
    }

    @Test
    void inAnEmergencyVisitsAreDueDailyUntilItIsLifted() {
        String no = graded(LEVEL1);
        assertThat(reload(no).getNextDueOn()).isEqualTo(D0.plusDays(15));
        long id = tx.execute(s -> care.declareEmergency(new EmergencyCommand(VILLAGE, "暴雨洪涝", D0, null, null), MANAGER));
        try {
            CareEnrolment e = reload(no);
            assertThat(e.isInEmergency()).isTrue();
            assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(1));
            // Emergency limit: warn when the gap exceeds 2 days.
            assertThat(sweep(D0.plusDays(2))).isGreaterThanOrEqualTo(0);
            assertThat(reload(no).getOpenWarningId()).isNull();
            sweep(D0.plusDays(3));
            assertThat(reload(no).getOpenWarningId()).isNotNull();
            visit(no, D0.plusDays(3), 5, Risk.NONE);
            assertThat(reload(no).getNextDueOn()).isEqualTo(D0.plusDays(4));
        } finally {
            at(D0.plusDays(3), 8, 0);
            tx.executeWithoutResult(s -> care.liftEmergency(id, MANAGER));
        }
        CareEnrolment e = reload(no);
        assertThat(e.isInEmergency()).isFalse();
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(18));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.liftEmergency(id, MANAGER)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anEmergencyDeclaredAheadStartsAndEndsWithTheDailyRun() {
        String no = graded(LEVEL2);
        long id = tx.execute(s -> care.declareEmergency(new EmergencyCommand(STREET, "寒潮", D0.plusDays(1), D0.plusDays(2), 1), MANAGER));
        try {
            assertThat(reload(no).isInEmergency()).isFalse();
            at(D0.plusDays(1), 6, 0);
            tx.executeWithoutResult(s -> care.applyEmergencies(D0.plusDays(1)));
            assertThat(reload(no).isInEmergency()).isTrue();
            at(D0.plusDays(3), 6, 0);
            tx.executeWithoutResult(s -> care.applyEmergencies(D0.plusDays(3)));
            assertThat(reload(no).isInEmergency()).isFalse();
            assertThat(reload(no).getNextDueOn()).isEqualTo(D0.plusDays(7));
        } finally {
            tx.executeWithoutResult(s -> care.liftEmergency(id, MANAGER));
        }
    }

    @Test
    void theDailyProcessSweepsAndQueuesDigestsOnce() {
        String no = graded(LEVEL3);
        Job daily = engine.getManagementService().createJobQuery().processDefinitionKey("careDaily").timers().singleResult();
        assertThat(daily).isNotNull();
        at(D0.plusDays(6), 6, 0);
        engine.getManagementService().executeJob(daily.getId());
        // The sweep runs in chunk jobs (asyncBefore), the digests after the last one.
        runDailyJobs();
        assertThat(reload(no).getOpenWarningId()).isNotNull();
        CareTestFixtures.runWarningStarts(engine);
        assertThat(warningProcess(no)).isWaitingAt("visitNow", "waitStreet");
        String key = "care-digest:cadre3:" + D0.plusDays(6);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "care-overdue:" + STREET + ":" + D0.plusDays(6) + ":%")).isGreaterThan(0);
        // Run again the same day (a retry): nothing new.
        tx.executeWithoutResult(s -> care.sweepLapses(D0.plusDays(6)));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class, key)).isEqualTo(1);
    }

    @Test
    void aProblemGoesToTheTownshipDepartmentAsADepartmentReferralNotToTheStreetOffice() {
        String no = graded(LEVEL2);
        Problem p = tx.execute(s -> care.referProblem(no, Department.HEALTH_CENTRE, "需要上门体检", null, CLERK));
        // 2026-03-02 + 15 working days (no holidays in March 2026) = 2026-03-23.
        assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(p.getReferralNo()).startsWith("BM");
        // No street-clerk step: the department's own staff get the referral (department-referral.bpmn, tested in
        // department.DepartmentReferralTest with the answer coming back to the problem).
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROBLEM)
                .processInstanceBusinessKey(no).count()).isZero();
        Task t = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.getReferralNo()).singleResult();
        assertThat(t).hasCandidateGroup("DEPARTMENT_STAFF@D36019909");
        assertThat(t.getTaskDefinitionKey()).isEqualTo("acceptReferral");
    }

    @Test
    void aCareProblemInstanceStartedBeforeDepartmentReferralsStillFinishesWithTheStreetClerk() {
        String no = graded(LEVEL2);
        // An instance as care-problem.bpmn started them before V27.
        Problem p = tx.execute(s -> care.referProblem(no, Department.HEALTH_CENTRE, "旧流程问题", null, CLERK));
        var pi = engine.getRuntimeService().createProcessInstanceByKey(PROBLEM).businessKey(no)
                .setVariable(VAR_PROBLEM_ID, p.getId()).setVariable(VAR_STREET_CODE, STREET)
                .setVariable(VAR_DUE_DATE, CareProblemDeadlines.endOf(p.getDueOn())).execute();
        Task t = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(t).hasCandidateGroup("STREET_CLERK@" + STREET);
        Job late = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        at(LocalDate.of(2026, 3, 24), 9, 0);
        engine.getManagementService().executeJob(late.getId());
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "care-problem-overdue:" + p.getId() + ":%")).isGreaterThan(0);
        tx.executeWithoutResult(s -> {
            care.resolveProblem(p.getId(), "卫生院已上门体检", "street003");
            engine.getTaskService().complete(t.getId());
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.resolveProblem(p.getId(), "再次", "street003")))
                .isInstanceOf(ConflictException.class);
    }

    // ---- late and backdated visits (issue 12) ---------------------------------------------

    /** A level-3 person visited on time at 09:00 on D0 (due D0+3) and found lapsed by the sweep of D0+6. */
    record Lapsed(String no, long warningId, ProcessInstance process) {}

    /** The starting point of the late-visit tests: one open lapse warning and its careWarning process. */
    private Lapsed lapsed() {
        String no = graded(LEVEL3);
        sweep(D0.plusDays(6));
        return new Lapsed(no, reload(no).getOpenWarningId(), warningProcess(no));
    }

    @Test
    void aVisitDatedBeforeTheLastOneIsHistoryOnly() {
        Lapsed l = lapsed(); // visited D0: due D0+3, lapse from D0+6
        String no = l.no();
        long warningId = l.warningId();
        ProcessInstance pi = l.process();

        at(D0.plusDays(6), 10, 0);
        CareService.RecordedVisit r = visit(no, D0.minusDays(1), 9, Risk.NONE, "找到上周的纸质记录");
        assertThat(r.countsForSchedule()).isFalse();
        assertThat(r.lateEntry()).isTrue();
        assertThat(r.lapseWarningOpen()).isTrue();

        CareEnrolment e = reload(no);
        assertThat(e.getLastVisitOn()).isEqualTo(D0);
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(3));
        assertThat(e.getWarnOn()).isEqualTo(D0.plusDays(6));
        assertThat(e.getOpenWarningId()).isEqualTo(warningId);
        assertThat(warnings.findById(warningId).orElseThrow().getResolvedAt()).isNull();
        assertThat(pi).isWaitingAt("visitNow", "waitStreet");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("visitNow")
                .count()).isEqualTo(1);
        // Kept as history, with its reason; the timeline says it changed nothing.
        assertThat(jdbc.queryForObject("select count(*) from care_visit where enrolment_id = ? and visit_on = ?"
                + " and late_entry_reason = '找到上周的纸质记录'", Long.class, e.getId(), D0.minusDays(1))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from care_event where enrolment_id = ? and event_type = 'VISITED'"
                + " order by id desc limit 1", String.class, e.getId())).contains("仅记入走访历史").contains("补录");
        // The roster's last visit is the on-time one of D0: no 补录 mark.
        assertThat(e.getLastVisitLateReason()).isNull();
    }

    @Test
    void aLapseAnsweredDayAfterDayByBackdatedVisitsStillEscalatesOnSchedule() {
        Lapsed l = lapsed(); // raised D0+6 06:00; escalate-after P2D: street D0+8, district D0+10
        String no = l.no();
        long warningId = l.warningId();
        ProcessInstance pi = l.process();
        for (int day = 6; day <= 10; day++) {
            LocalDate today = D0.plusDays(day);
            if (day > 6) {
                assertThat(sweep(today)).as("sweep on day %d", day).isZero();
            }
            runDueTimers(pi.getId());
            at(today, 18, 0);
            visit(no, D0.minusDays(day - 5), 9, Risk.NONE, "走访时未带手机，今日补录");
            assertThat(reload(no).getOpenWarningId()).as("day %d", day).isEqualTo(warningId);
            assertThat(reload(no).getNextDueOn()).isEqualTo(D0.plusDays(3));
            int stage = warnings.findById(warningId).orElseThrow().getStage();
            assertThat(stage).as("stage on day %d", day).isEqualTo(day < 8 ? 1 : day < 10 ? 2 : 3);
        }
        assertThat(pi).isWaitingAt("visitNow", "streetSupervision", "districtSupervision");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("streetSupervision")
                .singleResult()).hasCandidateGroup("STREET_CLERK@" + STREET);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("districtSupervision")
                .singleResult()).hasCandidateGroup("DISTRICT_MANAGER@360199");
        // One lapse, one warning, one process: never raised again while it is open.
        assertThat(warningsOf(no)).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careWarning")
                .processInstanceBusinessKey(no).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from care_visit where enrolment_id = ?", Long.class,
                reload(no).getId())).isEqualTo(6);
    }

    @Test
    void aLateVisitClosesTheLapseOnlyWhenThePersonIsCurrentAfterIt() {
        Lapsed l = lapsed();
        String no = l.no();
        long warningId = l.warningId();
        ProcessInstance pi = l.process();

        // After the last visit but still overdue after it (D0+2 + 3 = D0+5 < D0+7): the schedule moves, the warning stays.
        at(D0.plusDays(7), 10, 0);
        CareService.RecordedVisit r = visit(no, D0.plusDays(2), 9, Risk.NONE, "村道塌方，返回后补录");
        assertThat(r.countsForSchedule()).isTrue();
        assertThat(r.lapseWarningOpen()).isTrue();
        CareEnrolment e = reload(no);
        assertThat(e.getLastVisitOn()).isEqualTo(D0.plusDays(2));
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(5));
        assertThat(e.getOpenWarningId()).isEqualTo(warningId);
        assertThat(e.getLastVisitLateReason()).isEqualTo("村道塌方，返回后补录");
        assertThat(pi).isWaitingAt("visitNow", "waitStreet");
        // The next day's sweep finds the lapse already warned: nothing twice.
        assertThat(sweep(D0.plusDays(8))).isZero();
        assertThat(warningsOf(no)).hasSize(1);

        // Three days back (the limit: no reason needed), and due again today after it: current, the warning ends.
        at(D0.plusDays(8), 10, 0);
        r = visit(no, D0.plusDays(5), 9, Risk.NONE, null);
        assertThat(r.lateEntry()).isFalse();
        assertThat(r.lapseWarningOpen()).isFalse();
        e = reload(no);
        assertThat(e.getOpenWarningId()).isNull();
        assertThat(e.getNextDueOn()).isEqualTo(D0.plusDays(8));
        assertThat(e.getLastVisitLateReason()).isNull();
        assertThat(warnings.findById(warningId).orElseThrow().getResolvedAt()).isNotNull();
        assertThat(pi).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
    }

    @Test
    void aMajorRiskInABackdatedVisitStillWarnsAndEachWarningEndsOnItsOwn() {
        Lapsed l = lapsed();
        String no = l.no();
        long lapseId = l.warningId();
        ProcessInstance lapse = l.process();

        at(D0.plusDays(6), 10, 0);
        visit(no, D0.minusDays(2), 9, Risk.MAJOR, "补录上周发现的险情");
        List<Warning> all = warningsOf(no);
        assertThat(all).extracting(Warning::getKind).containsExactlyInAnyOrder(WarningKind.LAPSE, WarningKind.MAJOR_RISK);
        Warning major = all.stream().filter(w -> w.getKind() == WarningKind.MAJOR_RISK).findFirst().orElseThrow();
        assertThat(major.getRaisedOn()).isEqualTo(D0.plusDays(6));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careWarning")
                .processInstanceBusinessKey(no).count()).isEqualTo(2);

        // Visited again, dated after the last visit but still overdue: the major risk is answered, the lapse is not.
        at(D0.plusDays(7), 10, 0);
        visit(no, D0.plusDays(1), 9, Risk.NONE, "补录");
        assertThat(warnings.findById(major.getId()).orElseThrow().getResolvedAt()).isNotNull();
        assertThat(warnings.findById(lapseId).orElseThrow().getResolvedAt()).isNull();
        assertThat(reload(no).getOpenWarningId()).isEqualTo(lapseId);
        assertThat(warningProcess(no).getId()).isEqualTo(lapse.getId());
        assertThat(sweep(D0.plusDays(8))).isZero();
        assertThat(warningsOf(no)).hasSize(2);

        at(D0.plusDays(8), 10, 0);
        visit(no, D0.plusDays(8), 9, Risk.NONE);
        assertThat(reload(no).getOpenWarningId()).isNull();
        assertThat(warningProcess(no)).isNull();
    }

    @Test
    void aLateEntryNeedsAReasonCountedInBeijingDays() {
        String no = graded(LEVEL2);
        // 00:05 Beijing on D0+4 is still 16:05 UTC on D0+3.
        at(D0.plusDays(4), 0, 5);
        Instant dayNAtMidnight = D0.plusDays(1).atStartOfDay(CarePolicy.ZONE).toInstant();
        Instant dayNPlus1AtTheLastMinute = dayNAtMidnight.minusSeconds(60);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.recordVisit(no, new VisitCommand(dayNPlus1AtTheLastMinute,
                VisitMode.PHONE, "家属", "电话", Risk.NONE, " "), null, null, CLERK)))
                .isInstanceOfSatisfying(FieldValidationException.class, x -> assertThat(x.errors())
                        .extracting(FieldValidationException.FieldError::field).containsExactly("lateEntryReason"));
        assertThat(tx.execute(s -> care.recordVisit(no, new VisitCommand(dayNAtMidnight, VisitMode.PHONE, "家属", "电话",
                Risk.NONE, "不需要的原因"), null, null, CLERK)).lateEntry()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from care_visit where enrolment_id = ? and late_entry_reason is not null",
                Long.class, reload(no).getId())).isZero();
        assertThat(tx.execute(s -> care.recordVisit(no, new VisitCommand(dayNPlus1AtTheLastMinute, VisitMode.PHONE, "家属",
                "电话", Risk.NONE, " 电话记录整理后补录 "), null, null, CLERK)).lateEntry()).isTrue();
        assertThat(jdbc.queryForObject("select late_entry_reason from care_visit where enrolment_id = ? and visit_on = ?"
                + " and late_entry_reason is not null", String.class, reload(no).getId(), D0)).isEqualTo("电话记录整理后补录");
    }

    @Test
    void visitsInTheFutureAreRefusedAndSaveNothing() {
        String no = graded(LEVEL2);
        Instant future = clock.now().plus(java.time.Duration.ofHours(2));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> care.recordVisit(no,
                new VisitCommand(future, VisitMode.PHONE, "家属", "电话", Risk.NONE), null, null, CLERK)))
                .isInstanceOf(FieldValidationException.class);
        assertThat(jdbc.queryForObject("select count(*) from care_visit where enrolment_id = ?", Long.class,
                reload(no).getId())).isEqualTo(1);
    }
}
