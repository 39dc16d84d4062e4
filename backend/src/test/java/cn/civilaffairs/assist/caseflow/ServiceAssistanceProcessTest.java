package cn.civilaffairs.assist.caseflow;

import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.civilaffairs.assist.caseflow.CaseService.AssessmentCommand;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrant;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrantRepository;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** processes/service-assistance.bpmn, every path, with the real delegates and domain tables. */
@IntegrationTest
@Tag("db")
class ServiceAssistanceProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道
    private static final String STREET = "360199002";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

    @Autowired ProcessEngine engine;
    @Autowired CaseService cases;
    @Autowired CaseDocumentService documents;
    @Autowired NoticeService notices;
    @Autowired GrantService grants;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    private ProcessInstance instance(ServiceCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(c.getCaseNo()).singleResult();
    }

    private ProcessInstance openAndVerify(String name, boolean genuine) {
        ServiceCase c = cases.get(Leads.open(cases, VILLAGE, name));
        ProcessInstance pi = instance(c);
        complete(task(pi), withVariables(VAR_GENUINE, genuine, VAR_VERIFICATION_NOTE, genuine ? "属实" : "不属实"));
        return pi;
    }

    private void assess(ProcessInstance pi, boolean alreadyRecognised, List<String> items) {
        assertThat(pi).isWaitingAt(TASK_HOME_INVESTIGATION);
        assertThat(task(pi)).hasCandidateGroup("STREET_CLERK@" + STREET);
        cases.recordAssessment(pi.getBusinessKey(), new AssessmentCommand(alreadyRecognised ? 2 : 5,
                alreadyRecognised, SelfCare.PARTIAL, CarerSituation.NO_CARER, "独居", "需要助餐", items), "street002");
        complete(task(pi), withVariables(VAR_ALREADY_RECOGNISED, alreadyRecognised));
    }

    private void uploadRequired(ServiceCase c) {
        for (DocumentType t : DocumentType.requiredFor(c.getFocusGroup())) {
            tx.executeWithoutResult(s -> documents.upload(c, t, t.name() + ".pdf", PDF, "vo002003"));
        }
    }

    private void file(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(TASK_FILE_CASE);
        ServiceCase c = cases.get(pi.getBusinessKey());
        uploadRequired(c);
        cases.file(c.getCaseNo(), "vo002003");
        complete(task(pi));
    }

    private Job periodTimer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_NOTICE_PERIOD_ENDED).singleResult();
    }

    /** The period timer is due at 00:00 Beijing time after the 7th day (the posting day is day 1). */
    private void endNoticePeriod(ProcessInstance pi) {
        Job timer = periodTimer(pi);
        LocalDate posted = LocalDate.parse(text("select n.starts_on from public_notice n join service_case c "
                + "on c.id = n.case_id where c.case_no = ?", pi.getBusinessKey()));
        assertThat(timer.getDuedate().toInstant()).isEqualTo(posted.plusDays(7).atStartOfDay(BEIJING).toInstant());
        engine.getManagementService().executeJob(timer.getId());
    }

    private ProcessInstance serving(String name, List<String> items) {
        ProcessInstance pi = openAndVerify(name, true);
        assess(pi, true, items);
        file(pi);
        endNoticePeriod(pi);
        return pi;
    }

    private List<ServiceGrant> grantsOf(ServiceCase c) {
        return grantRepository.findByCaseIdOrderById(c.getId());
    }

    @Autowired ServiceGrantRepository grantRepository;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    @Test
    void aLeadThatIsNotGenuineIsClosedAndThePersonMayBeReportedAgain() {
        ServiceCase c = cases.get(Leads.open(cases, VILLAGE, "甲"));
        ProcessInstance pi = instance(c);
        assertThat(pi).isWaitingAt(TASK_VERIFY_LEAD);
        assertThat(task(pi)).hasCandidateGroup("VILLAGE_OFFICER@" + VILLAGE);
        complete(task(pi), withVariables(VAR_GENUINE, false, VAR_VERIFICATION_NOTE, "经核实有子女照料"));

        assertThat(pi).isEnded().hasPassed("endNotGenuine");
        ServiceCase closed = cases.get(c.getCaseNo());
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED_NOT_GENUINE);
        assertThat(closed.getVerificationNote()).isEqualTo("经核实有子女照料");

        String idNumber = text("select id_number from person where id = ?", c.getPersonId());
        LeadCommand again = new LeadCommand("甲", idNumber, null, null, VILLAGE, LeadSource.NEIGHBOUR,
                FocusGroup.NO_CARER, "再次反映");
        assertThat(cases.get(cases.openLead(again, "test")).getPersonId()).isEqualTo(c.getPersonId());
    }

    @Test
    void aPersonWithAnOpenCaseCannotGetASecondOneAndTheAnswerNamesIt() {
        ServiceCase c = cases.get(Leads.open(cases, VILLAGE, "乙"));
        String idNumber = text("select id_number from person where id = ?", c.getPersonId());
        LeadCommand again = new LeadCommand("乙", idNumber, null, null, VILLAGE, LeadSource.HOTLINE,
                FocusGroup.NO_CARER, "重复");
        long before = count("select count(*) from service_case");
        assertThatThrownBy(() -> cases.openLead(again, "test")).isInstanceOf(ConflictException.class)
                .hasMessageContaining(c.getCaseNo());
        assertThat(count("select count(*) from service_case"))
                .isEqualTo(before);
    }

    @Test
    void recognisedPersonIsFiledPostedAndServedThenAReviewChangesServicesAndAStatusChangeExits() {
        ProcessInstance pi = openAndVerify("丙", true);
        assess(pi, true, List.of("MEAL_DELIVERY", "CLEANING"));
        assertThat(pi).hasPassed("issueCard").isWaitingAt(TASK_FILE_CASE);
        assertThat(task(pi)).hasCandidateGroup("VILLAGE_OFFICER@" + VILLAGE);
        ServiceCase c = cases.get(pi.getBusinessKey());
        assertThat(c.getStatus()).isEqualTo(CaseStatus.FILING);

        // Filing refuses while documents are missing, and changes nothing.
        assertThatThrownBy(() -> cases.file(c.getCaseNo(), "vo002003")).isInstanceOf(FieldValidationException.class);
        assertThat(cases.get(c.getCaseNo()).getServiceNo()).isNull();
        file(pi);
        ServiceCase filed = cases.get(c.getCaseNo());
        assertThat(filed.getServiceNo()).isPositive();
        assertThat(filed.getStatus()).isEqualTo(CaseStatus.NOTICE);
        assertThat(pi).hasPassed("publishNotice").isWaitingAt(TIMER_NOTICE_PERIOD_ENDED);

        endNoticePeriod(pi);
        assertThat(pi).hasPassed("startServices").isWaitingAt("reviewWait");
        assertThat(cases.get(c.getCaseNo()).getStatus()).isEqualTo(CaseStatus.SERVING);
        List<ServiceGrant> running = grantsOf(c);
        assertThat(running).extracting(ServiceGrant::getStatus).containsOnly(GrantStatus.ACTIVE);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("serviceOrder")
                .processInstanceBusinessKey(c.getCaseNo()).count()).isEqualTo(2);

        // Periodic review (quarterly timer): change CLEANING for HOME_CARE.
        Job review = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("periodicReviewDue").singleResult();
        engine.getManagementService().executeJob(review.getId());
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        grants.changeItems(c.getCaseNo(), List.of("MEAL_DELIVERY", "HOME_CARE"), "季度复核调整", "street002");
        complete(task(pi), withVariables(VAR_REVIEW_DECISION, "CHANGE", VAR_REVIEW_REASON, "季度复核调整"));
        assertThat(pi).hasPassed("applyServiceChanges").isWaitingAt("reviewWait");
        assertThat(grantsOf(c)).extracting(ServiceGrant::getItemCode, ServiceGrant::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MEAL_DELIVERY", GrantStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("CLEANING", GrantStatus.STOPPED),
                org.assertj.core.groups.Tuple.tuple("HOME_CARE", GrantStatus.ACTIVE));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("serviceOrder")
                .processInstanceBusinessKey(c.getCaseNo()).count()).isEqualTo(2);

        // Status change (e.g. death) arrives as a message: review, stop, exit.
        engine.getRuntimeService().createMessageCorrelation(MESSAGE_STATUS_CHANGED)
                .processInstanceBusinessKey(c.getCaseNo()).setVariable(VAR_REVIEW_REASON, "救助对象死亡").correlate();
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        complete(task(pi), withVariables(VAR_REVIEW_DECISION, "STOP", VAR_REVIEW_REASON, "救助对象死亡"));
        assertThat(pi).isEnded().hasPassed("endExited");
        ServiceCase exited = cases.get(c.getCaseNo());
        assertThat(exited.getStatus()).isEqualTo(CaseStatus.EXITED);
        assertThat(exited.getDecisionReason()).isEqualTo("救助对象死亡");
        assertThat(grantsOf(c)).extracting(ServiceGrant::getStatus).containsOnly(GrantStatus.STOPPED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("serviceOrder")
                .processInstanceBusinessKey(c.getCaseNo()).count()).isZero();
        assertThat(count(
                "select count(*) from public_notice where case_id = ? and status <> 'WITHDRAWN'", c.getId())).isZero();
    }

    @Test
    void aPersonNotYetRecognisedGoesToTheDistrictAndARejectionClosesTheCase() {
        ProcessInstance pi = openAndVerify("丁", true);
        assess(pi, false, List.of("HOME_CARE"));
        assertThat(pi).isWaitingAt(TASK_RECOGNISE);
        assertThat(task(pi)).hasCandidateGroup("DISTRICT_MANAGER@360199");
        complete(task(pi), withVariables(VAR_RECOGNISED, false, VAR_RECOGNITION_NOTE, "家庭收入超过标准"));
        assertThat(pi).isEnded().hasPassed("endRejected");
        ServiceCase c = cases.get(pi.getBusinessKey());
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.getDecisionReason()).isEqualTo("家庭收入超过标准");
    }

    @Test
    void aRecognisedPersonGetsACardAfterTheDistrictApproves() {
        ProcessInstance pi = openAndVerify("戊", true);
        assess(pi, false, List.of("HOME_CARE"));
        complete(task(pi), withVariables(VAR_RECOGNISED, true, VAR_RECOGNITION_NOTE, "符合特困供养条件"));
        assertThat(pi).hasPassed("recordRecognition", "issueCard").isWaitingAt(TASK_FILE_CASE);
        assertThat(count("select count(*) from service_card c join service_case s "
                + "on s.id = c.case_id where s.case_no = ? and c.status = 'VALID'", pi.getBusinessKey()))
                .isEqualTo(1);
    }

    // --- The notice period (issue 12): posted on day 1, objections every day up to day 7 included ---

    /** Day 1 of the notices below; the period crosses the month end (last day 2 December). */
    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 26);

    private void on(int day, String time) {
        clock.at(DAY_1.plusDays(day - 1L).atTime(LocalTime.parse(time)));
    }

    private ProcessInstance posted(String name) {
        on(1, "09:30");
        ProcessInstance pi = openAndVerify(name, true);
        assess(pi, true, List.of("SHOPPING"));
        file(pi);
        assertThat(pi).isWaitingAt(TIMER_NOTICE_PERIOD_ENDED);
        assertThat(text("select n.ends_on from public_notice n join service_case c on c.id = n.case_id "
                + "where c.case_no = ?", pi.getBusinessKey())).isEqualTo("2026-12-02");
        return pi;
    }

    private List<Task> reviews(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_RECHECK_OBJECTION).orderByTaskCreateTime().asc().list();
    }

    private Task reviewOf(ProcessInstance pi, long objectionId) {
        return reviews(pi).stream().filter(t -> objectionIdOf(t) == objectionId).findFirst().orElseThrow();
    }

    private long objectionIdOf(Task t) {
        return ((Number) engine.getTaskService().getVariable(t.getId(), VAR_OBJECTION_ID)).longValue();
    }

    private void decide(Task review, boolean upheld, String note) {
        engine.getTaskService().complete(review.getId(), Map.of(VAR_OBJECTION_UPHELD, upheld, VAR_OBJECTION_NOTE, note));
    }

    private String decision(long objectionId) {
        return jdbc.queryForObject("select decision from objection where id = ?", String.class, objectionId);
    }

    private String noticeStatus(ProcessInstance pi) {
        return text("select n.status from public_notice n join service_case c on c.id = n.case_id "
                + "where c.case_no = ?", pi.getBusinessKey());
    }

    private long events(ProcessInstance pi, String type) {
        return count("select count(*) from case_event e join service_case c on c.id = e.case_id "
                + "where c.case_no = ? and e.event_type = ?", pi.getBusinessKey(), type);
    }

    private CaseStatus status(ProcessInstance pi) {
        return cases.get(pi.getBusinessKey()).getStatus();
    }

    @Test
    void anObjectionDismissedOnDay2ReturnsToTheRunningNoticeAndServicesStartOnlyAfterDay7() {
        ProcessInstance pi = posted("辛");
        Date periodEnd = periodTimer(pi).getDuedate();
        on(2, "10:00");
        long first = notices.raiseObjection(pi.getBusinessKey(), "邻居反映有子女", "vo002003");
        assertThat(reviews(pi)).hasSize(1);
        assertThat(reviews(pi).get(0)).hasCandidateGroup("STREET_CLERK@" + STREET);
        assertThat(objectionIdOf(reviews(pi).get(0))).isEqualTo(first);
        decide(reviews(pi).get(0), false, "子女均在外地，无力照料");

        // Back in the running notice: the same timer, no services, nothing says the period ended.
        assertThat(pi).isWaitingAt(TIMER_NOTICE_PERIOD_ENDED).hasNotPassed("startServices");
        assertThat(periodTimer(pi).getDuedate()).isEqualTo(periodEnd);
        assertThat(status(pi)).isEqualTo(CaseStatus.NOTICE);
        assertThat(noticeStatus(pi)).isEqualTo("PUBLISHED");
        assertThat(events(pi, "NOTICE_PERIOD_ENDED") + events(pi, "SERVING")).isZero();
        assertThat(decision(first)).isEqualTo("DISMISSED");

        on(5, "15:00");
        long second = notices.raiseObjection(pi.getBusinessKey(), "反映其有固定收入", "vo002003");
        assertThat(second).isNotEqualTo(first);
        decide(reviewOf(pi, second), false, "收入低于标准");
        assertThat(decision(second)).isEqualTo("DISMISSED");

        on(7, "23:59");
        assertThat(periodTimer(pi).getDuedate()).isAfter(java.util.Date.from(clock.now()));
        assertThat(status(pi)).isEqualTo(CaseStatus.NOTICE);

        on(8, "00:00");
        endNoticePeriod(pi);
        assertThat(pi).hasPassed("recordNoticePeriodEnded", "startServices").isWaitingAt("reviewWait");
        assertThat(status(pi)).isEqualTo(CaseStatus.SERVING);
        assertThat(noticeStatus(pi)).isEqualTo("LONG_TERM");
        assertThat(events(pi, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
    }

    @Test
    void anObjectionOnTheLastDayInBeijingTimeIsAcceptedAndTheDayAfterRefused() {
        ProcessInstance pi = posted("壬");
        on(7, "23:59:59"); // 15:59:59 UTC
        notices.raiseObjection(pi.getBusinessKey(), "最后一日的异议", "vo002003");
        assertThat(reviews(pi)).hasSize(1);
        decide(reviews(pi).get(0), false, "不成立");

        // 00:00 on day 8 in Beijing (still day 7 in UTC), before the timer job has even run.
        on(8, "00:00");
        assertThatThrownBy(() -> notices.raiseObjection(pi.getBusinessKey(), "晚了", "vo002003"))
                .isInstanceOf(ConflictException.class).hasMessage(NoticeService.PERIOD_OVER);
        assertThat(reviews(pi)).isEmpty();
        assertThat(count("select count(*) from objection o join public_notice n on n.id = o.notice_id "
                + "join service_case c on c.id = n.case_id where c.case_no = ?", pi.getBusinessKey())).isEqualTo(1);

        endNoticePeriod(pi);
        assertThat(status(pi)).isEqualTo(CaseStatus.SERVING);
        assertThatThrownBy(() -> notices.raiseObjection(pi.getBusinessKey(), "服务中", "vo002003"))
                .isInstanceOf(ConflictException.class).hasMessage(NoticeService.PERIOD_NOT_RUNNING);
    }

    @Test
    void twoObjectionsUnderReviewAtOnceAreDecidedEachOnItsOwn() {
        ProcessInstance pi = posted("癸");
        on(3, "09:00");
        long a = notices.raiseObjection(pi.getBusinessKey(), "异议一", "vo002003");
        long b = notices.raiseObjection(pi.getBusinessKey(), "异议二", "vo002003");
        assertThat(reviews(pi)).hasSize(2);

        decide(reviewOf(pi, b), false, "异议二不成立");
        assertThat(decision(b)).isEqualTo("DISMISSED");
        assertThat(decision(a)).isNull();
        assertThat(reviews(pi)).singleElement().extracting(this::objectionIdOf).isEqualTo(a);
        // Each review's decision stays in its own scope, never on the process instance.
        assertThat(engine.getRuntimeService().getVariablesLocal(pi.getId()))
                .doesNotContainKeys(VAR_OBJECTION_ID, VAR_OBJECTION_UPHELD, VAR_OBJECTION_NOTE);

        decide(reviewOf(pi, a), false, "异议一不成立");
        assertThat(decision(a)).isEqualTo("DISMISSED");
        assertThat(text("select decision_note from objection where id = ?", a)).isEqualTo("异议一不成立");
        assertThat(text("select decision_note from objection where id = ?", b)).isEqualTo("异议二不成立");
        assertThat(pi).isWaitingAt(TIMER_NOTICE_PERIOD_ENDED);
        assertThat(status(pi)).isEqualTo(CaseStatus.NOTICE);
    }

    @Test
    void anUpheldObjectionEndsTheNoticeAndClosesTheCaseWhileAnotherIsUnderReview() {
        ProcessInstance pi = posted("子");
        on(2, "10:00");
        long a = notices.raiseObjection(pi.getBusinessKey(), "该户有经营收入", "vo002003");
        long b = notices.raiseObjection(pi.getBusinessKey(), "另有房产", "vo002003");
        decide(reviewOf(pi, a), true, "复核属实，不予纳入");

        assertThat(pi).isEnded().hasPassed("objectionUpheld", "closeObjectionUpheld", "endObjectionUpheld")
                .hasNotPassed("startServices", "recordNoticePeriodEnded");
        ServiceCase c = cases.get(pi.getBusinessKey());
        assertThat(c.getStatus()).isEqualTo(CaseStatus.OBJECTION_UPHELD);
        assertThat(c.getDecisionReason()).isEqualTo("复核属实，不予纳入");
        assertThat(decision(a)).isEqualTo("UPHELD");
        assertThat(decision(b)).isEqualTo("LAPSED"); // its review ended with the notice
        assertThat(noticeStatus(pi)).isEqualTo("WITHDRAWN");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThatThrownBy(() -> notices.raiseObjection(pi.getBusinessKey(), "再次异议", "vo002003"))
                .isInstanceOf(ConflictException.class).hasMessage(NoticeService.PERIOD_NOT_RUNNING);
    }

    @Test
    void whenThePeriodEndsDuringAReviewServicesWaitForItsDecision() {
        ProcessInstance pi = posted("丑");
        on(6, "16:00");
        notices.raiseObjection(pi.getBusinessKey(), "反映其子女有赡养能力", "vo002003");

        on(8, "00:00");
        endNoticePeriod(pi);
        assertThat(pi).hasPassed("recordNoticePeriodEnded").hasNotPassed("startServices");
        assertThat(reviews(pi)).hasSize(1);
        assertThat(status(pi)).isEqualTo(CaseStatus.NOTICE);
        assertThat(noticeStatus(pi)).isEqualTo("PUBLISHED");
        assertThat(text("select detail from case_event e join service_case c on c.id = e.case_id "
                + "where c.case_no = ? and e.event_type = 'NOTICE_PERIOD_ENDED'", pi.getBusinessKey()))
                .isEqualTo("公示期满（2026-11-26 至 2026-12-02），尚有 1 件异议在复核，复核后再启动服务");
        assertThatThrownBy(() -> notices.raiseObjection(pi.getBusinessKey(), "期满后", "vo002003"))
                .isInstanceOf(ConflictException.class).hasMessage(NoticeService.PERIOD_OVER);

        on(9, "10:00");
        decide(reviews(pi).get(0), false, "子女无赡养能力");
        assertThat(pi).hasPassed("startServices").isWaitingAt("reviewWait");
        assertThat(status(pi)).isEqualTo(CaseStatus.SERVING);
        assertThat(noticeStatus(pi)).isEqualTo("LONG_TERM");
        assertThat(events(pi, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
    }

    @Test
    void anObjectionUpheldAfterThePeriodEndedStillClosesTheCase() {
        ProcessInstance pi = posted("寅");
        on(7, "08:00");
        notices.raiseObjection(pi.getBusinessKey(), "该户隐瞒收入", "vo002003");
        on(8, "00:00");
        endNoticePeriod(pi);
        on(10, "11:00");
        decide(reviews(pi).get(0), true, "查实隐瞒收入");
        assertThat(pi).isEnded().hasPassed("endObjectionUpheld").hasNotPassed("startServices");
        assertThat(status(pi)).isEqualTo(CaseStatus.OBJECTION_UPHELD);
        assertThat(noticeStatus(pi)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aMissedVerificationDeadlineEscalatesToTheStreetOfficeOnTheWorkingDayCalendar() {
        clock.at(ZonedDateTime.parse("2026-09-30T10:15:00+08:00").toInstant());
        ServiceCase c = cases.get(Leads.open(cases, VILLAGE, "辛"));
        ProcessInstance pi = instance(c);
        // 1-7 Oct off; Thu 8, Fri 9, Sat 10 (make-up working day), Mon 12, Tue 13.
        assertThat(task(pi).getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-10-13T23:59:59+08:00").toInstant());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("verifyLeadOverdue").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(task(pi).getDueDate());

        clock.at(ZonedDateTime.parse("2026-10-14T00:00:05+08:00").toInstant());
        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).hasPassed("escalateVerifyLead").isWaitingAt(TASK_VERIFY_LEAD);
        long mails = count(
                "select count(*) from mail_outbox where subject like ? and recipient = ?", "【督办】核实线索逾期 " + c.getCaseNo(), "street002@qingshan.example.cn");
        assertThat(mails).isEqualTo(1);
        assertThat(count(
                "select count(*) from case_event where case_id = ? and event_type = 'ESCALATED'", c.getId())).isEqualTo(1);
    }

    @Test
    void stoppingAnItemEndsItsGenericServiceProcessThroughTheStopEvent() {
        ProcessInstance pi = serving("癸", List.of("REHABILITATION"));
        ProcessInstance service = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("genericService").processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
        assertThat(service).isWaitingAt("assignOrganisation");
        String open = task(service).getId();
        assertThat(count("select count(*) from inbox_task where task_id = ?", open)).isPositive();
        grants.stopAll(pi.getBusinessKey(), "本人已去世", "street003");
        // Its open task left the inbox with the instance.
        assertThat(count("select count(*) from inbox_task where task_id = ?", open)).isZero();
        assertThat(service).isEnded().hasPassed(GenericServiceProcess.END_SERVICE_STOPPED)
                .hasNotPassed("serviceClosed");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(service.getId())
                .singleResult().getState()).as("ended, not deleted").isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(service.getId())
                .variableName(GenericServiceProcess.VAR_STOP_REASON).singleResult().getValue()).isEqualTo("本人已去世");
        assertThat(grantsOf(cases.get(pi.getBusinessKey()))).extracting(ServiceGrant::getStatus)
                .containsOnly(GrantStatus.STOPPED);
    }

    @Test
    void theGenericServiceProcessRunsFromAssignmentToOutcome() {
        ProcessInstance pi = serving("壬", List.of("REHABILITATION"));
        ProcessInstance service = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("genericService").processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
        assertThat(service).isWaitingAt("assignOrganisation");
        assertThat(task(service)).hasCandidateGroup("STREET_CLERK@" + STREET);
        complete(task(service), withVariables("organisation", "青山区康复医院", "contact", "王医生 0791-1234567"));
        complete(task(service), withVariables("startedOn", new Date()));
        assertThat(service).isWaitingAt("deliverService");
        complete(task(service), withVariables("outcome", "已完成12次康复训练，行走能力改善"));
        assertThat(service).isEnded();
        ServiceCase c = cases.get(pi.getBusinessKey());
        assertThat(grantsOf(c)).extracting(ServiceGrant::getStatus).containsOnly(GrantStatus.STOPPED);
        assertThat(count(
                "select count(*) from case_event where case_id = ? and event_type like 'SERVICE_%'", c.getId())).isEqualTo(4);
    }
}
