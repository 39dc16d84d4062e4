package cn.civilaffairs.assist.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 打印密码函 (processes/card-pin-slip.bpmn): issuing a card puts the task in the inbox of its street's
 * clerks only, without holding up the case; printing the slip completes it in the same
 * transaction; it never comes back (second print, reset); revoking the card ends it; the generic
 * completion refuses it.
 */
@IntegrationTest
class CardPinSlipTaskApiTest {
    static final String VILLAGE = "360199001002"; // 城关街道 (street001); street002 is 东湖街道
    static final String TASK_NAME = "打印密码函";

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    private ApiClient clerk;
    private ApiClient otherStreet;

    @BeforeEach
    void signIn() {
        clerk = ApiClient.signedIn(port, "street001");
        otherStreet = ApiClient.signedIn(port, "street002");
    }

    private String serving(String name) {
        return walkthrough.toServing(Leads.lead(VILLAGE, name), 2, "FULL", List.of("MEAL_DELIVERY"));
    }

    private List<Task> openSlipTasks(String caseNo) {
        return taskService.createTaskQuery().processDefinitionKey(CardPinSlipProcess.KEY)
                .processInstanceBusinessKey(caseNo).list();
    }

    private String slipTask(String caseNo) {
        List<Task> open = openSlipTasks(caseNo);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getTaskDefinitionKey()).isEqualTo(CardPinSlipProcess.TASK_PRINT_PIN_SLIP);
        return open.get(0).getId();
    }

    /** Every task the user's inbox lists (all pages). */
    private static List<JsonNode> inbox(ApiClient user) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode r = user.get("/api/tasks?scope=all&size=100&page=" + page).json();
            r.get("items").forEach(all::add);
            if (all.size() >= r.get("total").asLong() || r.get("items").isEmpty()) {
                return all;
            }
        }
    }

    private static boolean lists(ApiClient user, String taskId) {
        return inbox(user).stream().anyMatch(t -> t.get("id").asText().equals(taskId));
    }

    private Response slip(ApiClient user, String caseNo) {
        return user.post("/api/cases/" + caseNo + "/card/pin-slip", null);
    }

    private HistoricProcessInstance slipProcess(String caseNo) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CardPinSlipProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult();
    }

    @Test
    void anIssuedCardPutsThePrintTaskInItsStreetClerksInboxOnlyAndTheCaseGoesOnWithoutIt() {
        String caseNo = serving("待打印甲");
        String taskId = slipTask(caseNo);

        // The case did not wait for the slip: it is serving with the task still open.
        assertThat(clerk.get("/api/cases/" + caseNo).json().get("summary").get("status").asText())
                .isEqualTo("SERVING");

        JsonNode row = inbox(clerk).stream().filter(t -> t.get("id").asText().equals(taskId)).findFirst()
                .orElseThrow();
        assertThat(row.get("name").asText()).isEqualTo(TASK_NAME);
        assertThat(row.get("businessKey").asText()).isEqualTo(caseNo);
        assertThat(row.get("recipientName").asText()).isEqualTo("待打印甲");
        Instant created = Instant.parse(row.get("created").asText());
        Instant due = Instant.parse(row.get("due").asText());
        // 3 working days: at least 3 days later, and no holiday stretch in the demo calendar exceeds a fortnight.
        assertThat(Duration.between(created, due)).isBetween(Duration.ofDays(2), Duration.ofDays(15));

        JsonNode detail = clerk.get("/api/tasks/" + taskId).json();
        assertThat(detail.get("formKey").asText()).isEqualTo("app:pin-slip");
        assertThat(detail.get("description").asText()).contains("当面", "密封", "分开");

        // Another street's clerk neither lists nor opens it, and cannot print the slip.
        assertThat(lists(otherStreet, taskId)).isFalse();
        assertThat(otherStreet.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(otherStreet.post("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(404);
        assertThat(slip(otherStreet, caseNo).status()).isEqualTo(404);
        // Nor do the village officer or the district manager print it (403); the task waits untouched.
        assertThat(slip(ApiClient.signedIn(port, "vo001002"), caseNo).status()).isIn(403, 404);
        Task still = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isNull();
    }

    @Test
    void theGenericCompletionRefusesItAndNamesTheSlipEndpoint() {
        String caseNo = serving("待打印乙");
        String taskId = slipTask(caseNo);

        Response r = clerk.post("/api/tasks/" + taskId + "/complete", Map.of());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("endpoint").asText()).isEqualTo("POST /api/cases/" + caseNo + "/card/pin-slip");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(clerk.get("/api/cases/" + caseNo).json().get("card").get("pinSet").asBoolean()).isFalse();
    }

    @Test
    void printingTheSlipCompletesTheTaskAndNeitherASecondPrintNorAResetBringsItBack() {
        String caseNo = serving("待打印丙");
        String taskId = slipTask(caseNo);
        assertThat(clerk.post("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(204);

        Response printed = slip(clerk, caseNo);

        assertThat(printed.status()).as(printed.body()).isEqualTo(200);
        assertThat(openSlipTasks(caseNo)).isEmpty();
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(done.getAssignee()).isEqualTo("street001");
        assertThat(slipProcess(caseNo).getEndActivityId()).isEqualTo("slipPrinted");
        assertThat(lists(clerk, taskId)).isFalse();
        assertThat(clerk.get("/api/tasks/" + taskId).status()).isEqualTo(409); // done, not missing

        Response again = slip(clerk, caseNo);
        assertThat(again.status()).isEqualTo(409);
        assertThat(openSlipTasks(caseNo)).isEmpty();

        assertThat(clerk.post("/api/cases/" + caseNo + "/card/pin-reset", null).status()).isEqualTo(200);
        assertThat(openSlipTasks(caseNo)).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CardPinSlipProcess.KEY)
                .processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
    }

    @Test
    void printingFromTheCasePageCompletesTheTaskEvenIfAColleagueHadClaimedIt() throws Exception {
        String caseNo = serving("待打印丁");
        String taskId = slipTask(caseNo);
        taskService.claim(taskId, "colleague-of-street001");

        // Two clerks print at once: one slip, one 409, the task completed exactly once, never a 500.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> print = () -> {
                go.await();
                return slip(clerk, caseNo).status();
            };
            Future<Integer> a = pool.submit(print);
            Future<Integer> b = pool.submit(print);
            go.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(openSlipTasks(caseNo)).isEmpty();
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(done.getAssignee()).isEqualTo("street001");
    }

    @Test
    void aResetBeforeTheFirstSlipAlsoAnswersTheTask() {
        String caseNo = serving("待打印戊");
        slipTask(caseNo);

        assertThat(clerk.post("/api/cases/" + caseNo + "/card/pin-reset", null).status()).isEqualTo(200);

        assertThat(openSlipTasks(caseNo)).isEmpty();
        assertThat(slipProcess(caseNo).getEndActivityId()).isEqualTo("slipPrinted");
    }

    @Test
    void closingTheCaseBeforeTheSlipIsPrintedEndsTheTask() {
        String caseNo = serving("待打印己");
        String taskId = slipTask(caseNo);

        assertThat(clerk.post("/api/cases/" + caseNo + "/status-change", Map.of("reason", "迁出本辖区")).status())
                .isEqualTo(204);
        String review = taskService.createTaskQuery().processDefinitionKey(ServiceAssistanceProcess.KEY)
                .processInstanceBusinessKey(caseNo).taskDefinitionKey("review").singleResult().getId();
        assertThat(clerk.post("/api/tasks/" + review + "/review",
                Map.of("decision", "STOP", "reason", "迁出本辖区，停止服务")).status()).isEqualTo(204);

        assertThat(openSlipTasks(caseNo)).isEmpty();
        assertThat(slipProcess(caseNo).getEndActivityId()).isEqualTo("slipNotNeeded");
        HistoricTaskInstance ended = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(ended.getDeleteReason()).isNotEqualTo("completed");
        assertThat(lists(clerk, taskId)).isFalse();
        // The card is revoked: no slip, and still no task.
        assertThat(slip(clerk, caseNo).status()).isEqualTo(409);
        assertThat(openSlipTasks(caseNo)).isEmpty();

        // A case closed before any card (lead not genuine) has no slip process: closing fails nothing.
        String leadNo = Leads.open(caseService, VILLAGE, "无卡结案");
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult()
                .getId();
        Response r = ApiClient.signedIn(port, "vo001002").post("/api/tasks/" + verify + "/complete",
                Map.of("variables", Map.of("genuine", false, "verificationNote", "查无此情况")));
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(caseService.status(leadNo)).isEqualTo(CaseStatus.CLOSED_NOT_GENUINE);
        assertThat(slipProcess(leadNo)).isNull();
    }
}
