package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.common.CrashRecoveryIT.ChildApp;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import cn.civilaffairs.assist.support.ApiClient.Part;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, one MariaDB (issue #17 point 1): the packaged app runs twice on different ports over one
 * database, as behind a load balancer without sticky sessions. A user signed in on node 1 goes on
 * working on node 2 (the session lives in the database, Spring Session JDBC), a sign-out on either
 * node ends it on both. Races between the nodes end in one winner and a 409, never a 500: the same
 * task completed on both at once, one task claimed by two officers on different nodes, and one
 * delivery confirmed on both.
 *
 * <p>Needs {@code backend/target/social-assist.jar}, so failsafe runs it after {@code package}.
 */
@Tag("mariadb")
class TwoNodesIT {
    private static final String OFFICER = "vo002003";
    private static final String VILLAGE = "360199002003";
    private static final String SECOND_OFFICER = "vo002003b";
    /** The village officer of the demo's serving cases (village 360199001001), who confirms their deliveries. */
    private static final String DELIVERY_OFFICER = "vo001001";

    @Test
    void aUserWorksAcrossBothNodesAndRacesBetweenThemEndIn409() throws Exception {
        String database = "sa_nodes_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        CrashRecoveryIT.mariaDb("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        List<String> args = List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + CrashRecoveryIT.mariaDbUrl() + database
                        + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true",
                "--spring.datasource.username=" + CrashRecoveryIT.mariaDbUser(),
                "--spring.datasource.password=" + CrashRecoveryIT.mariaDbPassword(), "--app.demo-data.enabled=true");
        try (ChildApp node1 = new ChildApp(CrashRecoveryIT.runDirectory("node1"), args);
                ChildApp node2 = new ChildApp(CrashRecoveryIT.runDirectory("node2"), args)) {
            node1.start(); // creates the schema and the demo data; node 2 finds them
            node2.start();

            ApiClient onNode1 = ApiClient.signedIn(node1.port, OFFICER);
            ApiClient onNode2 = onNode1.onPort(node2.port);
            assertThat(onNode2.get("/api/auth/me").json().get("username").asText()).isEqualTo(OFFICER);

            // A write on node 2 with the session and CSRF token node 1 issued, read back on node 1.
            Response lead = onNode2.post("/api/leads", leadBody("双节点对象"));
            assertThat(lead.status()).as(lead.body()).isEqualTo(201);
            String caseNo = lead.json().get("caseNo").asText();
            assertThat(onNode1.get("/api/cases/" + caseNo).status()).isEqualTo(200);

            // The case's first task, completed on both nodes at once by the same signed-in officer.
            String taskId = taskOf(onNode1, caseNo);
            Map<String, Object> form = Map.of("variables", Map.of("genuine", true, "verificationNote", "两个节点同时提交"));
            List<Integer> statuses = race(List.of(onNode1, onNode2),
                    c -> c.post("/api/tasks/" + taskId + "/complete", form));
            assertThat(statuses).doesNotContain(500);
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
            // One completion: the case went one step on, seen alike from both nodes.
            assertThat(onNode1.get("/api/cases/" + caseNo).json().get("summary").get("status").asText())
                    .isEqualTo(onNode2.get("/api/cases/" + caseNo).json().get("summary").get("status").asText())
                    .isNotEqualTo("LEAD");

            // Two officers of the village claim the same task on the two nodes at once: one gets it.
            CrashRecoveryIT.mariaDb("insert into " + database + ".ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_, PWD_,"
                    + " SALT_) select '" + SECOND_OFFICER + "', 1, '', '第二信息员', EMAIL_, PWD_, SALT_ from " + database
                    + ".ACT_ID_USER where ID_ = '" + OFFICER + "'");
            CrashRecoveryIT.mariaDb("insert into " + database + ".ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) select '"
                    + SECOND_OFFICER + "', GROUP_ID_ from " + database + ".ACT_ID_MEMBERSHIP where USER_ID_ = '" + OFFICER + "'");
            String claimCase = onNode1.post("/api/leads", leadBody("双节点领取")).json().get("caseNo").asText();
            String claimTask = taskOf(onNode1, claimCase);
            ApiClient secondOnNode2 = ApiClient.signedIn(node2.port, SECOND_OFFICER);
            List<Integer> claims = race(List.of(onNode1, secondOnNode2), c -> c.post("/api/tasks/" + claimTask + "/claim", null));
            assertThat(claims).doesNotContain(500).containsExactlyInAnyOrder(204, 409);
            String assignee = onNode2.get("/api/tasks/" + claimTask).json().path("assignee").asText(null);
            assertThat(assignee).isEqualTo(claims.get(0) == 204 ? OFFICER : SECOND_OFFICER);

            // A delivery the provider recorded on node 1, confirmed by the village officer on both nodes at once.
            ApiClient provider = ApiClient.signedIn(node1.port, "provider1");
            JsonNode order = null;
            for (JsonNode row : provider.get("/api/services/orders?size=100").json().get("items")) {
                if (row.get("status").asText().equals("OFFERED") && !row.get("taskId").isNull()) {
                    order = row;
                    break;
                }
            }
            assertThat(order).as("a demo order offered to provider1").isNotNull();
            assertThat(provider.post("/api/tasks/" + order.get("taskId").asText() + "/order-response",
                    Map.of("accept", true)).status()).isEqualTo(204);
            String cardNo = CrashRecoveryIT.mariaDbQuery("select c.card_no from " + database + ".service_card c join "
                    + database + ".service_case s on s.id = c.case_id where s.case_no = '" + order.get("caseNo").asText() + "'");
            assertThat(provider.post("/api/services/registrations", Map.of("cardNo", cardNo)).status()).isEqualTo(200);
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            Response delivery = provider.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                    Map.of("orderNo", order.get("orderNo").asText(), "serviceDate", today, "startTime", "00:05",
                            "endTime", "00:35", "notes", "双节点确认"))));
            assertThat(delivery.status()).as(delivery.body()).isEqualTo(201);
            long deliveryId = delivery.json().get("id").asLong();
            ApiClient confirmer = ApiClient.signedIn(node1.port, DELIVERY_OFFICER);
            List<Integer> confirmations = race(List.of(confirmer, confirmer.onPort(node2.port)),
                    c -> c.post("/api/services/deliveries/" + deliveryId + "/confirm", Map.of("method", "OFFICER")));
            assertThat(confirmations).doesNotContain(500).containsExactlyInAnyOrder(200, 409);
            assertThat(CrashRecoveryIT.mariaDbQuery("select status from " + database + ".service_delivery where id = "
                    + deliveryId)).isEqualTo("CONFIRMED");

            // Signing out on node 2 ends the session everywhere.
            assertThat(onNode2.post("/api/auth/logout", null).status()).isIn(200, 204);
            assertThat(onNode1.get("/api/auth/me").status()).isEqualTo(401);
        } finally {
            CrashRecoveryIT.mariaDb("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static Map<String, Object> leadBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("idNumber", Leads.newIdNumber());
        body.put("phone", "13800000000");
        body.put("address", "测试地址3号");
        body.put("villageCode", VILLAGE);
        body.put("source", "OWN_VISIT");
        body.put("focusGroup", "NO_CARER");
        body.put("situation", "双节点测试：独居无人照料");
        return body;
    }

    private static String taskOf(ApiClient client, String caseNo) {
        JsonNode items = client.get("/api/tasks?q=" + caseNo).json().get("items");
        assertThat(items).as("the case's verification task in the inbox").hasSize(1);
        return items.get(0).get("id").asText();
    }

    private static List<Integer> race(List<ApiClient> clients, Function<ApiClient, Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (ApiClient c : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(c).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
