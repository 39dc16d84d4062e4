package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.workflow.internal.InboxProjection;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox helps to choose (issue 15): a count, search by name or number, sort by due or created, a
 * filter by step with its counts, the service item on offers, display names, all inside the user's scope
 * and all from the inbox's own table (also after a rebuild).
 */
@IntegrationTest
@Tag("db")
class InboxSearchApiTest {
    static final String VILLAGE = "360199001001"; // vo001001's
    static final String OTHER_VILLAGE = "360199002003"; // vo002003's
    /** A Monday of our own, long past: these tasks are overdue for everyone and sort first by due date. */
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @RegisterExtension static final EngineClock clock = new EngineClock();

    @LocalServerPort int port;
    @Autowired CaseService cases;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired InboxProjection projection;

    /** Chinese digits from a random number: a name nobody else's test data contains. */
    private static String tag() {
        String digits = "零一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L)).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get(field).isNull() ? null : i.get(field).asText()));
        return out;
    }

    @Test
    void searchesByNameOrNumberFiltersByStepSortsAndCountsInsideTheScope() {
        String tag = tag();
        clock.at(DAY, 9, 0);
        String first = Leads.open(cases, VILLAGE, "寻甲" + tag);
        clock.at(DAY.plusDays(1), 9, 0);
        String second = Leads.open(cases, VILLAGE, "寻乙" + tag);
        clock.at(DAY, 10, 0);
        Leads.open(cases, OTHER_VILLAGE, "寻丙" + tag);
        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        ApiClient other = ApiClient.signedIn(port, "vo002003");

        // By part of a name: the count and the items, only the user's village.
        Response byName = officer.get("/api/tasks?q=" + q(tag));
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("total").asLong()).isEqualTo(2);
        assertThat(values(byName.json().get("items"), "recipientName")).containsExactly("寻甲" + tag, "寻乙" + tag);
        assertThat(values(byName.json().get("items"), "taskKey")).containsOnly("verifyLead");
        assertThat(other.get("/api/tasks?q=" + q(tag)).json().get("total").asLong()).isEqualTo(1);

        // Soonest due first (the default), newest first on request.
        assertThat(values(officer.get("/api/tasks?sort=created&q=" + q(tag)).json().get("items"), "businessKey"))
                .containsExactly(second, first);
        assertThat(values(officer.get("/api/tasks?sort=due&q=" + q(tag)).json().get("items"), "businessKey"))
                .containsExactly(first, second);

        // By the case number, in any case, or a part of it; another village's number finds nothing.
        Response byNumber = officer.get("/api/tasks?q=" + q(first.toLowerCase()));
        assertThat(values(byNumber.json().get("items"), "businessKey")).containsExactly(first);
        assertThat(other.get("/api/tasks?q=" + q(first)).json().get("total").asLong()).isZero();

        // Wildcards are text: "%" matches only a literal percent sign.
        assertThat(officer.get("/api/tasks?q=" + q("%" + tag)).json().get("total").asLong()).isZero();

        // The step filter and the steps with their counts.
        assertThat(officer.get("/api/tasks?type=verifyLead&q=" + q(tag)).json().get("total").asLong()).isEqualTo(2);
        assertThat(officer.get("/api/tasks?type=recognise&q=" + q(tag)).json().get("total").asLong()).isZero();
        Response types = officer.get("/api/tasks/types?q=" + q(tag));
        assertThat(types.status()).isEqualTo(200);
        assertThat(types.json()).hasSize(1);
        assertThat(types.json().get(0).get("key").asText()).isEqualTo("verifyLead");
        assertThat(types.json().get(0).get("name").asText()).isEqualTo("核实线索");
        assertThat(types.json().get(0).get("count").asLong()).isEqualTo(2);
        assertThat(officer.get("/api/tasks/types").json().findValues("key")).extracting(JsonNode::asText)
                .contains("verifyLead");

        // Claimed: "mine" finds it, with the display name, never the username.
        String taskId = byNumber.json().get("items").get(0).get("id").asText();
        assertThat(officer.post("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(204);
        JsonNode mine = officer.get("/api/tasks?scope=mine&q=" + q(tag)).json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("assigneeName").asText()).isNotBlank().isNotEqualTo("vo001001");
        assertThat(officer.get("/api/tasks/" + taskId).json().get("assigneeName").asText())
                .isEqualTo(mine.get("items").get(0).get("assigneeName").asText());
        assertThat(officer.get("/api/tasks?scope=group&q=" + q(tag)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void twoOffersForOnePersonShowTheirServiceItemAndTheOrderNumberFindsOne() {
        String tag = tag();
        String caseNo = Leads.open(cases, VILLAGE, "寻丁" + tag);
        // A one-step process with the offer's step id and variables, as service-order.bpmn has them.
        repositoryService.createDeployment().name("inbox-offer")
                .addModelInstance("taskSubjectInboxOffer.bpmn", Bpmn.createExecutableProcess("taskSubjectInboxOffer")
                        .name("接单测试").startEvent().userTask("respondToOrder").name("接单确认")
                        .camundaCandidateGroups("VILLAGE_OFFICER@" + VILLAGE).endEvent().done())
                .deploy();
        String meals = "DD" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        runtimeService.startProcessInstanceByKey("taskSubjectInboxOffer", caseNo,
                Map.of("itemName", "助餐服务", "orderNo", meals));
        runtimeService.startProcessInstanceByKey("taskSubjectInboxOffer", caseNo,
                Map.of("itemName", "助浴服务", "orderNo", meals + "9"));
        ApiClient officer = ApiClient.signedIn(port, "vo001001");

        JsonNode offers = officer.get("/api/tasks?type=respondToOrder&q=" + q(tag)).json();
        assertThat(offers.get("total").asLong()).isEqualTo(2);
        assertThat(values(offers.get("items"), "detail")).containsExactlyInAnyOrder("助餐服务", "助浴服务");
        assertThat(values(offers.get("items"), "recipientName")).containsOnly("寻丁" + tag);

        JsonNode byOrder = officer.get("/api/tasks?q=" + meals.toLowerCase() + "9").json();
        assertThat(values(byOrder.get("items"), "detail")).containsExactly("助浴服务");
        // By the item's name too.
        assertThat(officer.get("/api/tasks?q=" + q("助浴服务 ") + "&type=respondToOrder").json().get("items"))
                .anySatisfy(i -> assertThat(i.get("recipientName").asText()).isEqualTo("寻丁" + tag));

        // A lost table is rebuilt with its names and details.
        projection.rebuild();
        JsonNode rebuilt = officer.get("/api/tasks?q=" + meals.toLowerCase() + "9").json();
        assertThat(values(rebuilt.get("items"), "detail")).containsExactly("助浴服务");
        assertThat(values(rebuilt.get("items"), "recipientName")).containsExactly("寻丁" + tag);
        assertThat(officer.get("/api/tasks?q=" + q(tag)).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void badSearchSortOrTypeIsA400() {
        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        assertThat(officer.get("/api/tasks?q=" + q("检".repeat(51))).status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks?sort=name").status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks?type=" + q("1'or")).status()).isEqualTo(400);
        assertThat(officer.get("/api/tasks/types?scope=everyone").status()).isEqualTo(400);
    }
}
