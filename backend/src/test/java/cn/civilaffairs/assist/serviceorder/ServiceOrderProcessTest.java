package cn.civilaffairs.assist.serviceorder;

import static cn.civilaffairs.assist.serviceorder.ServiceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.caseflow.GrantService;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.serviceorder.DeliveryService.DeliveryCommand;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrder;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import cn.civilaffairs.assist.serviceorder.internal.StatementRepository;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * processes/service-order.bpmn, spot-check.bpmn, statement-review.bpmn and service-daily.bpmn with
 * the real services and tables; deadlines pass by moving the engine clock.
 */
@IntegrationTest
@Tag("db")
class ServiceOrderProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A past Monday in a normal working week, so nothing here is in the future of other tests. */
    static final LocalDate D0 = LocalDate.of(2026, 3, 9);

    @Autowired ProcessEngine engine;
    @Autowired ServiceFixtures fixtures;
    @Autowired ServiceOrderService orders;
    @Autowired ServiceOrderRepository orderRepository;
    @Autowired DeliveryService deliveries;
    @Autowired SpotCheckService spotChecks;
    @Autowired StatementService statements;
    @Autowired StatementRepository statementRepository;
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

    private ProcessInstance orderProcess(String caseNo, String item) {
        String pi = jdbc.queryForObject("select process_instance_id from service_order where case_no = ? and item_code = ?",
                String.class, caseNo, item);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
    }

    private String orderNo(String caseNo, String item) {
        return jdbc.queryForObject("select order_no from service_order where case_no = ? and item_code = ?",
                String.class, caseNo, item);
    }

    private ServiceOrder order(String orderNo) {
        return orderRepository.findByOrderNo(orderNo).orElseThrow();
    }

    private Task task(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void respond(ProcessInstance pi, String orderNo, boolean accept, String reason,
            cn.civilaffairs.assist.security.CurrentUser user) {
        Task t = task(pi);
        tx.executeWithoutResult(s -> {
            orders.respond(orderNo, accept, reason, user);
            engine.getTaskService().complete(t.getId(), Map.of(ServiceProcesses.VAR_ACCEPTED, accept));
        });
    }

    private long mails(String keyLike) {
        return jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class, keyLike);
    }

    @Test
    void anOfferGoesToTheCheapestProviderAndRunsUntilTheCardExpires() {
        String caseNo = fixtures.serving("甲一", 2, "FULL", "CLEANING");
        ProcessInstance pi = orderProcess(caseNo, "CLEANING");
        String no = orderNo(caseNo, "CLEANING");
        assertThat(pi).hasPassed("createOrder", "offerOrder").isWaitingAt(ServiceProcesses.TASK_RESPOND);
        assertThat(task(pi)).hasCandidateGroup("PROVIDER_STAFF@" + PROVIDER_A).hasFormKey("app:order-response");
        // The answer is due by the end of the second working day: Monday → Wednesday 23:59:59.
        assertThat(task(pi).getDueDate().toInstant())
                .isEqualTo(D0.plusDays(2).atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
        assertThat(order(no).getStatus()).isEqualTo(OrderStatus.OFFERED);
        assertThat(order(no).getProviderCode()).isEqualTo(PROVIDER_A);

        respond(pi, no, true, null, STAFF_A);
        assertThat(pi).isWaitingAt("cardExpired");
        assertThat(order(no).getStatus()).isEqualTo(OrderStatus.ACCEPTED);
        Job expiry = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        // The card (issued today, valid one year) ends on D0 + 1 year - 1 day; the order ends at the next midnight.
        assertThat(expiry.getDuedate().toInstant())
                .isEqualTo(D0.plusYears(1).atStartOfDay(SHANGHAI).toInstant());
        engine.getManagementService().executeJob(expiry.getId());
        assertThat(pi).isEnded().hasPassed("expireOrder");
        assertThat(order(no).getStatus()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void aDeclineMovesOnALapsedOfferReachesTheStreetWhichChoosesAndTheStreetIsToldEachTime() {
        String caseNo = fixtures.serving("甲二", 2, "FULL", "HOME_CARE");
        ProcessInstance pi = orderProcess(caseNo, "HOME_CARE");
        String no = orderNo(caseNo, "HOME_CARE");
        assertThat(task(pi)).hasCandidateGroup("PROVIDER_STAFF@" + PROVIDER_A);

        // A declines: offered to B at once, and the street office hears of it.
        assertThatThrownBy(() -> orders.respond(no, true, null, STAFF_B)).isInstanceOf(ConflictException.class);
        respond(pi, no, false, "本月人手不足", STAFF_A);
        assertThat(pi).isWaitingAt(ServiceProcesses.TASK_RESPOND);
        assertThat(task(pi)).hasCandidateGroup("PROVIDER_STAFF@" + PROVIDER_B);
        assertThat(mails("order:" + no + ":DECLINED:%")).isPositive();

        // B lets the deadline pass (two working days): the offer lapses; nobody is left, so the street chooses.
        at(D0.plusDays(3), 0, 1);
        Job timeout = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("respondTimeout").singleResult();
        assertThat(timeout.getDuedate().toInstant())
                .isEqualTo(D0.plusDays(2).atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
        engine.getManagementService().executeJob(timeout.getId());
        assertThat(pi).hasPassed("recordTimeout").isWaitingAt(ServiceProcesses.TASK_CHOOSE_PROVIDER);
        assertThat(task(pi)).hasCandidateGroup("STREET_CLERK@" + STREET);
        assertThat(order(no).getStatus()).isEqualTo(OrderStatus.UNASSIGNED);
        assertThat(mails("order:" + no + ":TIMED_OUT:%")).isPositive();
        assertThat(mails("order:" + no + ":UNASSIGNED:%")).isPositive();
        assertThat(jdbc.queryForList("select event_type from service_order_event where order_id = ? order by id",
                String.class, order(no).getId()))
                .containsExactly("OFFERED", "DECLINED", "OFFERED", "TIMED_OUT", "UNASSIGNED");

        // The street may only choose a provider with a fitting contract; it phones A, which now accepts.
        assertThatThrownBy(() -> orders.choose(no, "P360199001", CLERK)).isInstanceOf(ConflictException.class);
        Task choose = task(pi);
        tx.executeWithoutResult(s -> {
            orders.choose(no, PROVIDER_A, CLERK);
            engine.getTaskService().complete(choose.getId(), Map.of(ServiceProcesses.VAR_CHOSEN_PROVIDER, PROVIDER_A));
        });
        assertThat(task(pi)).hasCandidateGroup("PROVIDER_STAFF@" + PROVIDER_A);
        respond(pi, no, true, null, STAFF_A);
        assertThat(pi).isWaitingAt("cardExpired");
        assertThat(order(no).getProviderCode()).isEqualTo(PROVIDER_A);
    }

    @Test
    void anItemNoContractCoversGoesStraightToTheStreet() {
        String caseNo = fixtures.serving("甲三", 2, "FULL", "SHOPPING");
        ProcessInstance pi = orderProcess(caseNo, "SHOPPING");
        assertThat(pi).isWaitingAt(ServiceProcesses.TASK_CHOOSE_PROVIDER);
        assertThat(task(pi)).hasCandidateGroup("STREET_CLERK@" + STREET).hasFormKey("app:order-provider");
        assertThat(order(orderNo(caseNo, "SHOPPING")).getStatus()).isEqualTo(OrderStatus.UNASSIGNED);
    }

    @Test
    void stoppingTheItemOnTheCaseStopsTheOrderAndLaterDeliveriesAreRefused() {
        String caseNo = fixtures.serving("甲四", 2, "FULL", "CLEANING", "HOME_CARE");
        ProcessInstance pi = orderProcess(caseNo, "CLEANING");
        String no = orderNo(caseNo, "CLEANING");
        respond(pi, no, true, null, STAFF_A);
        String card = order(no).getCardNo();
        tx.executeWithoutResult(s -> orders.register(card, STAFF_A));
        at(D0.plusDays(3), 10, 0);
        tx.executeWithoutResult(s -> deliveries.record(new DeliveryCommand(no, D0.plusDays(3), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "打扫厨房"), null, null, STAFF_A));

        at(D0.plusDays(4), 8, 0);
        grants.changeItems(caseNo, List.of("HOME_CARE"), "复核：家属已回家照料", "street003");
        // Ended through its 服务停止 event subprocess, not deleted: history shows why.
        assertThat(pi).isEnded().hasPassed(ServiceProcesses.END_SERVICE_STOPPED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getState()).as("ended, not deleted").isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(ServiceProcesses.VAR_STOP_REASON).singleResult().getValue())
                .isEqualTo("复核：家属已回家照料");
        assertThat(order(no).getStatus()).isEqualTo(OrderStatus.STOPPED);
        assertThat(order(no).getEndedOn()).isEqualTo(D0.plusDays(4));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> deliveries.record(new DeliveryCommand(no, D0.plusDays(4),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null), null, null, STAFF_A)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已于 " + D0.plusDays(4) + " 停止");
        // A record for a day before the stop is still accepted (recorded late).
        tx.executeWithoutResult(s -> deliveries.record(new DeliveryCommand(no, D0.plusDays(3), LocalTime.of(14, 0),
                LocalTime.of(15, 0), null), null, null, STAFF_A));
    }

    @Test
    void spotChecksAreDrawnOnTheFirstAndAFailedCheckFlagsTheDeliveryAndKeepsItOffTheStatement() {
        String caseNo = fixtures.serving("甲五", 2, "FULL", "CLEANING");
        ProcessInstance pi = orderProcess(caseNo, "CLEANING");
        String no = orderNo(caseNo, "CLEANING");
        respond(pi, no, true, null, STAFF_A);
        String card = order(no).getCardNo();
        tx.executeWithoutResult(s -> orders.register(card, STAFF_A));
        // Eleven confirmed deliveries in May by A (a month no other test settles) → a sample of two (10 %, rounded up).
        jdbc.update("delete from spot_check_draw where provider_code = ? and check_month = '2026-05'", PROVIDER_A);
        long before = jdbc.queryForObject("select count(*) from service_delivery where provider_code = ?"
                + " and status = 'CONFIRMED' and service_date between '2026-05-01' and '2026-05-31'", Long.class, PROVIDER_A);
        for (int i = 0; i < 11; i++) {
            LocalDate day = LocalDate.of(2026, 5, 4).plusDays(i);
            at(day, 18, 0);
            long id = tx.execute(s -> deliveries.record(new DeliveryCommand(no, day, LocalTime.of(8, 0),
                    LocalTime.of(9, 0), null), null, null, STAFF_A).getId());
            tx.executeWithoutResult(s -> deliveries.confirm(id, ConfirmMethod.OFFICER, null, OFFICER));
        }
        int expected = SpotCheckService.sampleSize((int) before + 11, new BigDecimal("0.10"));

        // The daily process on 1 June draws May's sample.
        at(LocalDate.of(2026, 6, 1), 6, 30);
        Job daily = engine.getManagementService().createJobQuery().processDefinitionKey(ServiceProcesses.DAILY)
                .timers().singleResult();
        engine.getManagementService().executeJob(daily.getId());
        List<Long> checks = jdbc.queryForList("select id from spot_check where provider_code = ? and check_month = '2026-05'",
                Long.class, PROVIDER_A);
        assertThat(checks).hasSize(expected);
        // Drawing again adds nothing.
        int again = tx.execute(s -> spotChecks.draw(YearMonth.of(2026, 5)));
        assertThat(again).isZero();

        long checkId = checks.get(0);
        ProcessInstance check = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ServiceProcesses.SPOT_CHECK).variableValueEquals("spotCheckId", checkId).singleResult();
        Task t = task(check);
        assertThat(t).hasCandidateGroup("VILLAGE_OFFICER@" + VILLAGE).hasFormKey("app:spot-check");
        tx.executeWithoutResult(s -> {
            spotChecks.record(checkId, false, CheckMethod.PHONE, "受助人称当天无人上门", "vo003003");
            engine.getTaskService().complete(t.getId(), Map.of("passed", false));
        });
        assertThat(check).isEnded().hasPassed("checkFailed");
        long deliveryId = jdbc.queryForObject("select delivery_id from spot_check where id = ?", Long.class, checkId);
        assertThat(jdbc.queryForObject("select flagged from service_delivery where id = ?", Boolean.class, deliveryId)).isTrue();
        assertThat(mails("spot-check-failed:" + checkId + ":%")).isPositive();

        // The May statement of A for 石桥镇 leaves the flagged delivery out.
        var built = tx.execute(s -> statements.build(YearMonth.of(2026, 5), StatementKind.PROVIDER, STAFF_A));
        var mine = built.stream().filter(s -> s.getStreetCode().equals(STREET)).findFirst().orElseThrow();
        assertThat(jdbc.queryForObject("select count(*) from service_delivery where statement_id = ? and id = ?",
                Long.class, mine.getId(), deliveryId)).isZero();
    }

    @Test
    void aReturnedStatementGoesBackToDraftAndAnApprovedOneIsLocked() {
        String caseNo = fixtures.serving("甲六", 2, "FULL", "HOME_CARE");
        ProcessInstance pi = orderProcess(caseNo, "HOME_CARE");
        String no = orderNo(caseNo, "HOME_CARE");
        respond(pi, no, true, null, STAFF_A);
        String card = order(no).getCardNo();
        tx.executeWithoutResult(s -> orders.register(card, STAFF_A));
        LocalDate day = LocalDate.of(2026, 2, 20);
        at(LocalDate.of(2026, 3, 9), 9, 0);
        // A delivery before acceptance is refused; the month's statement therefore uses March.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> deliveries.record(new DeliveryCommand(no, day,
                LocalTime.of(9, 0), LocalTime.of(10, 0), null), null, null, STAFF_A)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("早于接单日期");
        at(D0.plusDays(5), 20, 0);
        long id = tx.execute(s -> deliveries.record(new DeliveryCommand(no, D0.plusDays(5), LocalTime.of(9, 0),
                LocalTime.of(10, 30), null), null, null, STAFF_A2).getId());
        tx.executeWithoutResult(s -> deliveries.confirm(id, ConfirmMethod.OFFICER, null, OFFICER));

        // Statements are built in April for March.
        at(LocalDate.of(2026, 4, 2), 9, 0);
        String stmtNo = tx.execute(s -> statements.build(YearMonth.of(2026, 3), StatementKind.PROVIDER, STAFF_A)
                .stream().filter(x -> x.getStreetCode().equals(STREET)).findFirst().orElseThrow().getStatementNo());
        tx.executeWithoutResult(s -> statements.submit(stmtNo, STAFF_A));
        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ServiceProcesses.STATEMENT_REVIEW).processInstanceBusinessKey(stmtNo).singleResult();
        Task t = task(review);
        assertThat(t).hasCandidateGroup("STREET_CLERK@" + STREET).hasFormKey("app:statement-review");
        tx.executeWithoutResult(s -> {
            statements.approve(stmtNo, false, "请补充服务人员签字", CLERK);
            engine.getTaskService().complete(t.getId(), Map.of(ServiceProcesses.VAR_APPROVED, false));
        });
        assertThat(review).isEnded().hasPassed("statementReturned");
        assertThat(statementRepository.findByStatementNo(stmtNo).orElseThrow().getStatus())
                .isEqualTo(StatementStatus.DRAFT);

        tx.executeWithoutResult(s -> statements.submit(stmtNo, STAFF_A));
        ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ServiceProcesses.STATEMENT_REVIEW).processInstanceBusinessKey(stmtNo).active()
                .singleResult();
        Task t2 = task(again);
        tx.executeWithoutResult(s -> {
            statements.approve(stmtNo, true, null, CLERK);
            engine.getTaskService().complete(t2.getId(), Map.of(ServiceProcesses.VAR_APPROVED, true));
        });
        assertThat(again).isEnded().hasPassed("statementApproved");
        var approved = statementRepository.findByStatementNo(stmtNo).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(StatementStatus.APPROVED);
        // 90 minutes of home care at 30.00 an hour.
        assertThat(jdbc.queryForObject("select amount from service_delivery where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("45.00");
        BigDecimal total = approved.getTotalAmount();
        // Locked: rebuilding changes nothing, submitting again is refused.
        tx.executeWithoutResult(s -> statements.build(YearMonth.of(2026, 3), StatementKind.PROVIDER, STAFF_A));
        assertThat(statementRepository.findByStatementNo(stmtNo).orElseThrow().getTotalAmount()).isEqualByComparingTo(total);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> statements.submit(stmtNo, STAFF_A)))
                .isInstanceOf(ConflictException.class);
    }
}
