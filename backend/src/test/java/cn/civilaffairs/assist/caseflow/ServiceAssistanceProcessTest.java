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
import cn.civilaffairs.assist.caseflow.NeedsAssessment.CarerSituation;
import cn.civilaffairs.assist.caseflow.NeedsAssessment.SelfCare;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** processes/service-assistance.bpmn, every path, with the real delegates and domain tables. */
@IntegrationTest
@Tag("db")
class ServiceAssistanceProcessTest {
    private static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道
    private static final String STREET = "360199002";
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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(ServiceCase c) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(c.getCaseNo()).singleResult();
    }

    private ProcessInstance openAndVerify(String name, boolean genuine) {
        ServiceCase c = Leads.open(cases, VILLAGE, name);
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

    private void endNoticePeriod(ProcessInstance pi) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("noticePeriodEnded").singleResult();
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), timer.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
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
        ServiceCase c = Leads.open(cases, VILLAGE, "甲");
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
        assertThat(cases.openLead(again, "test").getPersonId()).isEqualTo(c.getPersonId());
    }

    @Test
    void aPersonWithAnOpenCaseCannotGetASecondOneAndTheAnswerNamesIt() {
        ServiceCase c = Leads.open(cases, VILLAGE, "乙");
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
        assertThat(pi).hasPassed("publishNotice").isWaitingAt("noticeOutcome");

        endNoticePeriod(pi);
        assertThat(pi).hasPassed("startServices").isWaitingAt("reviewWait");
        assertThat(cases.get(c.getCaseNo()).getStatus()).isEqualTo(CaseStatus.SERVING);
        List<ServiceGrant> running = grantsOf(c);
        assertThat(running).extracting(ServiceGrant::getStatus).containsOnly(ServiceGrant.Status.ACTIVE);
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
                org.assertj.core.groups.Tuple.tuple("MEAL_DELIVERY", ServiceGrant.Status.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("CLEANING", ServiceGrant.Status.STOPPED),
                org.assertj.core.groups.Tuple.tuple("HOME_CARE", ServiceGrant.Status.ACTIVE));
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
        assertThat(grantsOf(c)).extracting(ServiceGrant::getStatus).containsOnly(ServiceGrant.Status.STOPPED);
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

    @Test
    void anUpheldObjectionClosesTheCaseAndWithdrawsTheNotice() {
        ProcessInstance pi = openAndVerify("己", true);
        assess(pi, true, List.of("SHOPPING"));
        file(pi);
        notices.raiseObjection(pi.getBusinessKey(), "该户有经营收入", "vo002003");
        assertThat(pi).isWaitingAt(TASK_RECHECK_OBJECTION);
        assertThat(task(pi)).hasCandidateGroup("STREET_CLERK@" + STREET);
        complete(task(pi), withVariables(VAR_OBJECTION_UPHELD, true, VAR_OBJECTION_NOTE, "复核属实，不予纳入"));
        assertThat(pi).isEnded().hasPassed("endObjectionUpheld");
        ServiceCase c = cases.get(pi.getBusinessKey());
        assertThat(c.getStatus()).isEqualTo(CaseStatus.OBJECTION_UPHELD);
        assertThat(text("select decision from objection o join public_notice n "
                + "on n.id = o.notice_id where n.case_id = ?", c.getId())).isEqualTo("UPHELD");
    }

    @Test
    void aDismissedObjectionLetsServicesStart() {
        ProcessInstance pi = openAndVerify("庚", true);
        assess(pi, true, List.of("SHOPPING"));
        file(pi);
        notices.raiseObjection(pi.getBusinessKey(), "邻居反映有子女", "vo002003");
        complete(task(pi), withVariables(VAR_OBJECTION_UPHELD, false, VAR_OBJECTION_NOTE, "子女均在外地，无力照料"));
        assertThat(pi).hasPassed("startServices").isWaitingAt("reviewWait");
        assertThat(cases.get(pi.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.SERVING);
        // After the notice period no objection can be registered.
        assertThatThrownBy(() -> notices.raiseObjection(pi.getBusinessKey(), "再次异议", "vo002003"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMissedVerificationDeadlineEscalatesToTheStreetOfficeOnTheWorkingDayCalendar() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-09-30T10:15:00+08:00").toInstant()));
        ServiceCase c = Leads.open(cases, VILLAGE, "辛");
        ProcessInstance pi = instance(c);
        // 1-7 Oct off; Thu 8, Fri 9, Sat 10 (make-up working day), Mon 12, Tue 13.
        assertThat(task(pi).getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-10-13T23:59:59+08:00").toInstant());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("verifyLeadOverdue").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(task(pi).getDueDate());

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-10-14T00:00:05+08:00").toInstant()));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).hasPassed("escalateVerifyLead").isWaitingAt(TASK_VERIFY_LEAD);
        long mails = count(
                "select count(*) from mail_outbox where subject like ? and recipient = ?", "【督办】核实线索逾期 " + c.getCaseNo(), "street002@qingshan.example.cn");
        assertThat(mails).isEqualTo(1);
        assertThat(count(
                "select count(*) from case_event where case_id = ? and event_type = 'ESCALATED'", c.getId())).isEqualTo(1);
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
        assertThat(grantsOf(c)).extracting(ServiceGrant::getStatus).containsOnly(ServiceGrant.Status.STOPPED);
        assertThat(count(
                "select count(*) from case_event where case_id = ? and event_type like 'SERVICE_%'", c.getId())).isEqualTo(4);
    }
}
