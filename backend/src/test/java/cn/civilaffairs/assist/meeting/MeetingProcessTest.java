package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingFixtures.*;
import static cn.civilaffairs.assist.meeting.MeetingProcesses.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentOutcome;
import cn.civilaffairs.assist.department.DepartmentReferralClosed;
import cn.civilaffairs.assist.department.DepartmentReferralRequested;
import cn.civilaffairs.assist.department.ReferralSource;
import cn.civilaffairs.assist.meeting.MeetingService.DecisionCommand;
import cn.civilaffairs.assist.meeting.MeetingService.PlanCommand;
import cn.civilaffairs.assist.meeting.internal.AgendaItem;
import cn.civilaffairs.assist.meeting.internal.AgendaItemRepository;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of the joint meeting with the real services and tables: an agency's plan returned then agreed,
 * deliveries, close, the district's return and confirmation, the outcome on the case timeline; the overdue-plan
 * reminder with the engine clock moved across a weekend; department referral resolved and returned; not taken up;
 * a second decision refused.
 */
@IntegrationTest
@Tag("db")
@Import(MeetingProcessTest.Requests.class)
class MeetingProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    /** A past Monday in a normal working week. */
    static final LocalDate D0 = LocalDate.of(2026, 3, 9);

    @Autowired ProcessEngine engine;
    @Autowired MeetingFixtures fixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaItemRepository items;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationEventPublisher events;
    @Autowired Requests requests;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    /** Stands in for the department module (not on this branch): records the requests it would act on. */
    @TestConfiguration
    static class Requests {
        final List<DepartmentReferralRequested> seen = new ArrayList<>();

        @EventListener
        void on(DepartmentReferralRequested request) {
            seen.add(request);
        }
    }

    @BeforeEach
    void setUp() {
        init(engine);
        clock.at(D0, 9, 0);
    }

    private String listed(String name) {
        String caseNo = fixtures.serving(name);
        return tx.execute(s -> meetings.list(caseNo, "需要心理疏导和家庭调解", "民政服务目录中没有该项服务", CLERK)
                .getItemNo());
    }

    private String scheduled(String name) {
        String itemNo = listed(name);
        tx.executeWithoutResult(s -> meetings.schedule(D0, "民政局、残联、卫健局、妇联", null, List.of(itemNo), MANAGER));
        return itemNo;
    }

    private void decide(String itemNo, DecisionCommand cmd) {
        tx.executeWithoutResult(s -> meetings.decide(itemNo, cmd, MANAGER));
    }

    private AgendaItem item(String itemNo) {
        return items.findByItemNo(itemNo).orElseThrow();
    }

    private String caseNo(String itemNo) {
        return item(itemNo).getCaseNo();
    }

    private List<String> caseEvents(String caseNo) {
        return jdbc.queryForList("select e.event_type from case_event e join service_case c on c.id = e.case_id"
                + " where c.case_no = ? order by e.id", String.class, caseNo);
    }

    private ProcessInstance process(String itemNo) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(item(itemNo).getProcessInstanceId()).singleResult();
    }

    private Task task(String itemNo, String key) {
        return fixtures.task(itemNo, key);
    }

    private void submitPlan(String itemNo, String goals) {
        Task t = task(itemNo, TASK_WRITE_PLAN);
        tx.executeWithoutResult(s -> {
            meetings.submitPlan(itemNo, new PlanCommand(goals, "每周上门心理疏导一次，每月家庭会谈一次", D0,
                    D0.plusMonths(3), "苏晴（社工师）", new BigDecimal("3600")), AGENCY_STAFF);
            engine.getTaskService().complete(t.getId());
        });
    }

    private void review(String itemNo, boolean agree, String comment) {
        Task t = task(itemNo, TASK_REVIEW_PLAN);
        tx.executeWithoutResult(s -> {
            meetings.answerPlan(itemNo, agree, comment, MANAGER);
            engine.getTaskService().complete(t.getId(), Map.of(VAR_PLAN_AGREED, agree));
        });
    }

    @Test
    void anAgencysPlanIsReturnedThenAgreedItDeliversClosesAndTheDistrictsConfirmationPutsTheOutcomeOnTheCase() {
        String itemNo = scheduled("议程甲");
        decide(itemNo, new DecisionCommand(Decision.AGENCY, null, AGENCY, "由社工机构介入"));
        ProcessInstance pi = process(itemNo);
        assertThat(pi).isWaitingAt(TASK_WRITE_PLAN);
        Task write = task(itemNo, TASK_WRITE_PLAN);
        assertThat(write).hasCandidateGroup("SOCIAL_WORK_AGENCY@" + AGENCY).hasFormKey("app:agency-plan");
        assertThat(item(itemNo).getStatus()).isEqualTo(ItemStatus.AGENCY_PLANNING);

        submitPlan(itemNo, "第一版目标");
        assertThat(task(itemNo, TASK_REVIEW_PLAN)).hasCandidateGroup("DISTRICT_MANAGER@" + DISTRICT);
        // A return needs a reason.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.answerPlan(itemNo, false, " ", MANAGER)))
                .isInstanceOf(FieldValidationException.class);
        review(itemNo, false, "请细化服务频次和评估指标");
        assertThat(pi).isWaitingAt(TASK_WRITE_PLAN);
        submitPlan(itemNo, "第二版目标：情绪稳定、家庭关系缓和");
        review(itemNo, true, null);
        assertThat(pi).isWaitingAt(TASK_DELIVER);
        assertThat(jdbc.queryForList("select review_action from meeting_plan p join meeting_item i on i.id = p.item_id"
                + " where i.item_no = ? order by p.plan_round", String.class, itemNo))
                .containsExactly("RETURNED", "AGREED");
        assertThat(jdbc.queryForList("select goals from meeting_plan p join meeting_item i on i.id = p.item_id"
                + " where i.item_no = ? order by p.plan_round", String.class, itemNo))
                .containsExactly("第一版目标", "第二版目标：情绪稳定、家庭关系缓和");

        // No close without a delivery; no delivery in the future.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.closeByAgency(itemNo, AgencyOutcome.RESOLVED,
                "已完成", AGENCY_STAFF))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.recordDelivery(itemNo, D0.plusDays(1), "上门",
                60, AGENCY_STAFF))).isInstanceOf(FieldValidationException.class);
        tx.executeWithoutResult(s -> {
            meetings.recordDelivery(itemNo, D0, "上门心理疏导", 90, AGENCY_STAFF);
            meetings.recordDelivery(itemNo, D0, "家庭会谈", 60, AGENCY_STAFF);
        });
        Task deliver = task(itemNo, TASK_DELIVER);
        tx.executeWithoutResult(s -> {
            meetings.closeByAgency(itemNo, AgencyOutcome.PARTLY_RESOLVED, "情绪明显改善，家庭矛盾仍需跟进", AGENCY_STAFF);
            engine.getTaskService().complete(deliver.getId());
        });
        assertThat(item(itemNo).getStatus()).isEqualTo(ItemStatus.AGENCY_CLOSING);
        // The district returns the close once, the agency closes again, the district confirms.
        Task confirm = task(itemNo, TASK_CONFIRM_CLOSE);
        tx.executeWithoutResult(s -> {
            meetings.confirmClose(itemNo, false, "请补充最后一次回访记录", MANAGER);
            engine.getTaskService().complete(confirm.getId(), Map.of(VAR_CLOSE_CONFIRMED, false));
        });
        assertThat(pi).isWaitingAt(TASK_DELIVER);
        assertThat(item(itemNo).getStatus()).isEqualTo(ItemStatus.AGENCY_SERVING);
        Task again = task(itemNo, TASK_DELIVER);
        tx.executeWithoutResult(s -> {
            meetings.recordDelivery(itemNo, D0, "结案回访", 30, AGENCY_STAFF);
            meetings.closeByAgency(itemNo, AgencyOutcome.RESOLVED, "情绪稳定，家庭关系缓和", AGENCY_STAFF);
            engine.getTaskService().complete(again.getId());
        });
        Task confirm2 = task(itemNo, TASK_CONFIRM_CLOSE);
        tx.executeWithoutResult(s -> {
            meetings.confirmClose(itemNo, true, null, MANAGER);
            engine.getTaskService().complete(confirm2.getId(), Map.of(VAR_CLOSE_CONFIRMED, true));
        });
        assertThat(pi).isEnded().hasPassed(END_CLOSED);
        AgendaItem done = item(itemNo);
        assertThat(done.getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(done.getOutcome()).isEqualTo("RESOLVED");
        assertThat(caseEvents(caseNo(itemNo))).containsSubsequence("MEETING_LISTED", "MEETING_DECIDED",
                "MEETING_PLAN_AGREED", "MEETING_CLOSED");
        assertThat(jdbc.queryForObject("select e.detail from case_event e join service_case c on c.id = e.case_id"
                + " where c.case_no = ? and e.event_type = 'MEETING_CLOSED'", String.class, caseNo(itemNo)))
                .contains("青山区阳光社工服务中心").contains("已解决").contains("服务 3 次");
    }

    @Test
    void aPlanNotSubmittedWithinTenWorkingDaysRemindsTheDistrictOnceAcrossTheWeekends() {
        String itemNo = scheduled("议程乙");
        decide(itemNo, new DecisionCommand(Decision.AGENCY, null, AGENCY, null));
        Task write = task(itemNo, TASK_WRITE_PLAN);
        Date due = calendar.deadline(Date.from(clock.now()), 10);
        // Monday 2026-03-09 + 10 working days = Monday 2026-03-23 (two weekends skipped), end of day.
        assertThat(due.toInstant()).isEqualTo(LocalDate.of(2026, 3, 23).atTime(23, 59, 59)
                .atZone(EngineClock.BEIJING).toInstant());
        assertThat(write.getDueDate()).isEqualTo(due);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(item(itemNo)
                .getProcessInstanceId()).timers().activityId(TIMER_PLAN_OVERDUE).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(due);

        clock.at(LocalDate.of(2026, 3, 24), 0, 1);
        engine.getManagementService().executeJob(timer.getId());
        assertThat(process(itemNo)).hasPassed("remindPlanOverdue").isWaitingAt(TASK_WRITE_PLAN);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "agency-plan-overdue:" + itemNo + ":%")).isPositive();
        // The plan task stays; the agency can still submit.
        submitPlan(itemNo, "迟交的方案");
        assertThat(process(itemNo)).isWaitingAt(TASK_REVIEW_PLAN);
    }

    @Test
    void aDepartmentReferralIsRequestedAndItsAnswerClosesTheItemOrPutsItBackOnTheAgenda() {
        String resolved = scheduled("议程丙");
        decide(resolved, new DecisionCommand(Decision.DEPARTMENT, DepartmentKind.DISABLED_FEDERATION, null, null));
        assertThat(item(resolved).getStatus()).isEqualTo(ItemStatus.DEPARTMENT);
        DepartmentReferralRequested req = requests.seen.stream().filter(r -> r.sourceRef().equals(resolved))
                .findFirst().orElseThrow();
        assertThat(req.source()).isEqualTo(ReferralSource.JOINT_MEETING);
        assertThat(req.kind()).isEqualTo(DepartmentKind.DISABLED_FEDERATION);
        assertThat(req.villageCode()).isEqualTo(VILLAGE);
        assertThat(req.personId()).isEqualTo(item(resolved).getPersonId());
        assertThat(req.requestedBy()).isEqualTo("manager");

        // Another asker's closure with the same ref is not ours.
        tx.executeWithoutResult(s -> events.publishEvent(new DepartmentReferralClosed("BM1", req.personId(),
                ReferralSource.CARE_PROBLEM, resolved, DepartmentOutcome.RESOLVED, "无关")));
        assertThat(item(resolved).getStatus()).isEqualTo(ItemStatus.DEPARTMENT);
        tx.executeWithoutResult(s -> events.publishEvent(new DepartmentReferralClosed("BM2", req.personId(),
                ReferralSource.JOINT_MEETING, resolved, DepartmentOutcome.RESOLVED, "已配发轮椅并办理残疾人补贴")));
        assertThat(item(resolved).getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(item(resolved).getOutcome()).isEqualTo("RESOLVED");
        assertThat(caseEvents(caseNo(resolved))).containsSubsequence("MEETING_LISTED", "MEETING_DECIDED",
                "MEETING_CLOSED");

        String returned = scheduled("议程丁");
        decide(returned, new DecisionCommand(Decision.DEPARTMENT, DepartmentKind.HOUSING, null, null));
        tx.executeWithoutResult(s -> events.publishEvent(new DepartmentReferralClosed("BM3", 1L,
                ReferralSource.JOINT_MEETING, returned, DepartmentOutcome.RETURNED, "不属于住建部门职责")));
        AgendaItem back = item(returned);
        assertThat(back.getStatus()).isEqualTo(ItemStatus.LISTED);
        assertThat(back.getReturnedNote()).isEqualTo("不属于住建部门职责");
        assertThat(back.getMeetingId()).isNull();
        // Back on a meeting, it can be decided again.
        tx.executeWithoutResult(s -> meetings.schedule(D0.plusDays(7), "民政局、住建局", null, List.of(returned), MANAGER));
        decide(returned, new DecisionCommand(Decision.AGENCY, null, AGENCY, null));
        assertThat(item(returned).getStatus()).isEqualTo(ItemStatus.AGENCY_PLANNING);
    }

    @Test
    void notTakenUpNeedsAReasonAndASecondDecisionOrAnUnscheduledDecisionIsRefused() {
        String itemNo = listed("议程戊");
        assertThatThrownBy(() -> decide(itemNo, new DecisionCommand(Decision.NOT_TAKEN, null, null, "理由")))
                .isInstanceOf(ConflictException.class);
        tx.executeWithoutResult(s -> meetings.schedule(D0, "民政局", null, List.of(itemNo), MANAGER));
        // Listed on one meeting only.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.schedule(D0, "民政局", null, List.of(itemNo),
                MANAGER))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decide(itemNo, new DecisionCommand(Decision.NOT_TAKEN, null, null, " ")))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> decide(itemNo, new DecisionCommand(Decision.DEPARTMENT, null, null, null)))
                .isInstanceOf(FieldValidationException.class);
        // A charity is not an agency.
        assertThatThrownBy(() -> decide(itemNo, new DecisionCommand(Decision.AGENCY, null, "C360199001", null)))
                .isInstanceOf(FieldValidationException.class);
        decide(itemNo, new DecisionCommand(Decision.NOT_TAKEN, null, null, "已由低保兜底保障，不需部门协同"));
        assertThat(item(itemNo).getStatus()).isEqualTo(ItemStatus.NOT_TAKEN);
        assertThat(item(itemNo).getClosedAt()).isNotNull();
        assertThatThrownBy(() -> decide(itemNo, new DecisionCommand(Decision.AGENCY, null, AGENCY, null)))
                .isInstanceOf(ConflictException.class);
        // Closed, so the case may go on the agenda again.
        String caseNo = caseNo(itemNo);
        tx.executeWithoutResult(s -> meetings.list(caseNo, "新的需求", "民政无法满足", CLERK));
    }

    @Test
    void oneOpenItemPerCaseAndOnlyWithinTheClerksStreet() {
        String itemNo = listed("议程己");
        String caseNo = caseNo(itemNo);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.list(caseNo, "再提一次", "原因", CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.list(caseNo, "越界", "原因", OTHER_CLERK)))
                .isInstanceOf(NotFoundException.class);
        // Another agency's staff cannot touch a referral to A360199001.
        tx.executeWithoutResult(s -> meetings.schedule(D0, "民政局", null, List.of(itemNo), MANAGER));
        decide(itemNo, new DecisionCommand(Decision.AGENCY, null, AGENCY, null));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> meetings.submitPlan(itemNo, new PlanCommand("目标", "服务",
                D0, D0.plusDays(30), "人员", BigDecimal.TEN), OTHER_AGENCY_STAFF)))
                .isInstanceOf(NotFoundException.class);
    }
}
