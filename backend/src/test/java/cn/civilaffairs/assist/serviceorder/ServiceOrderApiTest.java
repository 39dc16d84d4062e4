package cn.civilaffairs.assist.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The purchased-services API as its users call it: scope, every refusal rule, confirmation once, statements, aid. */
@IntegrationTest
class ServiceOrderApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199001002"; // 城关街道: only provider1 (P360199001) holds a contract here
    static final String OFFICER = "vo001002";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] PDF = "%PDF-1.4 not a photo".getBytes();

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired ServiceFixtures fixtures;
    @Autowired StandardsService standards;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * Deliveries at fixed times of "today" must have ended: the engine clock stands at 23:50 of the
     * wall clock's day (Beijing), so the tests pass at any hour.
     */
    @BeforeEach
    void lateInTheDay() {
        clock.at(LocalDate.now(SHANGHAI), 23, 50);
    }

    private String today() {
        return clock.today().toString();
    }

    /** Statements are built once the month has ended: the engine clock moves to the next month's first morning. */
    private void nextMonth() {
        clock.at(YearMonth.from(clock.today()).plusMonths(1).atDay(1), 9, 0);
    }

    /** A recipient in 城关街道 whose order(s) provider1 has accepted over the API; returns the case number. */
    private String servingAccepted(ApiClient provider, String name, String... items) {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, name), 2, "FULL", List.of(items));
        for (String item : items) {
            JsonNode row = orderRow(provider, caseNo, item);
            assertThat(row.get("status").asText()).isEqualTo("OFFERED");
            assertThat(row.get("taskId").isNull()).isFalse();
            assertThat(provider.post("/api/tasks/" + row.get("taskId").asText() + "/order-response",
                    Map.of("accept", true)).status()).isEqualTo(204);
        }
        return caseNo;
    }

    private JsonNode orderRow(ApiClient client, String caseNo, String item) {
        for (JsonNode row : client.get("/api/services/orders?text=" + caseNo + "&size=100").json().get("items")) {
            if (row.get("itemCode").asText().equals(item)) {
                return row;
            }
        }
        throw new AssertionError("no order for " + caseNo + " " + item);
    }

    private String cardNo(String caseNo) {
        return jdbc.queryForObject("select card_no from service_card c join service_case s on s.id = c.case_id"
                + " where s.case_no = ?", String.class, caseNo);
    }

    /** The card's PIN from its slip, printed by the street clerk as the holder would get it. */
    private String pin(String caseNo) {
        return cn.civilaffairs.assist.support.PinSlips.pin(port, VILLAGE, caseNo);
    }

    private Response deliver(ApiClient provider, String orderNo, String date, String start, String end) {
        return provider.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                Map.of("orderNo", orderNo, "serviceDate", date, "startTime", start, "endTime", end, "notes", "测试服务"))));
    }

    @Test
    void aProviderSeesOnlyOrdersSentToItAndOfficialsOnlyTheirSubtree() {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        ApiClient p2 = ApiClient.signedIn(port, "provider2");
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "范围"), 2, "FULL", List.of("CLEANING"));
        JsonNode row = orderRow(p1, caseNo, "CLEANING");
        String orderNo = row.get("orderNo").asText();
        assertThat(row.get("providerCode").asText()).isEqualTo("P360199001");
        assertThat(row.get("cardNoMasked").asText()).contains("****").isNotEqualTo(cardNo(caseNo));
        // Before accepting, the provider gets no address or phone.
        JsonNode offered = p1.get("/api/services/orders/" + orderNo).json();
        assertThat(offered.get("address").isNull()).isTrue();

        assertThat(p2.get("/api/services/orders?text=" + caseNo).json().get("total").asInt()).isZero();
        assertThat(p2.get("/api/services/orders/" + orderNo).status()).isEqualTo(404);
        assertThat(p2.get("/api/services/orders/" + orderNo).isProblem()).isTrue();
        assertThat(p2.post("/api/tasks/" + row.get("taskId").asText() + "/order-response", Map.of("accept", true))
                .status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, OFFICER).get("/api/services/orders/" + orderNo).status()).isEqualTo(200);
        assertThat(ApiClient.signedIn(port, "vo003001").get("/api/services/orders/" + orderNo).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "street002").get("/api/services/orders?text=" + caseNo).json()
                .get("total").asInt()).isZero();
        // Roles: a charity has no business here; a street clerk cannot sign contracts.
        assertThat(ApiClient.signedIn(port, "charity1").get("/api/services/orders").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "street001").post("/api/services/contracts", Map.of("providerCode",
                "P360199002", "validFrom", "2026-01-01", "validTo", "2026-12-31", "areaCodes", List.of("360199001"),
                "items", List.of(Map.of("itemCode", "CLEANING", "unitPrice", 1)))).status()).isEqualTo(403);

        // A decline needs a reason.
        Response noReason = p1.post("/api/tasks/" + row.get("taskId").asText() + "/order-response",
                Map.of("accept", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(p1.post("/api/tasks/" + row.get("taskId").asText() + "/order-response", Map.of("accept", true))
                .status()).isEqualTo(204);
        JsonNode accepted = p1.get("/api/services/orders/" + orderNo).json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("address").asText()).isEqualTo("测试地址1号");
        assertThat(accepted.get("history")).extracting(h -> h.get("type").asText()).contains("OFFERED", "ACCEPTED");
    }

    @Test
    void everyRefusalRuleAnswersWithItsReasonAndNothingIsSaved() {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        String caseNo = servingAccepted(p1, "拒绝", "CLEANING");
        String orderNo = orderRow(p1, caseNo, "CLEANING").get("orderNo").asText();
        long before = jdbc.queryForObject("select count(*) from service_delivery", Long.class);

        Response unregistered = deliver(p1, orderNo, today(), "08:00", "09:00");
        assertThat(unregistered.status()).isEqualTo(409);
        assertThat(unregistered.json().get("detail").asText()).contains("登记服务对象");

        assertThat(p1.post("/api/services/registrations", Map.of("cardNo", "FWK20269999999")).status()).isEqualTo(404);
        Response registered = p1.post("/api/services/registrations", Map.of("cardNo", cardNo(caseNo).toLowerCase()));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().get(0).get("registered").asBoolean()).isTrue();
        assertThat(ApiClient.signedIn(port, "provider2").post("/api/services/registrations",
                Map.of("cardNo", cardNo(caseNo))).status()).isEqualTo(404);

        Response backwards = deliver(p1, orderNo, today(), "10:00", "09:00");
        assertThat(backwards.status()).isEqualTo(400);
        Response future = deliver(p1, orderNo, LocalDate.parse(today()).plusDays(1).toString(), "08:00", "09:00");
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.json().get("detail").asText()).contains("不能晚于今天");
        Response beforeAcceptance = deliver(p1, orderNo, LocalDate.parse(today()).minusDays(1).toString(), "08:00", "09:00");
        assertThat(beforeAcceptance.status()).isEqualTo(409);
        assertThat(beforeAcceptance.json().get("detail").asText()).contains("早于接单日期");

        Response ok = deliver(p1, orderNo, today(), "00:10", "01:10");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("amount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(ok.json().get("status").asText()).isEqualTo("RECORDED");
        Response overlap = deliver(p1, orderNo, today(), "01:00", "01:30");
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.json().get("detail").asText()).contains("时间重叠");

        // Outside the card's validity.
        jdbc.update("update service_card set valid_to = ? where card_no = ?", LocalDate.parse(today()).minusDays(1),
                cardNo(caseNo));
        Response expired = deliver(p1, orderNo, today(), "02:00", "03:00");
        jdbc.update("update service_card set valid_to = ? where card_no = ?", LocalDate.parse(today()).plusYears(1),
                cardNo(caseNo));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("detail").asText()).contains("服务卡有效期");

        // Not on a valid contract of the provider (the item taken off the contract for a moment).
        Long contractId = jdbc.queryForObject("select id from provider_contract where provider_code = 'P360199001'",
                Long.class);
        jdbc.update("delete from provider_contract_item where contract_id = ? and item_code = 'CLEANING'", contractId);
        Response notContracted = deliver(p1, orderNo, today(), "03:00", "04:00");
        jdbc.update("insert into provider_contract_item (contract_id, item_code, unit_price) values (?, 'CLEANING', 40.00)",
                contractId);
        assertThat(notContracted.status()).isEqualTo(409);
        assertThat(notContracted.json().get("detail").asText()).contains("服务合同");

        // A photo must be an image.
        Response pdf = p1.multipart("/api/services/deliveries", List.of(Part.json("delivery", Map.of("orderNo", orderNo,
                "serviceDate", today(), "startTime", "05:00", "endTime", "06:00")), Part.file("photo", "x.pdf",
                "application/pdf", PDF)));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from service_delivery", Long.class)).isEqualTo(before + 1);

        Response withPhoto = p1.multipart("/api/services/deliveries", List.of(Part.json("delivery", Map.of("orderNo",
                orderNo, "serviceDate", today(), "startTime", "05:00", "endTime", "06:00")), Part.file("photo", "x.png",
                "image/png", PNG)));
        assertThat(withPhoto.status()).isEqualTo(201);
        assertThat(withPhoto.json().get("hasPhoto").asBoolean()).isTrue();
        assertThat(p1.get("/api/services/deliveries/" + withPhoto.json().get("id").asLong() + "/photo").status())
                .isEqualTo(200);
    }

    @Test
    void aDeliveryIsConfirmedOnceByPinOrOfficerEvenWhenTwoConfirmationsRace() throws Exception {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String caseNo = servingAccepted(p1, "确认", "MEAL_DELIVERY");
        String orderNo = orderRow(p1, caseNo, "MEAL_DELIVERY").get("orderNo").asText();
        p1.post("/api/services/registrations", Map.of("cardNo", cardNo(caseNo)));
        long first = deliver(p1, orderNo, today(), "10:00", "10:20").json().get("id").asLong();

        String wrong = pin(caseNo).equals("000000") ? "111111" : "000000";
        assertThat(p1.post("/api/services/deliveries/" + first + "/confirm", Map.of("method", "PIN", "pin", wrong))
                .status()).isEqualTo(400);
        Response confirmed = p1.post("/api/services/deliveries/" + first + "/confirm",
                Map.of("method", "PIN", "pin", pin(caseNo)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("confirmMethod").asText()).isEqualTo("PIN");
        Response twice = officer.post("/api/services/deliveries/" + first + "/confirm", Map.of("method", "OFFICER"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("已确认");
        // A provider cannot confirm for the officer, nor an officer out of the village.
        assertThat(p1.post("/api/services/deliveries/" + first + "/confirm", Map.of("method", "OFFICER")).status())
                .isEqualTo(404);

        // Two confirmations at the same moment: one wins, the other is told it was already confirmed.
        for (int round = 0; round < 3; round++) {
            long id = deliver(p1, orderNo, today(), (11 + 2 * round) + ":00", (11 + 2 * round) + ":30")
                    .json().get("id").asLong();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> calls = List.of(
                    () -> { go.await(); return p1.post("/api/services/deliveries/" + id + "/confirm",
                            Map.of("method", "PIN", "pin", pin(caseNo))).status(); },
                    () -> { go.await(); return officer.post("/api/services/deliveries/" + id + "/confirm",
                            Map.of("method", "OFFICER")).status(); });
            List<Future<Integer>> futures = new ArrayList<>();
            calls.forEach(c -> futures.add(pool.submit(c)));
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(jdbc.queryForObject("select count(*) from service_delivery where id = ? and status = 'CONFIRMED'",
                    Long.class, id)).isEqualTo(1);
        }
    }

    @Test
    void theStreetApprovesTheMonthsStatementItsExcelAddsUpAndOtherProvidersCannotSeeIt() throws Exception {
        // Test provider A in 石桥镇: nothing else settles its statements this month.
        fixtures.providers();
        ApiClient p1 = ApiClient.signedIn(port, "ta1");
        ApiClient clerk = ApiClient.signedIn(port, "street003");
        String caseNo = walkthrough.toServing(Leads.lead(ServiceFixtures.VILLAGE, "结算"), 2, "FULL", List.of("HOME_CARE"));
        assertThat(p1.post("/api/tasks/" + orderRow(p1, caseNo, "HOME_CARE").get("taskId").asText() + "/order-response",
                Map.of("accept", true)).status()).isEqualTo(204);
        String orderNo = orderRow(p1, caseNo, "HOME_CARE").get("orderNo").asText();
        p1.post("/api/services/registrations", Map.of("cardNo", cardNo(caseNo)));
        long id = deliver(p1, orderNo, today(), "17:00", "18:30").json().get("id").asLong();
        assertThat(ApiClient.signedIn(port, "vo003003").post("/api/services/deliveries/" + id + "/confirm",
                Map.of("method", "OFFICER")).status()).isEqualTo(200);

        String month = YearMonth.from(LocalDate.parse(today())).toString();
        // The running month cannot be settled yet: care may still be confirmed in it.
        Response running = p1.post("/api/services/statements", Map.of("month", month, "kind", "PROVIDER"));
        assertThat(running.status()).isEqualTo(400);
        assertThat(running.body()).contains("month").contains("尚未结束");
        nextMonth();
        assertThat(p1.post("/api/services/statements", Map.of("month", "2999-01", "kind", "PROVIDER")).status())
                .isEqualTo(400);
        assertThat(p1.post("/api/services/statements", Map.of("month", "2026-13", "kind", "PROVIDER")).status())
                .isEqualTo(400);
        JsonNode built = p1.post("/api/services/statements", Map.of("month", month, "kind", "PROVIDER")).json();
        JsonNode mine = null;
        for (JsonNode s : built) {
            if (s.get("streetCode").asText().equals(ServiceFixtures.STREET)) {
                mine = s;
            }
        }
        assertThat(mine).isNotNull();
        String no = mine.get("statementNo").asText();
        assertThat(mine.get("status").asText()).isEqualTo("DRAFT");
        // 90 minutes of home care at A's 30.00 an hour.
        assertThat(mine.get("totalAmount").decimalValue()).isEqualByComparingTo("45.00");
        java.math.BigDecimal expected = jdbc.queryForObject("select coalesce(sum(amount), 0) from service_delivery"
                + " where provider_code = 'P360199081' and street_code = '360199003' and status = 'CONFIRMED'"
                + " and flagged = false and service_date between ? and ?", java.math.BigDecimal.class,
                YearMonth.parse(month).atDay(1), YearMonth.parse(month).atEndOfMonth());
        assertThat(mine.get("totalAmount").decimalValue()).isEqualByComparingTo(expected);
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/services/statements/" + no).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "street002").get("/api/services/statements/" + no).status()).isEqualTo(404);

        assertThat(p1.post("/api/services/statements/" + no + "/submit", null).status()).isEqualTo(200);
        JsonNode forClerk = clerk.get("/api/services/statements?month=" + month).json();
        String taskId = null;
        for (JsonNode s : forClerk) {
            if (s.get("statementNo").asText().equals(no)) {
                taskId = s.get("taskId").asText();
            }
        }
        assertThat(taskId).isNotNull();
        JsonNode subject = clerk.get("/api/tasks/" + taskId + "/subject").json();
        assertThat(subject.get("formKey").asText()).isEqualTo("app:statement-review");
        assertThat(subject.get("statement").get("lines").size()).isEqualTo(mine.get("lineCount").asInt());
        assertThat(clerk.post("/api/tasks/" + taskId + "/statement-review", Map.of("approve", false)).status())
                .isEqualTo(400);
        assertThat(clerk.post("/api/tasks/" + taskId + "/statement-review", Map.of("approve", true)).status())
                .isEqualTo(204);
        assertThat(clerk.get("/api/services/statements/" + no).json().get("statement").get("status").asText())
                .isEqualTo("APPROVED");
        assertThat(p1.post("/api/services/statements/" + no + "/submit", null).status()).isEqualTo(409);

        byte[] xlsx = clerk.download("/api/services/statements/" + no + "/export");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(java.math.BigDecimal.valueOf(total.getCell(9).getNumericCellValue()))
                    .isEqualByComparingTo(expected);
            assertThat(sheet.getLastRowNum() - 4).isEqualTo(mine.get("lineCount").asInt());
        }
    }

    @Test
    void aRecipientUnderStandardNearMonthEndWarnsTheStreetOnce() {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        String caseNo = servingAccepted(p1, "达标", "SHOPPING");
        YearMonth month = YearMonth.from(LocalDate.parse(today()));
        LocalDate nearEnd = month.atEndOfMonth().minusDays(2);
        int raised = tx.execute(s -> standards.check(nearEnd));
        assertThat(raised).isPositive();
        int again = tx.execute(s -> standards.check(nearEnd));
        assertThat(again).isZero();
        JsonNode list = ApiClient.signedIn(port, "street001").get("/api/services/standard-warnings?month=" + month).json();
        JsonNode mine = null;
        for (JsonNode w : list) {
            if (w.get("caseNo").asText().equals(caseNo)) {
                mine = w;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("requiredAmount").decimalValue()).isEqualByComparingTo("30");
        assertThat(mine.get("reasons").get(0).asText()).contains("尚无已确认的服务");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
                "standard:360199001:" + nearEnd + "%")).isPositive();
        assertThat(ApiClient.signedIn(port, "street002").get("/api/services/standard-warnings?month=" + month).body())
                .doesNotContain(caseNo);
        // Early in the month nothing is checked yet.
        int early = tx.execute(s -> standards.check(month.atDay(3)));
        assertThat(early).isZero();
    }

    @Test
    void neighbourHelpersAreRegisteredTheirHelpRecordedAndSubsidisedByStatement() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "互助"), 2, "FULL", List.of("NEIGHBOUR_AID"));
        Map<String, Object> helper = new HashMap<>(Map.of("name", "邻居王", "idNumber", "360199195003011230",
                "phone", "13912345678", "villageCode", VILLAGE));
        Response bad = officer.post("/api/services/helpers", helper);
        assertThat(bad.status()).isEqualTo(400);
        helper.put("idNumber", Leads.newIdNumber());
        Response created = officer.post("/api/services/helpers", helper);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("phoneMasked").asText()).doesNotContain("12345678");
        long helperId = created.json().get("id").asLong();
        assertThat(ApiClient.signedIn(port, "vo001001").post("/api/services/helpers/" + helperId + "/aid",
                Map.of("caseNo", caseNo, "aidDate", today(), "minutes", 60, "content", "代买药品")).status())
                .isEqualTo(404);
        for (int i = 0; i < 3; i++) {
            assertThat(officer.post("/api/services/helpers/" + helperId + "/aid",
                    Map.of("caseNo", caseNo, "aidDate", today(), "minutes", 45, "content", "上门陪护")).status())
                    .isEqualTo(201);
        }
        String month = YearMonth.from(LocalDate.parse(today())).toString();
        assertThat(officer.post("/api/services/statements", Map.of("month", month, "kind", "HELPER")).status())
                .isEqualTo(400);
        nextMonth();
        JsonNode built = officer.post("/api/services/statements", Map.of("month", month, "kind", "HELPER")).json();
        JsonNode mine = null;
        for (JsonNode s : built) {
            if (s.get("partyCode").asText().equals("H" + helperId)) {
                mine = s;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("lineCount").asInt()).isEqualTo(3);
        assertThat(mine.get("totalAmount").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(mine.get("partyName").asText()).isEqualTo("邻居王");
        assertThat(officer.post("/api/services/statements/" + mine.get("statementNo").asText() + "/submit", null)
                .status()).isEqualTo(200);
        JsonNode forClerk = ApiClient.signedIn(port, "street001").get("/api/services/statements?kind=HELPER").json();
        assertThat(forClerk.toString()).contains(mine.get("statementNo").asText());
    }
}
