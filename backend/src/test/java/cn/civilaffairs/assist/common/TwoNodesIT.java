package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.common.CrashRecoveryIT.ChildApp;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
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
 * node ends it on both, and the same task completed on both nodes at once is completed once: one 204,
 * the other 409, never a 500.
 *
 * <p>Needs {@code backend/target/social-assist.jar}, so failsafe runs it after {@code package}.
 */
@Tag("mariadb")
class TwoNodesIT {
    private static final String OFFICER = "vo002003";
    private static final String VILLAGE = "360199002003";

    @Test
    void aUserWorksAcrossBothNodesAndRacesBetweenThemEndIn409() throws Exception {
        String database = "sa_nodes_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        CrashRecoveryIT.mariaDb("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        List<String> args = List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + CrashRecoveryIT.mariaDbUrl() + database
                        + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true",
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
