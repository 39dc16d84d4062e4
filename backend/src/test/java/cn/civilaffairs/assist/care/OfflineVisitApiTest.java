package cn.civilaffairs.assist.care;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visits queued on a phone without signal (issue #15) and sent later, perhaps more than once: the
 * client id stores each exactly once, also when two copies arrive at once; the visit keeps the time
 * the cadre recorded and the late-visit rules still decide what it ends.
 */
@IntegrationTest
@Tag("db")
class OfflineVisitApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道; level 2 → its cadre vc002003
    static final CareFacts LEVEL_2 = new CareFacts(false, SelfCare.PARTIAL, false, 2, false, false, false, false);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired CareTestFixtures fixtures;

    static Map<String, Object> visit(Instant visitedAt, String clientId, String lateEntryReason) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("visitedAt", visitedAt.toString());
        b.put("mode", "HOME");
        b.put("met", "本人");
        b.put("findings", "无信号村组，离线登记");
        b.put("risk", "NONE");
        if (lateEntryReason != null) {
            b.put("lateEntryReason", lateEntryReason);
        }
        if (clientId != null) {
            b.put("clientId", clientId);
        }
        return b;
    }

    private long visits(String no) {
        return jdbc.queryForObject("select count(*) from care_visit v join care_enrolment e on e.id = v.enrolment_id"
                + " where e.enrolment_no = ?", Long.class, no);
    }

    @Test
    void aRepeatWithTheSameClientIdGetsTheFirstVisitBackAndStoresNothing() {
        LocalDate today = LocalDate.of(2026, 10, 14);
        Instant now = clock.at(today, 17, 0);
        String no = fixtures.gradedAndVisited("离线走访甲", VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, LEVEL_2, 2);
        ApiClient cadre = ApiClient.signedIn(port, "vc002003");
        String path = "/api/care/enrolments/" + no + "/visits";
        String clientId = UUID.randomUUID().toString();
        // Recorded at 09:30 in the hills, sent at 17:00 from the township.
        Instant visitedAt = today.atTime(9, 30).atZone(CarePolicy.ZONE).toInstant();

        Response first = cadre.multipart(path, List.of(Part.json("visit", visit(visitedAt, clientId, null)),
                Part.file("photo", "a.png", "image/png", PNG)));
        assertThat(first.status()).isEqualTo(201);
        Response again = cadre.multipart(path, List.of(Part.json("visit", visit(visitedAt, clientId, null)),
                Part.file("photo", "a.png", "image/png", PNG)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(visits(no)).isEqualTo(2); // the set-up visit and this one
        long visitId = first.json().get("visitId").asLong();
        JsonNode stored = cadre.get("/api/care/enrolments/" + no).json().get("visits").get(0);
        assertThat(stored.get("id").asLong()).isEqualTo(visitId);
        assertThat(Instant.parse(stored.get("visitedAt").asText())).isEqualTo(visitedAt);
        assertThat(Instant.parse(stored.get("recordedAt").asText())).isEqualTo(now);
        assertThat(cadre.download("/api/care/visits/" + visitId + "/photo")).isEqualTo(PNG);
        // One VISITED event on the timeline, not two.
        assertThat(jdbc.queryForObject("select count(*) from care_event ev join care_enrolment e on e.id = ev.enrolment_id"
                + " where e.enrolment_no = ? and ev.event_type = 'VISITED'", Long.class, no)).isEqualTo(2);

        // The same id for another person, or from another user, is not this visit: 409, nothing stored.
        String other = fixtures.gradedAndVisited("离线走访乙", VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, LEVEL_2, 2);
        Response elsewhere = cadre.multipart("/api/care/enrolments/" + other + "/visits",
                List.of(Part.json("visit", visit(visitedAt, clientId, null))));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.isProblem()).isTrue();
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        assertThat(officer.multipart(path, List.of(Part.json("visit", visit(visitedAt, clientId, null)))).status())
                .isEqualTo(409);
        // Out of scope stays 404 before anything about the id is said.
        assertThat(ApiClient.signedIn(port, "vc001001").multipart(path,
                List.of(Part.json("visit", visit(visitedAt, clientId, null)))).status()).isEqualTo(404);
        Map<String, Object> bad = visit(visitedAt, null, null);
        bad.put("clientId", "not-a-uuid");
        Response badId = cadre.multipart(path, List.of(Part.json("visit", bad)));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.isProblem()).isTrue();
        assertThat(visits(no)).isEqualTo(2);
        assertThat(visits(other)).isEqualTo(1);

        // Without a client id (older clients) every post is a visit, as before; a new id is a new visit.
        assertThat(cadre.multipart(path, List.of(Part.json("visit", visit(visitedAt, UUID.randomUUID().toString(), null))))
                .status()).isEqualTo(201);
        assertThat(cadre.multipart(path, List.of(Part.json("visit", visit(visitedAt, null, null)))).status()).isEqualTo(201);
        assertThat(visits(no)).isEqualTo(4);
    }

    @Test
    void copiesArrivingAtOnceStoreOneVisitAndAllGetItsAnswer() throws Exception {
        LocalDate today = LocalDate.of(2026, 10, 21);
        clock.at(today, 18, 0);
        String no = fixtures.gradedAndVisited("离线走访丙", VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, LEVEL_2, 3);
        String path = "/api/care/enrolments/" + no + "/visits";
        String clientId = UUID.randomUUID().toString();
        Instant visitedAt = today.atTime(8, 15).atZone(CarePolicy.ZONE).toInstant();
        List<ApiClient> tabs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tabs.add(ApiClient.signedIn(port, "vc002003"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabs.size());
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(tabs.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (ApiClient tab : tabs) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return tab.multipart(path, List.of(Part.json("visit", visit(visitedAt, clientId, null)),
                            Part.file("photo", "a.png", "image/png", PNG)));
                }));
            }
            ready.await();
            start.countDown();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Response::status).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(r -> r.json().get("visitId").asLong()).containsOnly(
                answers.get(0).json().get("visitId").asLong());
        assertThat(visits(no)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from care_visit where client_id = ?", Long.class, clientId))
                .isEqualTo(1);
        JsonNode view = tabs.get(0).get("/api/care/enrolments/" + no).json();
        assertThat(view.get("lastVisitOn").asText()).isEqualTo(today.toString());
    }

    /**
     * A visit queued offline keeps the day it happened, so sent days later it is judged by that day:
     * the lapse warning raised meanwhile stays while the person is overdue counted from it, and a
     * visit more than three days back still needs its 补录 reason (400, kept on the phone to fix).
     */
    @Test
    void aVisitSentDaysLaterIsJudgedByItsOwnDayAndCannotSilenceARaisedLapse() {
        LocalDate today = LocalDate.of(2026, 10, 28);
        clock.at(today, 10, 0);
        String no = fixtures.gradedAndVisited("离线走访丁", VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, LEVEL_2, 12);
        fixtures.sweepToday();
        ApiClient cadre = ApiClient.signedIn(port, "vc002003");
        String path = "/api/care/enrolments/" + no + "/visits";
        assertThat(cadre.get("/api/care/enrolments/" + no).json().get("warning").get("kind").asText()).isEqualTo("LAPSE");

        Instant offlineAt = today.minusDays(9).atTime(15, 0).atZone(CarePolicy.ZONE).toInstant();
        String clientId = UUID.randomUUID().toString();
        Response noReason = cadre.multipart(path, List.of(Part.json("visit", visit(offlineAt, clientId, null))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("lateEntryReason");

        Response sent = cadre.multipart(path, List.of(Part.json("visit", visit(offlineAt, clientId, "山区无信号，手机离线暂存"))));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("countsForSchedule").asBoolean()).isTrue();
        assertThat(sent.json().get("lapseWarningOpen").asBoolean()).isTrue();
        JsonNode after = cadre.get("/api/care/enrolments/" + no).json();
        assertThat(after.get("warning").get("kind").asText()).isEqualTo("LAPSE");
        assertThat(after.get("lastVisitOn").asText()).isEqualTo(today.minusDays(9).toString());
        // Sent once more (the answer was lost): the same answer, the warning still open.
        Response repeat = cadre.multipart(path, List.of(Part.json("visit", visit(offlineAt, clientId, "山区无信号，手机离线暂存"))));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(sent.json());
        assertThat(cadre.get("/api/care/enrolments/" + no).json().get("warning").get("kind").asText()).isEqualTo("LAPSE");
    }
}
