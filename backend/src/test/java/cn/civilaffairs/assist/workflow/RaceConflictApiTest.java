package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests racing for the same thing: exactly one wins, every other one gets 409, none a 500,
 * and nothing is written twice. Runs on H2 and (tag db) on MariaDB.
 */
@IntegrationTest
@Tag("db")
class RaceConflictApiTest {
    private static final String VILLAGE = "360199003002"; // 青龙村
    private static final String VILLAGE_GROUP = "VILLAGE_OFFICER@" + VILLAGE;

    @LocalServerPort int port;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twentyConcurrentClaimsOfOneTaskMakeOneAssigneeAndNineteenConflicts() throws Exception {
        String taskId = newVerifyTask();
        List<ApiClient> officers = officers(20);

        List<Integer> statuses = race(officers, c -> c.post("/api/tasks/" + taskId + "/claim", null));

        assertThat(statuses).doesNotContain(500);
        assertThat(statuses.stream().filter(s -> s == 204).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(19);
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getAssignee()).startsWith("race");
        // The inbox agrees with the engine: one row for the group, carrying the winner.
        assertThat(jdbc.query("select group_id, assignee from inbox_task where task_id = ?",
                (rs, i) -> rs.getString(1) + "/" + rs.getString(2), taskId))
                .containsExactly(VILLAGE_GROUP + "/" + task.getAssignee());
    }

    @Test
    void completingOneTaskTwiceAtOnceCompletesItOnce() throws Exception {
        String taskId = newVerifyTask();
        List<ApiClient> officers = officers(5);
        Map<String, Object> form = Map.of("variables", Map.of("genuine", true, "verificationNote", "同时提交"));

        List<Integer> statuses = race(officers, c -> c.post("/api/tasks/" + taskId + "/complete", form));

        assertThat(statuses).doesNotContain(500);
        assertThat(statuses.stream().filter(s -> s == 204).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = ?", Long.class, taskId))
                .isZero();
    }

    @Test
    void concurrentLeadsForOneNewPersonOpenOneCaseAndAnswerTheRest409() throws Exception {
        String idNumber = Leads.newIdNumber();
        List<ApiClient> officers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            officers.add(ApiClient.signedIn(port, "vo003002"));
        }
        Map<String, Object> lead = new HashMap<>();
        lead.put("name", "并发测试");
        lead.put("idNumber", idNumber);
        lead.put("villageCode", VILLAGE);
        lead.put("source", "OWN_VISIT");
        lead.put("focusGroup", "NO_CARER");
        lead.put("situation", "同一人同时登记");

        List<Integer> statuses = race(officers, c -> c.post("/api/leads", lead));

        assertThat(statuses).doesNotContain(500);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from person where id_number = ?", Long.class, idNumber))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from service_case c join person p on p.id = c.person_id"
                + " where p.id_number = ?", Long.class, idNumber)).isEqualTo(1);
    }

    private String newVerifyTask() {
        String caseNo = Leads.open(caseService, VILLAGE, "并发对象");
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    /** Officers of the same village (extra engine users in its work group), each signed in. */
    private List<ApiClient> officers(int n) {
        List<ApiClient> clients = new ArrayList<>();
        String run = Long.toString(System.nanoTime() % 100_000);
        for (int i = 0; i < n; i++) {
            String id = "race" + run + "x" + i;
            User u = identityService.newUser(id);
            u.setFirstName("员" + i);
            u.setLastName("并");
            u.setPassword(ApiClient.DEMO_PASSWORD);
            identityService.saveUser(u);
            identityService.createMembership(id, VILLAGE_GROUP);
            clients.add(ApiClient.signedIn(port, id));
        }
        return clients;
    }

    /** Every client sends at the same moment; the statuses in client order. */
    private static List<Integer> race(List<ApiClient> clients, Function<ApiClient, Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch ready = new CountDownLatch(clients.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (ApiClient c : clients) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(c).status();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
