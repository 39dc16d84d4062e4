package cn.civilaffairs.assist.care;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * processes/care-exit.bpmn through the API (seed 003): the village evaluates, the township reviews, the county
 * approves; each sends back with a reason; the enrolment ends only on the county's approval.
 */
@IntegrationTest
@Tag("db")
class CareExitTest {
    static final String VILLAGE = "360199003004"; // 高岭村, 石桥镇: vo003004, street003, manager

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired CareTestFixtures fixtures;

    private String enrolled(String name) {
        return fixtures.gradedAndVisited(name, VILLAGE, CareGroup.SEVERE_DISABILITY_OR_ILLNESS, CareProcessTest.LEVEL2, 2);
    }

    private Task exitTask(String no) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no).processDefinitionKey(CareProcesses.EXIT)
                .singleResult();
    }

    private Response decide(ApiClient who, String no, String decision, String comment) {
        Map<String, Object> body = comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment);
        return who.post("/api/tasks/" + exitTask(no).getId() + "/care-exit", body);
    }

    private JsonNode record(ApiClient who, String no) {
        Response r = who.get("/api/care/enrolments/" + no);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void villageEvaluatesTownshipReviewsCountyApprovesWithSendBacksAndOnlyTheCountyEndsIt() {
        String no = enrolled("退出测试甲");
        ApiClient village = ApiClient.signedIn(port, "vo003004");
        ApiClient street = ApiClient.signedIn(port, "street003");
        ApiClient county = ApiClient.signedIn(port, "manager");

        Response asked = village.post("/api/care/enrolments/" + no + "/exit", Map.of("reason", "已由子女接回城区共同生活"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        // One request at a time.
        assertThat(street.post("/api/care/enrolments/" + no + "/exit", Map.of("reason", "再次申请")).status()).isEqualTo(409);
        assertThat(exitTask(no).getTaskDefinitionKey()).isEqualTo(CareProcesses.TASK_EVALUATE_EXIT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(exitTask(no).getId()))
                .anyMatch(l -> ("VILLAGE_OFFICER@" + VILLAGE).equals(l.getGroupId()))
                .anyMatch(l -> ("CARE_CADRE@" + VILLAGE).equals(l.getGroupId()));
        // The township cannot act for the village.
        assertThat(decide(street, no, "AGREE", null).status()).isEqualTo(404);

        assertThat(decide(village, no, "AGREE", "核实属实").status()).isEqualTo(204);
        assertThat(exitTask(no).getTaskDefinitionKey()).isEqualTo(CareProcesses.TASK_REVIEW_EXIT);
        // Sending back needs a reason.
        assertThat(decide(street, no, "BACK", null).status()).isEqualTo(400);
        assertThat(decide(street, no, "BACK", "请补充子女的照料承诺").status()).isEqualTo(204);
        assertThat(exitTask(no).getTaskDefinitionKey()).isEqualTo(CareProcesses.TASK_EVALUATE_EXIT);
        assertThat(record(street, no).get("exit").get("status").asText()).isEqualTo("EVALUATING");

        assertThat(decide(village, no, "AGREE", "已补充照料承诺书").status()).isEqualTo(204);
        assertThat(decide(street, no, "AGREE", null).status()).isEqualTo(204);
        assertThat(exitTask(no).getTaskDefinitionKey()).isEqualTo(CareProcesses.TASK_APPROVE_EXIT);
        assertThat(decide(county, no, "BACK", "请乡镇核实迁出时间").status()).isEqualTo(204);
        assertThat(exitTask(no).getTaskDefinitionKey()).isEqualTo(CareProcesses.TASK_REVIEW_EXIT);
        assertThat(record(county, no).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(decide(street, no, "AGREE", "已核实").status()).isEqualTo(204);
        String approveId = exitTask(no).getId();
        assertThat(decide(county, no, "AGREE", null).status()).isEqualTo(204);
        assertThat(exitTask(no)).isNull();
        assertThat(county.post("/api/tasks/" + approveId + "/care-exit", Map.of("decision", "AGREE")).status()).isEqualTo(409);

        JsonNode ended = record(county, no);
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("endedOn").isNull()).isFalse();
        assertThat(ended.get("exit").get("status").asText()).isEqualTo("APPROVED");
        assertThat(ended.get("nextDueOn").isNull()).isTrue();
        assertThat(ended.get("timeline").findValuesAsText("type")).contains("EXIT_REQUESTED", "EXIT_EVALUATED",
                "EXIT_SENT_BACK", "EXIT_REVIEWED", "EXIT_APPROVED");
        // Nothing more is visited or referred.
        Response visit = village.post("/api/care/enrolments/" + no + "/visits", Map.of("visitedAt", Instant.now().toString(),
                "mode", "HOME", "met", "本人", "findings", "无", "risk", "NONE"));
        assertThat(visit.status()).isIn(409, 415);
    }

    @Test
    void theVillageMayDeclineAnExitAndTheRequestEnds() {
        String no = enrolled("退出测试乙");
        ApiClient village = ApiClient.signedIn(port, "vo003004");
        assertThat(village.post("/api/care/enrolments/" + no + "/exit", Map.of("reason", "家属申请退出")).status()).isEqualTo(201);
        assertThat(decide(village, no, "BACK", "老人仍独居，不符合退出条件").status()).isEqualTo(204);
        assertThat(exitTask(no)).isNull();
        JsonNode r = record(village, no);
        assertThat(r.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(r.get("exit").get("status").asText()).isEqualTo("WITHDRAWN");
        // A new request may follow.
        assertThat(village.post("/api/care/enrolments/" + no + "/exit", Map.of("reason", "已入住敬老院")).status()).isEqualTo(201);
        // Out of scope: another street's clerk cannot ask; garbage is a 400.
        assertThat(ApiClient.signedIn(port, "street001").post("/api/care/enrolments/" + no + "/exit",
                Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(village.post("/api/tasks/" + exitTask(no).getId() + "/care-exit", Map.of("decision", "MAYBE")).status())
                .isEqualTo(400);
        assertThat(village.post("/api/care/enrolments/" + no + "/exit", Map.of("reason", 12)).status()).isEqualTo(400);
    }
}
