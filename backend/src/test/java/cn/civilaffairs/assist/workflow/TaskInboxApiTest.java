package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox over HTTP: listing, scope, claiming, form validation and completion. */
@IntegrationTest
class TaskInboxApiTest {
    /** 南门社区 and its officer; 北门社区 is a neighbouring village in the same street. */
    private static final String NANMEN = "360199001001";
    private static final String NANMEN_OFFICER = "vo001001";
    private static final String BEIMEN_OFFICER = "vo001002";

    @LocalServerPort int port;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;

    private String leadNo;
    private String taskId;

    @BeforeEach
    void openLead() {
        leadNo = Leads.open(caseService, NANMEN, "测试对象");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();
        taskId = task.getId();
    }

    @Test
    void officerSeesTheLeadInTheGroupInboxWithCaseDetails() {
        ApiClient officer = ApiClient.signedIn(port, NANMEN_OFFICER);
        Response r = officer.get("/api/tasks?scope=group&size=100");
        assertThat(r.status()).isEqualTo(200);
        JsonNode item = find(r.json().get("items"), taskId);
        assertThat(item).isNotNull();
        assertThat(item.get("name").asText()).isEqualTo("核实线索");
        assertThat(item.get("businessKey").asText()).isEqualTo(leadNo);
        assertThat(item.get("recipientName").asText()).isEqualTo("测试对象");
        assertThat(item.get("orgName").asText()).isEqualTo("南门社区");
        assertThat(item.get("due").isNull()).isFalse();
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(r.json().get("total").asLong()).isGreaterThanOrEqualTo(1);

        Response detail = officer.get("/api/tasks/" + taskId);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("activityId").asText()).isEqualTo("verifyLead");
        assertThat(detail.json().get("claimable").asBoolean()).isTrue();
        List<String> fields = StreamSupport.stream(detail.json().get("formFields").spliterator(), false)
                .map(f -> f.get("id").asText()).toList();
        assertThat(fields).containsExactly("genuine", "verificationNote");
        JsonNode note = detail.json().get("formFields").get(1);
        assertThat(note.get("required").asBoolean()).isTrue();
        assertThat(note.get("maxLength").asInt()).isEqualTo(500);

        Response diagram = officer.get("/api/tasks/" + taskId + "/diagram");
        assertThat(diagram.status()).isEqualTo(200);
        assertThat(diagram.json().get("bpmnXml").asText()).contains("verifyLead").contains("BPMNDiagram");
    }

    @Test
    void officerOfAnotherVillageCanNeitherListNorOpenNorClaimNorComplete() {
        ApiClient other = ApiClient.signedIn(port, BEIMEN_OFFICER);
        Response list = other.get("/api/tasks?scope=all&size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(find(list.json().get("items"), taskId)).isNull();

        for (Response r : List.of(other.get("/api/tasks/" + taskId), other.get("/api/tasks/" + taskId + "/diagram"),
                other.post("/api/tasks/" + taskId + "/claim", null),
                other.post("/api/tasks/" + taskId + "/complete", validForm()))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(caseService.status(leadNo)).isEqualTo(CaseStatus.LEAD);
    }

    @Test
    void streetClerkAndProviderDoNotSeeVillageTasks() {
        for (String user : List.of("street001", "provider1", "manager")) {
            Response r = ApiClient.signedIn(port, user).get("/api/tasks?scope=all&size=100");
            assertThat(r.status()).isEqualTo(200);
            assertThat(find(r.json().get("items"), taskId)).as(user).isNull();
        }
    }

    @Test
    void invalidFormIsRefusedFieldByFieldAndNothingChanges() {
        ApiClient officer = ApiClient.signedIn(port, NANMEN_OFFICER);
        Response r = officer.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("verificationNote", "x".repeat(501))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asText()).endsWith("/validation");
        List<String> fields = StreamSupport.stream(r.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertThat(fields).containsExactlyInAnyOrder("genuine", "verificationNote");

        Response unknown = officer.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("genuine", true, "verificationNote", "属实", "approved", true)));
        assertThat(unknown.status()).isEqualTo(400);

        Response wrongType = officer.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("genuine", "maybe", "verificationNote", "属实")));
        assertThat(wrongType.status()).isEqualTo(400);

        // One transaction: the failed attempts neither completed nor kept the automatic claim.
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(caseService.status(leadNo)).isEqualTo(CaseStatus.LEAD);
    }

    @Test
    void claimUnclaimCompleteAndCompleteTwice() {
        ApiClient officer = ApiClient.signedIn(port, NANMEN_OFFICER);
        assertThat(officer.post("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(204);
        Response mine = officer.get("/api/tasks?scope=mine&size=100");
        assertThat(find(mine.json().get("items"), taskId).get("assignee").asText()).isEqualTo(NANMEN_OFFICER);
        assertThat(find(officer.get("/api/tasks?scope=group&size=100").json().get("items"), taskId)).isNull();

        assertThat(officer.post("/api/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        assertThat(officer.post("/api/tasks/" + taskId + "/complete", validForm()).status()).isEqualTo(204);
        assertThat(caseService.status(leadNo)).isEqualTo(CaseStatus.VERIFIED);
        assertThat(officer.get("/api/cases/" + leadNo).json().get("verificationNote").asText()).isEqualTo("入户核实，情况属实。");

        Response again = officer.post("/api/tasks/" + taskId + "/complete", validForm());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void aTaskClaimedByAColleagueCannotBeTakenOver() {
        taskService.claim(taskId, "colleague");
        ApiClient officer = ApiClient.signedIn(port, NANMEN_OFFICER);
        assertThat(officer.get("/api/tasks/" + taskId).json().get("assignee").asText()).isEqualTo("colleague");
        assertThat(officer.post("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(409);
        assertThat(officer.post("/api/tasks/" + taskId + "/complete", validForm()).status()).isEqualTo(409);
        assertThat(officer.post("/api/tasks/" + taskId + "/unclaim", null).status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("colleague");
    }

    @Test
    void badPagingParametersAreRefused() {
        ApiClient officer = ApiClient.signedIn(port, NANMEN_OFFICER);
        assertThat(officer.get("/api/tasks?size=1000").status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks?scope=everything").status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks?page=-1").isProblem()).isTrue();
    }

    private static Map<String, Object> validForm() {
        return Map.of("variables", Map.of("genuine", true, "verificationNote", "入户核实，情况属实。"));
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
