package cn.civilaffairs.assist.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.support.PinSlips;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, money at the edges, over the API: care not yet ended is neither recorded nor confirmed;
 * statements only for ended months; late care on supplements (补充结算单) through the same review;
 * a delivery failing its spot check after approval deducted once on the next statement (扣减).
 * Each test lives in its own month of 2027 (test provider A in 石桥镇), with the engine clock set.
 */
@IntegrationTest
class StatementSettlementApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String OFFICER = "vo003003"; // 石桥镇 360199003003, ServiceFixtures.VILLAGE
    static final String CLERK = "street003";

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired ServiceFixtures fixtures;
    @Autowired SpotCheckService spotChecks;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    /** Providers A and B and ta1's account, whichever test class of the suite runs first. */
    @BeforeEach
    void providers() {
        fixtures.providers();
    }

    static void at(LocalDateTime time) {
        clock.at(time);
    }

    /** A recipient of HOME_CARE (A: 30.00 an hour) whose order ta1 accepted and registered; returns the order number. */
    private String accepted(ApiClient ta1, String name) {
        fixtures.providers();
        String caseNo = walkthrough.toServing(Leads.lead(ServiceFixtures.VILLAGE, name), 2, "FULL", List.of("HOME_CARE"));
        JsonNode row = ta1.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0);
        assertThat(ta1.post("/api/tasks/" + row.get("taskId").asText() + "/order-response", Map.of("accept", true))
                .status()).isEqualTo(204);
        String card = jdbc.queryForObject("select card_no from service_card c join service_case s on s.id = c.case_id"
                + " where s.case_no = ?", String.class, caseNo);
        assertThat(ta1.post("/api/services/registrations", Map.of("cardNo", card)).status()).isEqualTo(200);
        return row.get("orderNo").asText();
    }

    private Response deliver(ApiClient ta1, String orderNo, LocalDate day, String start, String end) {
        return ta1.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                Map.of("orderNo", orderNo, "serviceDate", day.toString(), "startTime", start, "endTime", end))));
    }

    private long delivered(ApiClient ta1, String orderNo, LocalDate day, String start, String end) {
        Response r = deliver(ta1, orderNo, day, start, end);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void confirm(long deliveryId) {
        Response r = ApiClient.signedIn(port, OFFICER).post("/api/services/deliveries/" + deliveryId + "/confirm",
                Map.of("method", "OFFICER"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** The statement of 石桥镇 among those built (there is one per street). */
    private JsonNode build(ApiClient side, YearMonth month, String kind, String party) {
        Response r = side.post("/api/services/statements", Map.of("month", month.toString(), "kind", kind));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode s : r.json()) {
            if (party == null ? s.get("streetCode").asText().equals(ServiceFixtures.STREET)
                    : s.get("partyCode").asText().equals(party)) {
                return s;
            }
        }
        return null;
    }

    private void review(String clerk, String statementNo, boolean approve) {
        ApiClient c = ApiClient.signedIn(port, clerk);
        String taskId = null;
        for (JsonNode s : c.get("/api/services/statements?status=SUBMITTED").json()) {
            if (s.get("statementNo").asText().equals(statementNo)) {
                taskId = s.get("taskId").asText();
            }
        }
        assertThat(taskId).as("review task of " + statementNo).isNotNull();
        Map<String, Object> body = new HashMap<>(Map.of("approve", approve));
        if (!approve) {
            body.put("comment", "请核对");
        }
        assertThat(c.post("/api/tasks/" + taskId + "/statement-review", body).status()).isEqualTo(204);
        if (approve) {
            // Lists show who approved by name, never by account.
            String approver = c.get("/api/services/statements/" + statementNo).json().get("statement")
                    .get("approverName").asText();
            assertThat(approver).isNotBlank().isNotEqualTo(clerk);
            assertThat(c.get("/api/auth/me").json().toString()).contains(approver);
        }
    }

    private List<Long> lineDeliveries(String statementNo) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode l : ApiClient.signedIn(port, CLERK).get("/api/services/statements/" + statementNo).json()
                .get("lines")) {
            ids.add(l.get("deliveryId").asLong());
        }
        return ids;
    }

    @Test
    void careThatHasNotEndedIsNeitherRecordedNorConfirmed() {
        at(LocalDateTime.of(2027, 3, 10, 8, 0));
        ApiClient ta1 = ApiClient.signedIn(port, "ta1");
        String orderNo = accepted(ta1, "未结束");
        LocalDate day = LocalDate.of(2027, 3, 10);

        // 11:22: the evening's visit cannot be recorded yet, nor one still running; one that ended can.
        at(day.atTime(11, 22));
        Response evening = deliver(ta1, orderNo, day, "22:00", "23:00");
        assertThat(evening.status()).isEqualTo(400);
        assertThat(evening.json().get("errors").toString()).contains("endTime");
        assertThat(deliver(ta1, orderNo, day, "11:00", "11:30").status()).isEqualTo(400);
        long ended = delivered(ta1, orderNo, day, "10:00", "11:22");
        assertThat(jdbc.queryForObject("select count(*) from service_delivery where order_id ="
                + " (select id from service_order where order_no = ?)", Long.class, orderNo)).isEqualTo(1);

        // A record whose end lies ahead of the clock (recorded before this rule, or a clock set back):
        // neither the officer nor the card's PIN confirms it, and the early PIN costs no attempt.
        at(day.atTime(13, 0));
        long later = delivered(ta1, orderNo, day, "12:00", "12:50");
        at(day.atTime(12, 30));
        Response byOfficer = ApiClient.signedIn(port, OFFICER).post("/api/services/deliveries/" + later + "/confirm",
                Map.of("method", "OFFICER"));
        assertThat(byOfficer.status()).isEqualTo(409);
        assertThat(byOfficer.json().get("detail").asText()).contains("尚未结束");
        // The recipient's PIN from the slip the street office printed for the card.
        String pin = PinSlips.pin(port, ServiceFixtures.VILLAGE, jdbc.queryForObject(
                "select case_no from service_order where order_no = ?", String.class, orderNo));
        assertThat(ta1.post("/api/services/deliveries/" + later + "/confirm", Map.of("method", "PIN", "pin", pin))
                .status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select c.pin_failures from service_card c join service_order o"
                + " on o.card_no = c.card_no where o.order_no = ?", Integer.class, orderNo)).isZero();
        assertThat(jdbc.queryForObject("select status from service_delivery where id = ?", String.class, later))
                .isEqualTo("RECORDED");

        // Once it has ended, both work as before.
        at(day.atTime(12, 50));
        assertThat(ta1.post("/api/services/deliveries/" + later + "/confirm", Map.of("method", "PIN", "pin", pin))
                .status()).isEqualTo(200);
        confirm(ended);
    }

    @Test
    void aStatementIsBuiltOnlyForAnEndedMonthAndLateCareGoesOnSupplementsThroughTheSameReview() {
        YearMonth april = YearMonth.of(2027, 4);
        at(april.atDay(5).atTime(8, 0));
        ApiClient ta1 = ApiClient.signedIn(port, "ta1");
        String orderNo = accepted(ta1, "补充结算");
        at(april.atDay(5).atTime(18, 0));
        long d1 = delivered(ta1, orderNo, april.atDay(5), "09:00", "10:00");
        confirm(d1);
        long d2 = delivered(ta1, orderNo, april.atDay(5), "14:00", "14:30");

        // The last evening of April (Beijing): April is still running.
        at(april.atEndOfMonth().atTime(23, 59));
        Response running = ta1.post("/api/services/statements", Map.of("month", "2027-04", "kind", "PROVIDER"));
        assertThat(running.status()).isEqualTo(400);
        assertThat(running.json().get("errors").toString()).contains("month");

        at(april.plusMonths(1).atDay(2).atTime(9, 0));
        JsonNode first = build(ta1, april, "PROVIDER", null);
        String no = first.get("statementNo").asText();
        assertThat(first.get("supplementNo").asInt()).isZero();
        assertThat(first.get("totalAmount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(ta1.post("/api/services/statements/" + no + "/submit", null).status()).isEqualTo(200);

        // Confirmed while the statement is under review: it waits; building again changes nothing.
        confirm(d2);
        JsonNode waiting = build(ta1, april, "PROVIDER", null);
        assertThat(waiting.get("statementNo").asText()).isEqualTo(no);
        assertThat(waiting.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(lineDeliveries(no)).containsExactly(d1);

        // Returned: a draft again, and the rebuild picks the late one up.
        review(CLERK, no, false);
        JsonNode rebuilt = build(ta1, april, "PROVIDER", null);
        assertThat(rebuilt.get("statementNo").asText()).isEqualTo(no);
        assertThat(rebuilt.get("totalAmount").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(lineDeliveries(no)).containsExactly(d1, d2);
        assertThat(ta1.post("/api/services/statements/" + no + "/submit", null).status()).isEqualTo(200);

        // Recorded in May for April and confirmed while under review; approval leaves it for a supplement.
        long d3 = delivered(ta1, orderNo, april.atDay(20), "09:00", "10:00");
        confirm(d3);
        review(CLERK, no, true);
        assertThat(lineDeliveries(no)).containsExactly(d1, d2);
        JsonNode supplement = build(ta1, april, "PROVIDER", null);
        String sup1 = supplement.get("statementNo").asText();
        assertThat(sup1).isNotEqualTo(no).matches("JS202704\\d{4}");
        assertThat(supplement.get("supplementNo").asInt()).isEqualTo(1);
        assertThat(supplement.get("status").asText()).isEqualTo("DRAFT");
        assertThat(lineDeliveries(sup1)).containsExactly(d3);
        // Building again opens no second supplement.
        assertThat(build(ta1, april, "PROVIDER", null).get("statementNo").asText()).isEqualTo(sup1);
        assertThat(ta1.post("/api/services/statements/" + sup1 + "/submit", null).status()).isEqualTo(200);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(sup1)
                .processDefinitionKey(ServiceProcesses.STATEMENT_REVIEW).taskDefinitionKey("reviewStatement").count())
                .isEqualTo(1);
        review(CLERK, sup1, true);

        // Another late one: a second supplement, numbered on.
        long d4 = delivered(ta1, orderNo, april.atDay(21), "09:00", "09:30");
        confirm(d4);
        JsonNode second = build(ta1, april, "PROVIDER", null);
        assertThat(second.get("supplementNo").asInt()).isEqualTo(2);
        assertThat(lineDeliveries(second.get("statementNo").asText())).containsExactly(d4);
        // Nothing left: building April after approval of everything opens nothing new.
        assertThat(ta1.post("/api/services/statements/" + second.get("statementNo").asText() + "/submit", null)
                .status()).isEqualTo(200);
        review(CLERK, second.get("statementNo").asText(), true);
        assertThat(build(ta1, april, "PROVIDER", null).get("supplementNo").asInt()).isEqualTo(2);

        BigDecimal approved = jdbc.queryForObject("select sum(total_amount) from settlement_statement"
                + " where party_code = ? and street_code = ? and stmt_month = '2027-04' and status = 'APPROVED'",
                BigDecimal.class, ServiceFixtures.PROVIDER_A, ServiceFixtures.STREET);
        assertThat(approved).isEqualByComparingTo("90.00");
        assertThat(jdbc.queryForObject("select count(*) from settlement_statement where party_code = ?"
                + " and street_code = ? and stmt_month = '2027-04'", Long.class, ServiceFixtures.PROVIDER_A,
                ServiceFixtures.STREET)).isEqualTo(3);
        // The street sees the supplements as such.
        JsonNode forClerk = ApiClient.signedIn(port, CLERK).get("/api/services/statements?month=2027-04").json();
        assertThat(forClerk.findValuesAsText("supplementNo")).contains("0", "1", "2");
    }

    @Test
    void neighbourAidRecordedAfterApprovalGoesOnASupplement() {
        YearMonth june = YearMonth.of(2027, 6);
        at(june.atDay(10).atTime(9, 0));
        ApiClient officer = ApiClient.signedIn(port, "vo001002");
        String caseNo = walkthrough.toServing(Leads.lead("360199001002", "互助补充"), 2, "FULL",
                List.of("NEIGHBOUR_AID"));
        Response helper = officer.post("/api/services/helpers", Map.of("name", "邻居补", "idNumber",
                Leads.newIdNumber(), "phone", "13912345678", "villageCode", "360199001002"));
        assertThat(helper.status()).isEqualTo(201);
        String party = "H" + helper.json().get("id").asLong();
        String aidPath = "/api/services/helpers/" + helper.json().get("id").asLong() + "/aid";
        assertThat(officer.post(aidPath, Map.of("caseNo", caseNo, "aidDate", "2027-06-10", "minutes", 45,
                "content", "上门陪护")).status()).isEqualTo(201);
        assertThat(officer.post("/api/services/statements", Map.of("month", "2027-06", "kind", "HELPER")).status())
                .isEqualTo(400);

        at(june.plusMonths(1).atDay(1).atTime(9, 0));
        JsonNode first = build(officer, june, "HELPER", party);
        assertThat(first.get("lineCount").asInt()).isEqualTo(1);
        assertThat(officer.post("/api/services/statements/" + first.get("statementNo").asText() + "/submit", null)
                .status()).isEqualTo(200);
        review("street001", first.get("statementNo").asText(), true);

        assertThat(officer.post(aidPath, Map.of("caseNo", caseNo, "aidDate", "2027-06-28", "minutes", 30,
                "content", "代买药品")).status()).isEqualTo(201);
        JsonNode supplement = build(officer, june, "HELPER", party);
        assertThat(supplement.get("supplementNo").asInt()).isEqualTo(1);
        assertThat(supplement.get("statementNo").asText()).isNotEqualTo(first.get("statementNo").asText());
        assertThat(supplement.get("lineCount").asInt()).isEqualTo(1);
        assertThat(supplement.get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void careFailingItsSpotCheckAfterApprovalIsDeductedOnceOnTheNextStatement() throws Exception {
        YearMonth august = YearMonth.of(2027, 8);
        at(august.atDay(5).atTime(8, 0));
        ApiClient ta1 = ApiClient.signedIn(port, "ta1");
        String orderNo = accepted(ta1, "扣减");
        at(august.atDay(5).atTime(18, 0));
        long d1 = delivered(ta1, orderNo, august.atDay(5), "09:00", "10:00");
        long d2 = delivered(ta1, orderNo, august.atDay(5), "14:00", "15:00");
        confirm(d1);
        confirm(d2);

        at(august.plusMonths(1).atDay(1).atTime(9, 0));
        JsonNode aug = build(ta1, august, "PROVIDER", null);
        String augNo = aug.get("statementNo").asText();
        assertThat(ta1.post("/api/services/statements/" + augNo + "/submit", null).status()).isEqualTo(200);
        review(CLERK, augNo, true);

        // August's sample (one of the two) fails its check after August was approved and paid.
        at(august.plusMonths(1).atDay(3).atTime(9, 0));
        assertThat(spotChecks.draw(august)).isEqualTo(1);
        long checkId = jdbc.queryForObject("select id from spot_check where provider_code = ? and check_month = '2027-08'",
                Long.class, ServiceFixtures.PROVIDER_A);
        long failed = jdbc.queryForObject("select delivery_id from spot_check where id = ?", Long.class, checkId);
        Task check = tasks.createTaskQuery().processDefinitionKey(ServiceProcesses.SPOT_CHECK)
                .processVariableValueEquals(ServiceProcesses.VAR_SPOT_CHECK_ID, checkId).singleResult();
        assertThat(ApiClient.signedIn(port, OFFICER).post("/api/tasks/" + check.getId() + "/spot-check",
                Map.of("passed", false, "method", "PHONE", "note", "受助人称当天无人上门")).status()).isEqualTo(204);
        assertThat(lineDeliveries(augNo)).contains(failed); // the approved statement stays as it was

        // September had no care: its statement is the deduction alone, its total negative.
        at(august.plusMonths(2).atDay(1).atTime(9, 0));
        JsonNode sep = build(ta1, august.plusMonths(1), "PROVIDER", null);
        assertThat(sep).isNotNull();
        String sepNo = sep.get("statementNo").asText();
        assertThat(sep.get("lineCount").asInt()).isEqualTo(1);
        assertThat(sep.get("deductionCount").asInt()).isEqualTo(1);
        assertThat(sep.get("deductionAmount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(sep.get("totalAmount").decimalValue()).isEqualByComparingTo("-30.00");
        JsonNode line = ApiClient.signedIn(port, CLERK).get("/api/services/statements/" + sepNo).json().get("lines")
                .get(0);
        assertThat(line.get("type").asText()).isEqualTo("DEDUCTION");
        assertThat(line.get("deliveryId").asLong()).isEqualTo(failed);
        assertThat(line.get("month").asText()).isEqualTo("2027-08");
        assertThat(line.get("originalStatementNo").asText()).isEqualTo(augNo);
        assertThat(line.get("reason").asText()).contains("受助人称当天无人上门");
        assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("-30.00");

        byte[] xlsx = ApiClient.signedIn(port, CLERK).download("/api/services/statements/" + sepNo + "/export");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row deduction = sheet.getRow(4);
            assertThat(deduction.getCell(9).getNumericCellValue()).isEqualTo(-30.0);
            assertThat(deduction.getCell(12).getStringCellValue()).contains("扣减").contains(String.valueOf(failed))
                    .contains("2027-08").contains(augNo).contains("受助人称当天无人上门");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(-30.0);
        }

        // Deducted once: approved, then no later statement deducts it again.
        assertThat(ta1.post("/api/services/statements/" + sepNo + "/submit", null).status()).isEqualTo(200);
        review(CLERK, sepNo, true);
        at(august.plusMonths(3).atDay(1).atTime(9, 0));
        JsonNode oct = build(ta1, august.plusMonths(2), "PROVIDER", null);
        if (oct != null) {
            assertThat(oct.get("deductionCount").asInt()).isZero();
        }
        assertThat(build(ta1, august, "PROVIDER", null).get("statementNo").asText()).isEqualTo(augNo);
        assertThat(jdbc.queryForObject("select count(*) from settlement_statement s join service_delivery d"
                + " on d.deducted_on_statement_id = s.id where d.id = ?", Long.class, failed)).isEqualTo(1);
        BigDecimal net = jdbc.queryForObject("select sum(total_amount) from settlement_statement where party_code = ?"
                + " and street_code = ? and stmt_month in ('2027-08', '2027-09', '2027-10') and status = 'APPROVED'",
                BigDecimal.class, ServiceFixtures.PROVIDER_A, ServiceFixtures.STREET);
        assertThat(net).isEqualByComparingTo("30.00"); // only the delivery that passed stays paid
    }
}
