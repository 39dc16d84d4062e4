package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The joint-meeting API as street clerk, district manager and social-work agencies call it: the agenda, the
 * meeting and its decisions, the agency's task screens (plan, approval, close, confirmation) and deliveries,
 * the case timeline; out of scope answers 404, a wrong role 403, garbage 400, a second decision 409.
 */
@IntegrationTest
@Tag("db")
class MeetingApiTest {
    @LocalServerPort int port;
    @Autowired MeetingFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    ApiClient street;
    ApiClient manager;
    ApiClient agency;

    @BeforeEach
    void signIn() {
        fixtures.otherAgency();
        street = ApiClient.signedIn(port, "street003");
        manager = ApiClient.signedIn(port, "manager");
        agency = ApiClient.signedIn(port, "agency1");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private String listed(String name) {
        String caseNo = fixtures.serving(name);
        Response r = street.post("/api/meeting/agenda-items", Map.of("caseNo", caseNo,
                "need", "需要专业心理疏导和家庭调解", "whyNotMet", "民政服务目录中没有专业心理疏导"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("LISTED");
        return r.json().get("itemNo").asText();
    }

    private String meeting(String... itemNos) {
        Response r = manager.post("/api/meeting/meetings", Map.of("heldOn", today(), "attendees",
                "区民政局、区残联、区卫健委、区妇联", "itemNos", List.of(itemNos)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("meeting").get("meetingNo").asText();
    }

    private Response decide(String itemNo, Map<String, Object> body) {
        return manager.post("/api/meeting/agenda-items/" + itemNo + "/decision", body);
    }

    private JsonNode item(ApiClient client, String itemNo) {
        Response r = client.get("/api/meeting/agenda-items/" + itemNo);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String taskId(ApiClient client, String itemNo, String formKey) {
        JsonNode row = item(client, itemNo).get("item");
        assertThat(row.get("taskFormKey").asText()).isEqualTo(formKey);
        return row.get("taskId").asText();
    }

    private static Map<String, Object> plan(String goals) {
        return Map.of("goals", goals, "services", "每周上门心理疏导一次", "scheduleFrom", today(),
                "scheduleTo", LocalDate.parse(today()).plusMonths(2).toString(), "staff", "苏晴（社工师）",
                "budget", 2400);
    }

    private List<String> timeline(String caseNo) {
        List<String> types = new ArrayList<>();
        street.get("/api/cases/" + caseNo).json().get("timeline").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void theAgencyPathRunsThroughTheTaskScreensAndEndsOnTheCaseTimeline() {
        String itemNo = listed("议题接口甲");
        String caseNo = item(street, itemNo).get("item").get("caseNo").asText();
        String meetingNo = meeting(itemNo);
        JsonNode m = manager.get("/api/meeting/meetings/" + meetingNo).json();
        assertThat(m.get("meeting").get("undecided").asInt()).isEqualTo(1);
        assertThat(manager.get("/api/meeting/agencies").body()).contains("青山区阳光社工服务中心").contains("测试社工站");

        Response decided = decide(itemNo, Map.of("decision", "AGENCY", "agencyCode", AGENCY, "note", "转介社工机构"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("AGENCY_PLANNING");

        // The agency sees it without the case number, with contact data; the read is logged.
        JsonNode seen = item(agency, itemNo);
        assertThat(seen.get("item").get("caseNo").isNull()).isTrue();
        assertThat(seen.get("phone").asText()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from access_log where resource = ? and username = 'agency1'",
                Long.class, itemNo)).isPositive();
        List<String> mine = new ArrayList<>();
        agency.get("/api/meeting/agenda-items?size=100").json().get("items").forEach(i -> mine.add(i.get("itemNo").asText()));
        assertThat(mine).contains(itemNo);

        // The generic completion refuses the domain screen; the plan goes through its own endpoint.
        String write = taskId(agency, itemNo, "app:agency-plan");
        assertThat(agency.post("/api/tasks/" + write + "/complete", Map.of()).status()).isEqualTo(409);
        assertThat(agency.get("/api/tasks/" + write + "/subject").json().get("item").get("item").get("itemNo").asText())
                .isEqualTo(itemNo);
        assertThat(agency.post("/api/tasks/" + write + "/agency-plan", plan("第一版")).status()).isEqualTo(204);
        String review = taskId(manager, itemNo, "app:agency-plan-review");
        assertThat(manager.post("/api/tasks/" + review + "/agency-plan-review", Map.of("agree", false)).status())
                .isEqualTo(400);
        assertThat(manager.post("/api/tasks/" + review + "/agency-plan-review",
                Map.of("agree", false, "comment", "请写明评估指标")).status()).isEqualTo(204);
        String write2 = taskId(agency, itemNo, "app:agency-plan");
        assertThat(agency.post("/api/tasks/" + write2 + "/agency-plan", plan("第二版")).status()).isEqualTo(204);
        String review2 = taskId(manager, itemNo, "app:agency-plan-review");
        assertThat(manager.post("/api/tasks/" + review2 + "/agency-plan-review", Map.of("agree", true)).status())
                .isEqualTo(204);

        Response delivered = agency.post("/api/meeting/agenda-items/" + itemNo + "/deliveries",
                Map.of("deliveredOn", today(), "content", "上门心理疏导", "durationMinutes", 90));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        String deliver = taskId(agency, itemNo, "app:agency-service");
        assertThat(agency.post("/api/tasks/" + deliver + "/agency-close",
                Map.of("outcome", "RESOLVED", "summary", "情绪稳定，家庭关系缓和")).status()).isEqualTo(204);
        String confirm = taskId(manager, itemNo, "app:agency-close-confirm");
        assertThat(manager.post("/api/tasks/" + confirm + "/agency-close-confirm", Map.of("confirm", true)).status())
                .isEqualTo(204);

        JsonNode done = item(manager, itemNo);
        assertThat(done.get("item").get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("item").get("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(done.get("plans")).hasSize(2);
        assertThat(done.get("plans").get(0).get("reviewAction").asText()).isEqualTo("RETURNED");
        assertThat(done.get("plans").get(0).get("reviewComment").asText()).isEqualTo("请写明评估指标");
        assertThat(done.get("plans").get(1).get("reviewAction").asText()).isEqualTo("AGREED");
        assertThat(done.get("deliveries")).hasSize(1);
        assertThat(done.toString()).doesNotContain("\"agency1\"").doesNotContain("\"manager\"");
        assertThat(timeline(caseNo)).containsSubsequence("MEETING_LISTED", "MEETING_DECIDED", "MEETING_PLAN_AGREED",
                "MEETING_CLOSED");
    }

    @Test
    void scopesRolesAndGarbage() {
        String itemNo = listed("议题接口乙");
        meeting(itemNo);
        assertThat(decide(itemNo, Map.of("decision", "AGENCY", "agencyCode", AGENCY)).status()).isEqualTo(200);

        // Another agency and another street: as if it did not exist.
        ApiClient otherAgency = ApiClient.signedIn(port, "tsw1");
        Response notMine = otherAgency.get("/api/meeting/agenda-items/" + itemNo);
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(notMine.isProblem()).isTrue();
        assertThat(otherAgency.get("/api/meeting/agenda-items?size=100").body()).doesNotContain(itemNo);
        String write = taskId(agency, itemNo, "app:agency-plan");
        assertThat(otherAgency.post("/api/tasks/" + write + "/agency-plan", plan("越权")).status()).isEqualTo(404);
        assertThat(otherAgency.get("/api/tasks/" + write + "/subject").status()).isEqualTo(404);
        ApiClient otherStreet = ApiClient.signedIn(port, "street001");
        assertThat(otherStreet.get("/api/meeting/agenda-items/" + itemNo).status()).isEqualTo(404);
        assertThat(otherStreet.get("/api/meeting/agenda-items?size=100").body()).doesNotContain(itemNo);
        String caseNo = item(street, itemNo).get("item").get("caseNo").asText();
        assertThat(otherStreet.post("/api/meeting/agenda-items", Map.of("caseNo", caseNo, "need", "越界",
                "whyNotMet", "越界")).status()).isEqualTo(404);

        // Wrong roles: 403.
        assertThat(street.post("/api/meeting/agenda-items/" + itemNo + "/decision", Map.of("decision", "NOT_TAKEN",
                "note", "无权")).status()).isEqualTo(403);
        assertThat(agency.post("/api/meeting/meetings", Map.of("heldOn", today(), "attendees", "x",
                "itemNos", List.of(itemNo))).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "vo003004").get("/api/meeting/agenda-items").status()).isEqualTo(403);
        assertThat(agency.get("/api/meeting/meetings").status()).isEqualTo(403);
        assertThat(street.post("/api/meeting/agenda-items/" + itemNo + "/deliveries", Map.of("deliveredOn", today(),
                "content", "x", "durationMinutes", 10)).status()).isEqualTo(403);

        // Garbage: 400 problem details, never 500.
        Response bad = street.post("/api/meeting/agenda-items", Map.of("caseNo", "not-a-case", "need", "",
                "whyNotMet", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(decide(itemNo, Map.of("decision", "MAYBE")).status()).isEqualTo(400);
        assertThat(decide(itemNo, Map.of("decision", "AGENCY", "extra", 1)).status()).isEqualTo(400);
        assertThat(manager.get("/api/meeting/agenda-items/garbage").status()).isEqualTo(400);
        Map<String, Object> badPlan = new HashMap<>(plan("倒排"));
        badPlan.put("scheduleTo", LocalDate.parse(today()).minusDays(1).toString());
        assertThat(agency.post("/api/tasks/" + write + "/agency-plan", badPlan).status()).isEqualTo(400);
        badPlan.put("budget", "abc");
        assertThat(agency.post("/api/tasks/" + write + "/agency-plan", badPlan).status()).isEqualTo(400);
        assertThat(agency.post("/api/meeting/agenda-items/" + itemNo + "/deliveries", Map.of("deliveredOn", today(),
                "content", "x", "durationMinutes", 0)).status()).isEqualTo(400);
        // A delivery before the plan is agreed: 409.
        assertThat(agency.post("/api/meeting/agenda-items/" + itemNo + "/deliveries", Map.of("deliveredOn", today(),
                "content", "x", "durationMinutes", 10)).status()).isEqualTo(409);
    }

    @Test
    void theMeetingDecidesOnceTwoDecisionsAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        String itemNo = listed("议题接口丙");
        // Not on a meeting yet: 409.
        assertThat(decide(itemNo, Map.of("decision", "NOT_TAKEN", "note", "理由")).status()).isEqualTo(409);
        meeting(itemNo);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> notTaken = () -> decide(itemNo, Map.of("decision", "NOT_TAKEN", "note", "已有兜底保障")).status();
            Callable<Integer> department = () -> decide(itemNo, Map.of("decision", "DEPARTMENT",
                    "departmentKind", "DISABLED_FEDERATION")).status();
            Future<Integer> a = pool.submit(notTaken);
            Future<Integer> b = pool.submit(department);
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        Response again = decide(itemNo, Map.of("decision", "NOT_TAKEN", "note", "再决定一次"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        // The street clerk follows the item from the case.
        String caseNo = item(street, itemNo).get("item").get("caseNo").asText();
        assertThat(street.get("/api/meeting/agenda-items?caseNo=" + caseNo).json().get("total").asInt()).isEqualTo(1);
    }
}
