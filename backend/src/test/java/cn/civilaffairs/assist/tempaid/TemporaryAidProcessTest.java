package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TemporaryAidProcesses.*;
import static cn.civilaffairs.assist.tempaid.TempAidFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of processes/temporary-assistance.bpmn over the API, with the real services and tables:
 * the street grants within the township limit (先行救助) and pays; above the limit it cannot grant and
 * the district approves; refusals at both levels; the same event a second time is 409; an overdue
 * assessment escalates to the district by mail after 3 working days (across a weekend).
 */
@IntegrationTest
@Tag("db")
class TemporaryAidProcessTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    /** A past Monday of an ordinary working week (Dragon Boat Festival is Fri 19 June 2026). */
    static final LocalDate D0 = LocalDate.of(2026, 6, 8);

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TempAidFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired cn.civilaffairs.assist.person.PersonService people;

    ApiClient officer;
    ApiClient street;
    ApiClient manager;

    @BeforeEach
    void setUp() {
        init(engine);
        clock.at(D0, 9, 0);
        officer = ApiClient.signedIn(port, OFFICER);
        street = ApiClient.signedIn(port, STREET_CLERK);
        manager = ApiClient.signedIn(port, "manager");
    }

    private ProcessInstance process(String applicationNo) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(applicationNo)
                .singleResult();
    }

    private JsonNode view(ApiClient client, String applicationNo) {
        Response r = client.get("/api/temporary-aid/" + applicationNo);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theStreetGrantsWithinTheTownshipLimitAndRecordsThePayment() {
        String no = apply(officer, "临救甲", D0.minusDays(2), "1800");
        ProcessInstance pi = process(no);
        assertThat(pi).isWaitingAt(TASK_ASSESS);
        assertThat(engine.getTaskService().getIdentityLinksForTask(fixtures.task(no, TASK_ASSESS).getId()))
                .anyMatch(l -> "STREET_CLERK@360199003".equals(l.getGroupId()));

        Response r = fixtures.assess(street, no, "GRANT", "1500.5", "核实属实，先行救助");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(pi).isWaitingAt(TASK_PAY);

        clock.at(D0.plusDays(1), 10, 0);
        r = fixtures.pay(street, no, D0.plusDays(1), "1500.50");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(pi).isEnded().hasPassed("closeGranted", END_PAID);

        JsonNode v = view(street, no);
        assertThat(v.get("status").asText()).isEqualTo("PAID");
        assertThat(v.get("decidedLevel").asText()).isEqualTo("STREET");
        assertThat(new BigDecimal(v.get("amountGranted").asText())).isEqualByComparingTo("1500.50");
        assertThat(v.get("paidOn").asText()).isEqualTo(D0.plusDays(1).toString());
        assertThat(v.get("steps").findValuesAsText("kind")).containsExactly("REQUESTED", "GRANTED", "PAID");

        TemporaryAidClosed closed = fixtures.closedFor(no);
        assertThat(closed).isNotNull();
        assertThat(closed.granted()).isTrue();
        assertThat(closed.amountGranted()).isEqualByComparingTo("1500.50");
        assertThat(closed.summary()).contains("1500.50").contains("街道先行救助");
    }

    @Test
    void aboveTheLimitTheStreetCannotGrantAndTheDistrictApproves() {
        String no = apply(officer, "临救乙", D0.minusDays(1), "5000");
        ProcessInstance pi = process(no);

        Response r = fixtures.assess(street, no, "GRANT", "2000.01", null);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("先行救助额度");
        assertThat(pi).isWaitingAt(TASK_ASSESS);
        // Referring an amount within the limit makes no sense either: the street decides it itself.
        assertThat(fixtures.assess(street, no, "REFER", "2000", null).status()).isEqualTo(400);

        r = fixtures.assess(street, no, "REFER", "4000", "因病支出较大，建议救助4000元");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(pi).isWaitingAt(TASK_APPROVE);
        // A street clerk cannot approve (403), the district can.
        assertThat(street.post("/api/tasks/" + fixtures.task(no, TASK_APPROVE).getId() + "/tempaid-approve",
                java.util.Map.of("approve", true, "amount", 4000)).status()).isEqualTo(403);

        r = fixtures.approve(manager, no, true, "3500", "按标准核定");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(pi).isWaitingAt(TASK_PAY);

        assertThat(fixtures.pay(street, no, D0, "3600").status()).isEqualTo(400); // above the approved amount
        r = fixtures.pay(street, no, D0, "3500");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(pi).isEnded().hasPassed(TASK_APPROVE, END_PAID);

        JsonNode v = view(manager, no);
        assertThat(v.get("decidedLevel").asText()).isEqualTo("DISTRICT");
        assertThat(new BigDecimal(v.get("amountAssessed").asText())).isEqualByComparingTo("4000");
        assertThat(new BigDecimal(v.get("paidAmount").asText())).isEqualByComparingTo("3500");
        assertThat(v.get("steps").findValuesAsText("kind")).containsExactly("REQUESTED", "REFERRED", "APPROVED", "PAID");
        assertThat(fixtures.closedFor(no).summary()).contains("区民政局审批");
    }

    @Test
    void refusalsAtBothLevelsEndTheProcessAndFreeTheEventForANewApplication() {
        String id = Leads.newIdNumber();
        Response first = officer.post("/api/temporary-aid", application("临救丙", id, "SUDDEN_ILLNESS", D0, "800"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String no = first.json().get("applicationNo").asText();

        assertThat(fixtures.assess(street, no, "REFUSE", null, " ").status()).isEqualTo(400); // reason required
        Response r = fixtures.assess(street, no, "REFUSE", null, "已享受医疗救助，不属于临时救助范围");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(process(no)).isNull();
        TemporaryAidClosed closed = fixtures.closedFor(no);
        assertThat(closed.granted()).isFalse();
        assertThat(closed.amountGranted()).isEqualByComparingTo("0");
        assertThat(closed.summary()).contains("不予救助");

        // Refused is not granted: the same event may be applied for again (e.g. with new proof).
        Response again = officer.post("/api/temporary-aid", application("临救丙", id, "SUDDEN_ILLNESS", D0, "2600"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        String no2 = again.json().get("applicationNo").asText();
        assertThat(fixtures.assess(street, no2, "REFER", "2600", null).status()).isEqualTo(204);
        r = fixtures.approve(manager, no2, false, null, "家庭收入超过标准");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        ProcessInstance none = process(no2);
        assertThat(none).isNull();
        JsonNode v = view(street, no2);
        assertThat(v.get("status").asText()).isEqualTo("REFUSED");
        assertThat(v.get("decidedLevel").asText()).isEqualTo("DISTRICT");
        assertThat(v.get("refusalReason").asText()).isEqualTo("家庭收入超过标准");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(no2).singleResult().getId())
                .activityId(END_REFUSED).count()).isEqualTo(1);
    }

    @Test
    void theSameEventIsGrantedOnceASecondApplicationIs409() {
        String id = Leads.newIdNumber();
        LocalDate event = D0.minusDays(3);
        Response first = officer.post("/api/temporary-aid", application("临救丁", id, "ACCIDENT", event, "1000"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String no = first.json().get("applicationNo").asText();

        // While it is assessed ...
        Response twice = street.post("/api/temporary-aid", application("临救丁", id, "ACCIDENT", event, "1200"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().get("applicationNo").asText()).isEqualTo(no);

        // ... and once granted and paid.
        assertThat(fixtures.assess(street, no, "GRANT", "1000", null).status()).isEqualTo(204);
        assertThat(fixtures.pay(street, no, D0, "1000").status()).isEqualTo(204);
        Response after = officer.post("/api/temporary-aid", application("临救丁", id, "ACCIDENT", event, "500"));
        assertThat(after.status()).as(after.body()).isEqualTo(409);
        assertThat(after.body()).contains("不能重复救助");

        // Another event of the same person (another date, or another kind) is a new application.
        assertThat(officer.post("/api/temporary-aid", application("临救丁", id, "ACCIDENT", event.minusDays(1), "500"))
                .status()).isEqualTo(201);
        assertThat(officer.post("/api/temporary-aid", application("临救丁", id, "NECESSARY_EXPENSE", event, "500"))
                .status()).isEqualTo(201);

        // A second completion of a finished step is 409 too.
        assertThat(jdbc.queryForObject("select count(*) from temp_aid_application where event_key = ?", Long.class,
                jdbc.queryForObject("select person_id from temp_aid_application where application_no = ?", Long.class, no)
                        + "|ACCIDENT|" + event)).isEqualTo(1);
    }

    @Test
    void anOverdueAssessmentIsEscalatedToTheDistrictByMailAfterThreeWorkingDays() {
        // Thursday: Fri, Mon, Tue are the three working days; the weekend does not count.
        LocalDate thursday = D0.plusDays(3);
        clock.at(thursday, 16, 0);
        String no = apply(officer, "临救戊", thursday, "600");
        ProcessInstance pi = process(no);
        var task = fixtures.task(no, TASK_ASSESS);
        assertThat(task.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-06-16T23:59:59+08:00").toInstant());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_ASSESS_OVERDUE).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());

        clock.at(ZonedDateTime.parse("2026-06-17T00:00:05+08:00").toInstant());
        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).hasPassed("escalateAssess").isWaitingAt(TASK_ASSESS);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject = ? and recipient = ?",
                Long.class, "【督办】临时救助「审核临时救助申请」逾期 " + no, "manager@qingshan.example.cn")).isEqualTo(1);
        assertThat(view(street, no).get("steps").findValuesAsText("kind")).containsExactly("REQUESTED", "ESCALATED");

        // The street still decides; the escalation did not take the task away.
        assertThat(fixtures.assess(street, no, "GRANT", "600", null).status()).isEqualTo(204);
        assertThat(pi).isWaitingAt(TASK_PAY);
    }

    @Test
    void aRequestFromAnotherModuleStartsTheProcessAndItsEndIsToldBackWithTheAskersReference() {
        long personId = tx.execute(s -> people.register(new cn.civilaffairs.assist.person.ResidentIdNumber(
                Leads.newIdNumber()), "临救一门", null, null, VILLAGE).getId());
        tx.executeWithoutResult(s -> events.publishEvent(new TemporaryAidRequested(personId, VILLAGE,
                AidEventType.NECESSARY_EXPENSE, D0.minusDays(1), "一门受理：子女学费无力支付", new BigDecimal("900"),
                "ROUTE-42", "vo003004")));
        String no = jdbc.queryForObject("select application_no from temp_aid_application where source_ref = 'ROUTE-42'",
                String.class);
        assertThat(process(no)).isWaitingAt(TASK_ASSESS);
        assertThat(view(street, no).get("fromOneDoor").asBoolean()).isTrue();

        // The same event asked again through the event: refused in the asker's transaction (409).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publishEvent(
                new TemporaryAidRequested(personId, VILLAGE, AidEventType.NECESSARY_EXPENSE, D0.minusDays(1), "再次申请",
                        new BigDecimal("900"), "ROUTE-43", "vo003004"))))
                .isInstanceOf(cn.civilaffairs.assist.common.ConflictException.class);

        assertThat(fixtures.assess(street, no, "GRANT", "900", null).status()).isEqualTo(204);
        assertThat(fixtures.pay(street, no, D0, "900").status()).isEqualTo(204);
        TemporaryAidClosed closed = fixtures.closedFor(no);
        assertThat(closed.sourceRef()).isEqualTo("ROUTE-42");
        assertThat(closed.personId()).isEqualTo(personId);
        assertThat(closed.granted()).isTrue();
    }
}
