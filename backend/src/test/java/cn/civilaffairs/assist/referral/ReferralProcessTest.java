package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.referral.ReferralFixtures.*;
import static cn.civilaffairs.assist.referral.ReferralProcesses.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.caseflow.GrantService;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.referral.PlanService.PlanCommand;
import cn.civilaffairs.assist.referral.ReferralService.ActivityCommand;
import cn.civilaffairs.assist.referral.ReferralService.CloseCommand;
import cn.civilaffairs.assist.referral.ReferralService.Decision;
import cn.civilaffairs.assist.referral.internal.Batch;
import cn.civilaffairs.assist.referral.internal.BatchRepository;
import cn.civilaffairs.assist.referral.internal.Item;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.referral.internal.PlanRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
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

/**
 * Every path of processes/charity-referral.bpmn with the real services and tables: nobody accepted;
 * declines; plan returned and resubmitted; agreed; activities; all closed; the stale-referral warning
 * with the engine clock moved (timers driven with executeJob); a referral ended by the case.
 */
@IntegrationTest
@Tag("db")
class ReferralProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A past Monday in a normal working week (no holiday before 2026-04-04). */
    static final LocalDate D0 = LocalDate.of(2026, 3, 9);

    @Autowired ProcessEngine engine;
    @Autowired ReferralFixtures fixtures;
    @Autowired ReferralService referrals;
    @Autowired PlanService plans;
    @Autowired ReferralMonitor monitor;
    @Autowired BatchRepository batches;
    @Autowired ItemRepository items;
    @Autowired PlanRepository planRepository;
    @Autowired GrantService grants;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
        at(D0, 9, 0);
    }

    static void at(LocalDate day, int hour, int minute) {
        clock.at(day, hour, minute);
    }

    static Instant instant(LocalDate day, int hour, int minute, int second) {
        return day.atTime(hour, minute, second).atZone(SHANGHAI).toInstant();
    }

    // --- helpers

    private String send(String... caseNos) {
        return referrals.create(CHARITY, List.of(caseNos), "测试批次", CLERK).getBatchNo();
    }

    /** The running instance; keep the object: camunda-bpm-assert follows it into the history once it ends. */
    private ProcessInstance process(String batchNo) {
        String pi = batches.findByBatchNo(batchNo).orElseThrow().getProcessInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    private Task task(String batchNo, String key) {
        return fixtures.task(batchNo, key);
    }

    private List<Item> items(String batchNo) {
        return items.findByBatchIdOrderById(batches.findByBatchNo(batchNo).orElseThrow().getId());
    }

    private Batch batch(String batchNo) {
        return batches.findByBatchNo(batchNo).orElseThrow();
    }

    private void respond(String batchNo, Decision... decisions) {
        Task t = task(batchNo, TASK_RESPOND);
        tx.executeWithoutResult(s -> {
            boolean any = referrals.completeResponse(batchNo, List.of(decisions), CHARITY_STAFF);
            engine.getTaskService().complete(t.getId(), Map.of(VAR_ANY_ACCEPTED, any));
        });
    }

    private long plan(String batchNo, Long itemId, LocalDate to, PlanContent... contents) {
        return tx.execute(s -> plans.create(batchNo, new PlanCommand(itemId, EnumSet.copyOf(List.of(contents)), D0, to,
                new BigDecimal("800"), "罗晓", "13907911234", "每月走访"), CHARITY_STAFF).getId());
    }

    private void submit(String batchNo) {
        Task t = task(batchNo, TASK_WRITE_PLAN);
        tx.executeWithoutResult(s -> {
            plans.submit(batchNo, null, CHARITY_STAFF);
            engine.getTaskService().complete(t.getId());
        });
    }

    private void review(String batchNo, boolean agree, String comment) {
        Task t = task(batchNo, TASK_REVIEW_PLAN);
        tx.executeWithoutResult(s -> {
            plans.approve(batchNo, agree, comment, MANAGER);
            engine.getTaskService().complete(t.getId(), Map.of(VAR_PLAN_AGREED, agree));
        });
    }

    private void activity(String batchNo, long itemId, LocalDate day, PlanContent kind) {
        tx.executeWithoutResult(s -> referrals.recordActivity(batchNo, new ActivityCommand(itemId, day, kind,
                "上门看望", new BigDecimal("50")), CHARITY_STAFF));
    }

    private void close(String batchNo, long itemId, Outcome outcome, OutcomeReason reason) {
        tx.executeWithoutResult(s -> referrals.close(batchNo, itemId, new CloseCommand(outcome, reason, null),
                CHARITY_STAFF));
    }

    private Job staleTimer(String batchNo) {
        return engine.getManagementService().createJobQuery().processInstanceId(batch(batchNo).getProcessInstanceId())
                .activityId(TIMER_STALE_CHECK).singleResult();
    }

    private List<String> caseEvents(String caseNo) {
        return jdbc.queryForList("select e.event_type from case_event e join service_case c on c.id = e.case_id"
                + " where c.case_no = ? order by e.id", String.class, caseNo);
    }

    private long openWarnings(String batchNo) {
        return jdbc.queryForObject("select count(*) from referral_warning where batch_id = ? and resolved_at is null",
                Long.class, batch(batchNo).getId());
    }

    private long superviseTasks(String batchNo) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batchNo)
                .taskDefinitionKey(TASK_SUPERVISE).count();
    }

    // --- paths

    @Test
    void whenTheCharityAcceptsNobodyTheReferralEnds() {
        String a = fixtures.servingWithConsent(VILLAGE, "转无甲", CLERK);
        String b = fixtures.servingWithConsent(VILLAGE, "转无乙", CLERK);
        String batchNo = send(a, b);
        assertThat(batchNo).matches("ZJ202603\\d{3}");
        ProcessInstance pi = process(batchNo);
        assertThat(pi).isWaitingAt(TASK_RESPOND);
        Task t = task(batchNo, TASK_RESPOND);
        assertThat(t).hasCandidateGroup("CHARITY_STAFF@" + CHARITY).hasFormKey(FORM_RESPOND).hasName("处理转介名单");
        // Five working days: Monday → the next Monday, end of day.
        assertThat(t.getDueDate().toInstant()).isEqualTo(instant(D0.plusDays(7), 23, 59, 59));
        List<Item> list = items(batchNo);

        // Only the charity it was sent to may answer; a decline needs a reason; everybody needs an answer.
        assertThatThrownBy(() -> referrals.respond(batchNo, list.get(0).getId(), true, null, OTHER_STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.respond(batchNo, list.get(0).getId(), false, " ", CHARITY_STAFF))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> respond(batchNo, new Decision(list.get(0).getId(), false, "超出本会帮扶范围")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1 人未作出接收决定");
        assertThat(pi).isWaitingAt(TASK_RESPOND);

        respond(batchNo, new Decision(list.get(0).getId(), false, "超出本会帮扶范围"),
                new Decision(list.get(1).getId(), false, "已获同类救助"));
        assertThat(pi).isEnded().hasPassed("noneAccepted").hasNotPassed(TASK_WRITE_PLAN);
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.NONE_ACCEPTED);
        assertThat(items(batchNo)).extracting(Item::getStatus).containsOnly(ItemStatus.DECLINED);
        assertThat(caseEvents(a)).containsSubsequence("SERVICE_REFERRED", "SERVICE_REFERRAL_DECLINED");
    }

    @Test
    void declinesThenAPlanReturnedAndResubmittedThenAgreedActivitiesAndEveryoneClosedEndsIt() {
        String a = fixtures.servingWithConsent(VILLAGE, "转全甲", CLERK);
        String b = fixtures.servingWithConsent(VILLAGE, "转全乙", CLERK);
        String c = fixtures.servingWithConsent(VILLAGE, "转全丙", CLERK);
        String batchNo = send(a, b, c);
        List<Item> list = items(batchNo);
        long itemA = list.get(0).getId();
        long itemB = list.get(1).getId();
        long itemC = list.get(2).getId();
        respond(batchNo, new Decision(itemA, true, null), new Decision(itemB, true, null),
                new Decision(itemC, false, "本会暂无适合的项目"));
        ProcessInstance pi = process(batchNo);
        assertThat(pi).hasPassed("anyAcceptedGateway").isWaitingAt(TASK_WRITE_PLAN);
        Task write = task(batchNo, TASK_WRITE_PLAN);
        assertThat(write).hasCandidateGroup("CHARITY_STAFF@" + CHARITY).hasFormKey(FORM_PLAN);
        // Ten working days from Monday: the Monday two weeks later.
        assertThat(write.getDueDate().toInstant()).isEqualTo(instant(D0.plusDays(14), 23, 59, 59));
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.PLANNING);

        // A plan for A alone does not cover B: submitting is refused until a batch-wide plan covers the rest.
        plan(batchNo, itemA, D0.plusDays(30), PlanContent.VISIT);
        assertThatThrownBy(() -> submit(batchNo)).isInstanceOf(ConflictException.class).hasMessageContaining("转全乙");
        assertThatThrownBy(() -> plan(batchNo, itemC, D0.plusDays(30), PlanContent.VISIT))
                .isInstanceOf(FieldValidationException.class);
        long whole = plan(batchNo, null, D0.plusDays(10), PlanContent.VISIT, PlanContent.CLOTHING);
        submit(batchNo);
        assertThat(pi).isWaitingAt(TASK_REVIEW_PLAN);
        assertThat(task(batchNo, TASK_REVIEW_PLAN)).hasCandidateGroup("DISTRICT_MANAGER@" + DISTRICT)
                .hasFormKey(FORM_REVIEW);
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.REVIEW);
        // A plan that is not agreed cannot be run.
        assertThatThrownBy(() -> activity(batchNo, itemA, D0, PlanContent.VISIT))
                .isInstanceOf(ConflictException.class).hasMessageContaining("同意后才能登记");

        // The district returns it with a comment (required); the charity revises and resubmits.
        assertThatThrownBy(() -> review(batchNo, false, " ")).isInstanceOf(FieldValidationException.class);
        review(batchNo, false, "请补充衣物配发的数量和时间");
        assertThat(pi).hasPassed("planAgreedGateway").isWaitingAt(TASK_WRITE_PLAN);
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.RETURNED);
        assertThat(planRepository.findById(whole).orElseThrow().getStatus()).isEqualTo(PlanStatus.RETURNED);
        tx.executeWithoutResult(s -> plans.update(batchNo, whole, new PlanCommand(null,
                EnumSet.of(PlanContent.VISIT, PlanContent.CLOTHING), D0, D0.plusDays(20), new BigDecimal("1000"),
                "罗晓", null, "入冬前配发棉衣两件"), CHARITY_STAFF));
        assertThat(planRepository.findById(whole).orElseThrow().getVersion()).isEqualTo(2);
        submit(batchNo);
        review(batchNo, true, "同意");
        assertThat(pi).hasPassed("scheduleCheck").isWaitingAt("waitForProgress");
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.RUNNING);
        assertThat(jdbc.queryForList("select concat(review_action, ':', plan_round) from referral_plan_review"
                + " where batch_id = ? order by id", String.class, batch(batchNo).getId()))
                .containsExactly("SUBMITTED:1", "RETURNED:1", "SUBMITTED:2", "AGREED:2");
        // The first check is due when B's schedule (the batch-wide plan, to D0+20) has ended without activity.
        assertThat(staleTimer(batchNo).getDuedate().toInstant()).isEqualTo(instant(D0.plusDays(21), 0, 0, 0));

        // Activities: only the contents of the person's own agreed plan; not for a declined person; not in the future.
        at(D0.plusDays(2), 10, 0);
        activity(batchNo, itemA, D0.plusDays(2), PlanContent.VISIT);
        assertThatThrownBy(() -> activity(batchNo, itemA, D0.plusDays(2), PlanContent.CLOTHING))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不在已同意的帮扶方案");
        assertThatThrownBy(() -> activity(batchNo, itemC, D0.plusDays(2), PlanContent.VISIT))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> activity(batchNo, itemB, D0.plusDays(3), PlanContent.CLOTHING))
                .isInstanceOf(FieldValidationException.class);
        activity(batchNo, itemB, D0.plusDays(2), PlanContent.CLOTHING);

        // Closing: "helped" needs an activity; "not helped" needs the reason; the last one ends the process.
        close(batchNo, itemA, Outcome.HELPED, null);
        assertThat(pi).isWaitingAt("waitForProgress");
        assertThatThrownBy(() -> close(batchNo, itemA, Outcome.HELPED, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> close(batchNo, itemB, Outcome.NOT_HELPED, null))
                .isInstanceOf(FieldValidationException.class);
        close(batchNo, itemB, Outcome.NOT_HELPED, OutcomeReason.REFUSED);
        assertThat(pi).isEnded().hasPassed("allClosed", "referralClosed");
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.CLOSED);
        assertThatThrownBy(() -> activity(batchNo, itemA, D0.plusDays(2), PlanContent.VISIT))
                .isInstanceOf(ConflictException.class);
        assertThat(caseEvents(a)).containsSubsequence("SERVICE_REFERRED", "SERVICE_REFERRAL_ACCEPTED",
                "SERVICE_CHARITY_PLAN", "SERVICE_CHARITY_ACTIVITY", "SERVICE_REFERRAL_CLOSED");
        assertThat(caseEvents(c)).contains("SERVICE_REFERRAL_DECLINED").doesNotContain("SERVICE_CHARITY_PLAN");
    }

    @Test
    void aReferralLeftWithoutActivityPastItsScheduleWarnsTheDistrictOnceAndAgainAfterAnotherIdlePeriod() {
        String a = fixtures.servingWithConsent(VILLAGE, "转滞甲", CLERK);
        String batchNo = send(a);
        long item = items(batchNo).get(0).getId();
        respond(batchNo, new Decision(item, true, null));
        plan(batchNo, null, D0.plusDays(10), PlanContent.VISIT);
        submit(batchNo);
        review(batchNo, true, null);
        ProcessInstance pi = process(batchNo);
        // The schedule ends on D0+10: the check is due the next midnight (before the 30 idle days).
        Job first = staleTimer(batchNo);
        assertThat(first.getDuedate().toInstant()).isEqualTo(instant(D0.plusDays(11), 0, 0, 0));

        at(D0.plusDays(11), 0, 1);
        engine.getManagementService().executeJob(first.getId());
        assertThat(pi).hasPassed("checkStale", "superviseGateway").isWaitingAt("waitForProgress", TASK_SUPERVISE);
        assertThat(jdbc.queryForList("select reason from referral_warning where item_id = ?", String.class, item))
                .containsExactly("SCHEDULE_ENDED");
        Task supervise = task(batchNo, TASK_SUPERVISE);
        assertThat(supervise).hasCandidateGroup("DISTRICT_MANAGER@" + DISTRICT).hasFormKey(FORM_STALE)
                .hasName("督办停滞转介");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "referral-stale:" + batchNo + ":%")).isPositive();
        // Next: 30 days after agreement (D0 09:00) — the same idle episode, so no second warning, no second task.
        Job second = staleTimer(batchNo);
        assertThat(second.getDuedate().toInstant()).isEqualTo(instant(D0.plusDays(30), 9, 0, 0));
        at(D0.plusDays(30), 9, 1);
        engine.getManagementService().executeJob(second.getId());
        assertThat(openWarnings(batchNo)).isEqualTo(1);
        assertThat(superviseTasks(batchNo)).isEqualTo(1);

        // The district follows up; the charity visits; 30 idle days after that visit a new warning and task follow.
        tx.executeWithoutResult(s -> {
            monitor.supervise(batchNo, "已电话督促慈善总会尽快上门", MANAGER);
            engine.getTaskService().complete(supervise.getId());
        });
        assertThat(openWarnings(batchNo)).isZero();
        activity(batchNo, item, D0.plusDays(30), PlanContent.VISIT);
        // Nothing was due at the last check, so it re-checks one idle period later; by then the visit is 30 days old.
        Job third = staleTimer(batchNo);
        assertThat(third.getDuedate().toInstant()).isEqualTo(instant(D0.plusDays(60), 9, 1, 0));
        at(D0.plusDays(60), 9, 2);
        engine.getManagementService().executeJob(third.getId());
        assertThat(jdbc.queryForList("select reason from referral_warning where item_id = ? order by id", String.class,
                item)).containsExactly("SCHEDULE_ENDED", "NO_ACTIVITY");
        assertThat(superviseTasks(batchNo)).isEqualTo(1);

        // Closing the last person ends everything, the open district task included (terminate end).
        close(batchNo, item, Outcome.HELPED, null);
        assertThat(pi).isEnded().hasPassed("referralClosed");
        assertThat(superviseTasks(batchNo)).isZero();
        assertThat(openWarnings(batchNo)).isZero();
    }

    @Test
    void stoppingTheCharityItemOnTheCaseEndsTheReferralAndItsProcess() {
        String a = fixtures.servingWithConsent(VILLAGE, "转停甲", CLERK);
        String batchNo = send(a);
        ProcessInstance pi = process(batchNo);
        assertThat(pi).isWaitingAt(TASK_RESPOND);
        grants.stopAll(a, "本人已去世", "street003");
        assertThat(items(batchNo).get(0).getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(items(batchNo).get(0).isContactShared()).isFalse();
        assertThat(batch(batchNo).getStatus()).isEqualTo(BatchStatus.CLOSED);
        // Ended through its 方案商定前结案 event subprocess, not deleted: history shows why.
        assertThat(pi).isEnded().hasPassed(END_BEFORE_PLAN).hasNotPassed(END_REFERRAL_CLOSED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getState()).as("ended, not deleted").isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        // Sent again later? The person has no running charity item any more.
        assertThatThrownBy(() -> send(a)).isInstanceOf(ConflictException.class).hasMessageContaining("没有在服的慈善救济");
    }

    @Test
    void namesWithoutConsentForThatCharityAreNeverSent() {
        String withConsent = fixtures.servingWithConsent(VILLAGE, "转同甲", CLERK);
        String without = fixtures.serving(VILLAGE, "转同乙");
        String otherCharityOnly = fixtures.serving(VILLAGE, "转同丙");
        fixtures.consent(otherCharityOnly, OTHER_CHARITY, CLERK);
        long before = batches.count();
        assertThatThrownBy(() -> send(withConsent, without, otherCharityOnly)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("转同乙").hasMessageContaining("转同丙").hasMessageNotContaining("转同甲");
        assertThat(batches.count()).isEqualTo(before);
        CurrentUser otherStreet = new CurrentUser("street002", "钱进", null, CLERK.roles(), "360199002", "东湖街道",
                CLERK.orgLevel(), List.of("STREET_CLERK@360199002"));
        assertThatThrownBy(() -> referrals.create(CHARITY, List.of(withConsent), null, otherStreet))
                .isInstanceOf(FieldValidationException.class);
        assertThat(send(withConsent)).startsWith("ZJ");
    }
}
