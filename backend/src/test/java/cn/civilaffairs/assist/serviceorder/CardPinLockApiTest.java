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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service-card PIN cannot be guessed: five wrong PINs lock the card's PIN confirmation for a
 * while. Tagged db: the row lock that stops racing guesses must hold on MariaDB too.
 */
@IntegrationTest
@Tag("db")
class CardPinLockApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199001002"; // 城关街道: provider1 (P360199001) holds the contract
    static final String OFFICER = "vo001002";

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Deliveries at fixed times of "today" must have ended: the engine clock stands at 23:50 Beijing time. */
    @BeforeEach
    void lateInTheDay() {
        clock.at(LocalDate.now(SHANGHAI), 23, 50);
    }

    private String today() {
        return clock.today().toString();
    }

    /** A recipient whose MEAL_DELIVERY order provider1 accepted and registered; returns the case number. */
    private String serving(ApiClient provider, String name) {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, name), 2, "FULL", List.of("MEAL_DELIVERY"));
        JsonNode row = provider.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0);
        assertThat(provider.post("/api/tasks/" + row.get("taskId").asText() + "/order-response",
                Map.of("accept", true)).status()).isEqualTo(204);
        assertThat(provider.post("/api/services/registrations", Map.of("cardNo", cardNo(caseNo))).status())
                .isLessThan(300);
        return caseNo;
    }

    private String orderNo(ApiClient provider, String caseNo) {
        return provider.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0)
                .get("orderNo").asText();
    }

    private long deliver(ApiClient provider, String orderNo, String start, String end) {
        Response r = provider.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                Map.of("orderNo", orderNo, "serviceDate", today(), "startTime", start, "endTime", end))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private String cardNo(String caseNo) {
        return jdbc.queryForObject("select card_no from service_card c join service_case s on s.id = c.case_id"
                + " where s.case_no = ?", String.class, caseNo);
    }

    /** The card's PIN from its slip, printed by the street clerk as the holder would get it. */
    private String pin(String caseNo) {
        return cn.civilaffairs.assist.support.PinSlips.pin(port, VILLAGE, caseNo);
    }

    private static String wrongPin(String pin) {
        return pin.equals("000000") ? "111111" : "000000";
    }

    private Response byPin(ApiClient provider, long delivery, String pin) {
        return provider.post("/api/services/deliveries/" + delivery + "/confirm", Map.of("method", "PIN", "pin", pin));
    }

    private ApiClient secondStaffOfProvider1() {
        if (identityService.createUserQuery().userId("pinstaff2").count() == 0) {
            User user = identityService.newUser("pinstaff2");
            user.setLastName("第二位");
            user.setFirstName("");
            user.setPassword(ApiClient.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership("pinstaff2", "PROVIDER_STAFF@P360199001");
        }
        return ApiClient.signedIn(port, "pinstaff2");
    }

    @Test
    void fiveWrongPinsLockTheCardAcrossDeliveriesAndStaffWhileTheOfficerStillConfirms() {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        String caseNo = serving(p1, "锁卡");
        String card = cardNo(caseNo);
        String orderNo = orderNo(p1, caseNo);
        long first = deliver(p1, orderNo, "04:05", "04:15");
        long second = deliver(p1, orderNo, "04:20", "04:30");
        String wrong = wrongPin(pin(caseNo));

        for (int left = 4; left >= 1; left--) {
            Response r = byPin(p1, left % 2 == 0 ? first : second, wrong);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).contains("还可再试" + left + "次");
        }
        Response fifth = byPin(p1, first, wrong);
        assertThat(fifth.status()).isEqualTo(409);
        assertThat(fifth.isProblem()).isTrue();
        assertThat(fifth.json().get("detail").asText()).contains("连续输错5次", "锁定", "信息员");

        // The right PIN is refused during the lock, for another delivery and another staff member too.
        Response right = byPin(p1, first, pin(caseNo));
        assertThat(right.status()).isEqualTo(409);
        assertThat(right.json().get("detail").asText()).contains("锁定", "信息员");
        assertThat(byPin(secondStaffOfProvider1(), second, pin(caseNo)).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from service_delivery where id in (?, ?) and status = 'CONFIRMED'",
                Long.class, first, second)).isZero();

        // The lock is the card's own: another recipient's card still confirms by PIN.
        String otherCase = serving(p1, "另卡");
        long other = deliver(p1, orderNo(p1, otherCase), "04:35", "04:45");
        assertThat(byPin(p1, other, pin(otherCase)).status()).isEqualTo(200);

        // The village officer's confirmation still works.
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        Response byOfficer = officer.post("/api/services/deliveries/" + first + "/confirm", Map.of("method", "OFFICER"));
        assertThat(byOfficer.status()).isEqualTo(200);
        assertThat(byOfficer.json().get("confirmMethod").asText()).isEqualTo("OFFICER");

        // Every attempt is logged: card, delivery, staff, time, outcome, client address.
        List<Map<String, Object>> log = jdbc.queryForList("select delivery_id, staff_username, attempted_at, outcome,"
                + " client_ip from service_card_pin_attempt where card_no = ? order by id", card);
        assertThat(log).extracting(m -> m.get("OUTCOME")).containsExactly(
                "WRONG", "WRONG", "WRONG", "WRONG", "WRONG", "LOCKED", "LOCKED");
        assertThat(log).extracting(m -> m.get("STAFF_USERNAME")).containsExactly(
                "provider1", "provider1", "provider1", "provider1", "provider1", "provider1", "pinstaff2");
        assertThat(log).extracting(m -> ((Number) m.get("DELIVERY_ID")).longValue()).containsExactly(
                first, second, first, second, first, first, second);
        assertThat(log).allSatisfy(m -> {
            assertThat(m.get("ATTEMPTED_AT")).isNotNull();
            assertThat((String) m.get("CLIENT_IP")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });

        // After the configured period (PT30M) the PIN works again, and the count starts afresh.
        clock.advance(java.time.Duration.ofMinutes(31));
        Response again = byPin(p1, second, wrong);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("detail").asText()).contains("还可再试4次");
        assertThat(byPin(p1, second, pin(caseNo)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select pin_failures from service_card where card_no = ?", Integer.class, card))
                .isZero();
    }

    @Test
    void racingWrongPinsNeverGetPastTheLimit() throws Exception {
        ApiClient p1 = ApiClient.signedIn(port, "provider1");
        String caseNo = serving(p1, "并发");
        String card = cardNo(caseNo);
        long delivery = deliver(p1, orderNo(p1, caseNo), "04:50", "04:58");
        String wrong = wrongPin(pin(caseNo));

        int racers = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return byPin(p1, delivery, wrong).status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();

        // Exactly five PINs were compared; the fifth locked the card, the rest were refused unchecked.
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(4);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(racers - 4);
        assertThat(jdbc.queryForObject("select count(*) from service_card_pin_attempt where card_no = ? and outcome = 'WRONG'",
                Long.class, card)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from service_card_pin_attempt where card_no = ?",
                Long.class, card)).isEqualTo(racers);
        assertThat(byPin(p1, delivery, pin(caseNo)).status()).isEqualTo(409);
    }
}
