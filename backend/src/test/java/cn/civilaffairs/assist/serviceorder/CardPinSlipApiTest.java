package cn.civilaffairs.assist.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The PIN slip (密码函): the street office prints it once after issue, the PIN confirms deliveries,
 * only its BCrypt hash is kept and no read answers it; a reset kills the old PIN and clears the
 * lock; a revoked card shows 已注销 and confirms nothing.
 */
@IntegrationTest
class CardPinSlipApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String VILLAGE = "360199001002"; // 城关街道: provider1 (P360199001) holds the contract
    static final String CLERK = "street001";
    static final String STAFF = "slipstaff1"; // own staff member: no other test's deliveries overlap

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired CaseService caseService;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;

    private ApiClient provider1;
    private ApiClient staff;
    private ApiClient clerk;

    /** Late in the Beijing day, so the deliveries below (earlier today) are never in the future. */
    @BeforeEach
    void setUp() {
        clock.at(LocalDate.now(SHANGHAI), 23, 40);
        if (identityService.createUserQuery().userId(STAFF).count() == 0) {
            User user = identityService.newUser(STAFF);
            user.setLastName("密码函测试");
            user.setFirstName("");
            user.setPassword(ApiClient.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(STAFF, "PROVIDER_STAFF@P360199001");
        }
        provider1 = ApiClient.signedIn(port, "provider1");
        staff = ApiClient.signedIn(port, STAFF);
        clerk = ApiClient.signedIn(port, CLERK);
    }

    private String today() {
        return clock.today().toString();
    }

    /** A recipient whose MEAL_DELIVERY order provider1 accepted and registered; returns the case number. */
    private String serving(String name) {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, name), 2, "FULL", List.of("MEAL_DELIVERY"));
        JsonNode row = provider1.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0);
        assertThat(provider1.post("/api/tasks/" + row.get("taskId").asText() + "/order-response",
                Map.of("accept", true)).status()).isEqualTo(204);
        assertThat(provider1.post("/api/services/registrations", Map.of("cardNo", cardNo(caseNo))).status())
                .isLessThan(300);
        return caseNo;
    }

    private String orderNo(String caseNo) {
        return provider1.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0)
                .get("orderNo").asText();
    }

    private long deliver(String orderNo, LocalTime start) {
        Response r = staff.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                Map.of("orderNo", orderNo, "serviceDate", today(), "startTime", start.toString(),
                        "endTime", start.plusMinutes(10).toString()))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Response byPin(long delivery, String pin) {
        return staff.post("/api/services/deliveries/" + delivery + "/confirm", Map.of("method", "PIN", "pin", pin));
    }

    private String cardNo(String caseNo) {
        return jdbc.queryForObject("select card_no from service_card c join service_case s on s.id = c.case_id"
                + " where s.case_no = ?", String.class, caseNo);
    }

    private String hash(String cardNo) {
        return jdbc.queryForObject("select pin_hash from service_card where card_no = ?", String.class, cardNo);
    }

    private Response slip(ApiClient who, String caseNo) {
        return who.post("/api/cases/" + caseNo + "/card/pin-slip", null);
    }

    private Response reset(ApiClient who, String caseNo) {
        return who.post("/api/cases/" + caseNo + "/card/pin-reset", null);
    }

    private long changes(String cardNo) {
        return jdbc.queryForObject("select count(*) from service_card_pin_change where card_no = ?", Long.class, cardNo);
    }

    /** Neither the PIN nor its hash in any field of a read; no field named like a PIN value. */
    private static void noPinIn(Response read, String pin, String hash) {
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(hash).doesNotContain("$2a$").doesNotContain("\"" + pin + "\"");
        walk(read.json(), pin);
    }

    private static void walk(JsonNode node, String pin) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                assertThat(f.getKey()).doesNotMatch("(?i)pin|pin_?hash|pinCode");
                walk(f.getValue(), pin);
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, pin));
        } else if (node.isTextual() || node.isNumber()) {
            assertThat(node.asText()).isNotEqualTo(pin);
        }
    }

    @Test
    void theSlipIsPrintedOnceItsPinConfirmsADeliveryAndOnlyItsHashIsKept() {
        String caseNo = serving("密码函甲");
        String card = cardNo(caseNo);
        long first = deliver(orderNo(caseNo), LocalTime.of(20, 5));

        // Issued but no slip yet: the card has no PIN, so none confirms (409), and the page says so.
        assertThat(hash(card)).isNull();
        Response noPin = byPin(first, "123456");
        assertThat(noPin.status()).isEqualTo(409);
        assertThat(noPin.json().get("detail").asText()).contains("密码函", "信息员");
        assertThat(clerk.get("/api/cases/" + caseNo + "/card").json().get("pinSet").asBoolean()).isFalse();

        Response printed = slip(clerk, caseNo);
        assertThat(printed.status()).as(printed.body()).isEqualTo(200);
        assertThat(printed.header("Cache-Control")).contains("no-store");
        JsonNode s = printed.json();
        String pin = s.get("pin").asText();
        assertThat(pin).matches("\\d{6}");
        assertThat(s.get("cardNo").asText()).isEqualTo(card);
        assertThat(s.get("recipientName").asText()).isEqualTo("密码函甲");
        assertThat(s.get("villageName").asText()).isEqualTo("北门社区");
        assertThat(s.get("streetName").asText()).isEqualTo("城关街道");
        assertThat(s.get("reset").asBoolean()).isFalse();

        // Exactly once: a second print (another clerk of the street too) is refused and points to the reset.
        Response again = slip(clerk, caseNo);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("detail").asText()).contains("只显示这一次", "重置密码").doesNotContain(pin);

        // At rest only a salted BCrypt hash; the readable column is gone.
        String hash = hash(card);
        assertThat(hash).startsWith("$2a$10$").doesNotContain(pin);
        assertThat(new BCryptPasswordEncoder().matches(pin, hash)).isTrue();
        Map<String, Object> row = jdbc.queryForMap("select * from service_card where card_no = ?", card);
        assertThat(row.keySet()).noneMatch(k -> k.equalsIgnoreCase("PIN"));
        assertThat(row.values()).noneMatch(v -> pin.equals(String.valueOf(v)));

        // The PIN from the slip confirms the delivery at the door.
        Response confirmed = byPin(first, pin);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmMethod").asText()).isEqualTo("PIN");

        // No read answers the PIN or its hash: case, card, orders, deliveries, inboxes.
        noPinIn(clerk.get("/api/cases/" + caseNo), pin, hash);
        noPinIn(clerk.get("/api/cases/" + caseNo + "/card"), pin, hash);
        noPinIn(clerk.get("/api/cases?q=" + caseNo), pin, hash);
        noPinIn(clerk.get("/api/tasks"), pin, hash);
        noPinIn(ApiClient.signedIn(port, "vo001002").get("/api/cases/" + caseNo), pin, hash);
        noPinIn(provider1.get("/api/services/orders?text=" + caseNo + "&size=10"), pin, hash);
        noPinIn(provider1.get("/api/services/orders/" + orderNo(caseNo)), pin, hash);
        noPinIn(staff.get("/api/services/deliveries"), pin, hash);
        noPinIn(staff.get("/api/services/today"), pin, hash);
        noPinIn(provider1.get("/api/tasks"), pin, hash);
        JsonNode view = clerk.get("/api/cases/" + caseNo).json();
        assertThat(view.get("card").get("pinSet").asBoolean()).isTrue();
        assertThat(view.get("card").get("pinSetAt").isNull()).isFalse();
        assertThat(view.get("timeline").toString()).contains("PIN_SLIP_PRINTED");
        assertThat(jdbc.queryForObject("select changed_by from service_card_pin_change where card_no = ? and kind = ?",
                String.class, card, "FIRST_SLIP")).isEqualTo(CLERK);
    }

    @Test
    void twoClerksPrintingAtOnceGetOneSlip() throws Exception {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "密码函并发"), 2, "FULL", List.of("MEAL_DELIVERY"));
        ApiClient other = ApiClient.signedIn(port, CLERK);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> { go.await(); return slip(clerk, caseNo).status(); });
            Future<Integer> b = pool.submit(() -> { go.await(); return slip(other, caseNo).status(); });
            go.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(changes(cardNo(caseNo))).isEqualTo(1);
    }

    @Test
    void aResetKillsTheOldPinAtOnceClearsTheLockAndIsRecorded() {
        String caseNo = serving("密码函乙");
        String card = cardNo(caseNo);
        String orderNo = orderNo(caseNo);
        String oldPin = slip(clerk, caseNo).json().get("pin").asText();
        long first = deliver(orderNo, LocalTime.of(20, 20));
        long second = deliver(orderNo, LocalTime.of(20, 35));

        // Five wrong PINs lock the card...
        String wrong = oldPin.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(byPin(first, wrong).status()).isEqualTo(400);
        }
        assertThat(byPin(first, wrong).status()).isEqualTo(409);
        assertThat(byPin(first, oldPin).status()).isEqualTo(409);

        // ...the street office resets it: a new slip, the old PIN dead, the lock and count gone.
        Response reset = reset(clerk, caseNo);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.header("Cache-Control")).contains("no-store");
        String newPin = reset.json().get("pin").asText();
        assertThat(newPin).matches("\\d{6}").isNotEqualTo(oldPin);
        assertThat(reset.json().get("reset").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select pin_failures from service_card where card_no = ?", Integer.class, card))
                .isZero();
        assertThat(jdbc.queryForObject("select pin_locked_until from service_card where card_no = ?", Object.class,
                card)).isNull();

        Response old = byPin(first, oldPin);
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().get("detail").asText()).contains("还可再试4次"); // the count started afresh
        assertThat(byPin(first, newPin).status()).isEqualTo(200);

        // The reset slip is not shown again either; another reset is the way, and kills this PIN too.
        assertThat(slip(clerk, caseNo).status()).isEqualTo(409);
        String third = reset(clerk, caseNo).json().get("pin").asText();
        assertThat(byPin(second, newPin).status()).isEqualTo(400);
        assertThat(byPin(second, third).status()).isEqualTo(200);

        // Recorded with who and when; on the timeline without the PIN.
        List<Map<String, Object>> log = jdbc.queryForList("select kind, changed_by, changed_at from"
                + " service_card_pin_change where card_no = ? order by id", card);
        assertThat(log).extracting(m -> m.get("KIND")).containsExactly("FIRST_SLIP", "RESET", "RESET");
        assertThat(log).extracting(m -> m.get("CHANGED_BY")).containsOnly(CLERK);
        assertThat(log).allSatisfy(m -> assertThat(m.get("CHANGED_AT")).isNotNull());
        JsonNode timeline = clerk.get("/api/cases/" + caseNo).json().get("timeline");
        assertThat(timeline.toString()).contains("PIN_RESET", "原密码即时作废")
                .doesNotContain("\"" + oldPin + "\"").doesNotContain(newPin).doesNotContain(third);
        long resets = 0;
        for (JsonNode e : timeline) {
            if (e.get("type").asText().equals("PIN_RESET")) {
                resets++;
                assertThat(e.get("actor").asText()).isEqualTo(CLERK);
            }
        }
        assertThat(resets).isEqualTo(2);
    }

    @Test
    void onlyTheStreetClerkOfTheCardsStreetPrintsOrResets() {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "密码函丙"), 2, "FULL", List.of("MEAL_DELIVERY"));
        String card = cardNo(caseNo);

        // Another street's clerk: the case does not exist for him (404), nothing changes.
        ApiClient otherStreet = ApiClient.signedIn(port, "street002");
        assertThat(slip(otherStreet, caseNo).status()).isEqualTo(404);
        assertThat(reset(otherStreet, caseNo).status()).isEqualTo(404);
        // The village officer of the very village, providers, the district and the admin: not theirs (403).
        for (String user : List.of("vo001002", "provider1", "manager", "admin", "cadre1")) {
            ApiClient who = ApiClient.signedIn(port, user);
            assertThat(slip(who, caseNo).status()).as(user).isEqualTo(403);
            assertThat(reset(who, caseNo).status()).as(user).isEqualTo(403);
        }
        assertThat(hash(card)).isNull();
        assertThat(changes(card)).isZero();

        // Garbage case numbers and cases without a card.
        assertThat(slip(clerk, "SA-2026-1").status()).isEqualTo(400);
        assertThat(reset(clerk, "../../x").status()).isIn(400, 404);
        assertThat(slip(clerk, "SA-1999-999999").status()).isEqualTo(404);
        String noCard = Leads.open(caseService, VILLAGE, "尚无服务卡");
        Response none = slip(clerk, noCard);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("detail").asText()).contains("尚未制发服务卡");
        assertThat(reset(clerk, noCard).status()).isEqualTo(404);

    }

    @Test
    void aCardRevokedWhenItsCaseExitsShowsWhenAndWhyAndItsPinConfirmsNothing() {
        String caseNo = serving("密码函丁");
        String card = cardNo(caseNo);
        String pin = slip(clerk, caseNo).json().get("pin").asText();
        long delivery = deliver(orderNo(caseNo), LocalTime.of(21, 5));

        // The street office stops the services after a change of status: the case exits.
        assertThat(clerk.post("/api/cases/" + caseNo + "/status-change", Map.of("reason", "迁出本辖区")).status())
                .isEqualTo(204);
        String review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review")
                .singleResult().getId();
        Response stopped = clerk.post("/api/tasks/" + review + "/review",
                Map.of("decision", "STOP", "reason", "迁出本辖区，停止服务"));
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(204);

        JsonNode cardView = clerk.get("/api/cases/" + caseNo + "/card").json();
        assertThat(cardView.get("cardNo").asText()).isEqualTo(card);
        assertThat(cardView.get("status").asText()).isEqualTo("REVOKED");
        assertThat(cardView.get("revokeReason").asText()).isEqualTo("迁出本辖区，停止服务");
        assertThat(LocalDate.ofInstant(java.time.Instant.parse(cardView.get("revokedAt").asText()), SHANGHAI)
                .toString()).isEqualTo(today());
        JsonNode caseCard = clerk.get("/api/cases/" + caseNo).json().get("card");
        assertThat(caseCard.get("status").asText()).isEqualTo("REVOKED");
        assertThat(caseCard.get("revokedAt").isNull()).isFalse();

        // The right PIN confirms nothing now, and no new PIN can be made for the card.
        Response refused = byPin(delivery, pin);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("已注销");
        assertThat(jdbc.queryForObject("select status from service_delivery where id = ?", String.class, delivery))
                .isEqualTo("RECORDED");
        assertThat(jdbc.queryForObject("select outcome from service_card_pin_attempt where delivery_id = ? order by id"
                + " desc limit 1", String.class, delivery)).isEqualTo("REVOKED");
        Response noReset = reset(clerk, caseNo);
        assertThat(noReset.status()).isEqualTo(409);
        assertThat(noReset.json().get("detail").asText()).contains("已于", "注销");
    }
}
