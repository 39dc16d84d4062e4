package cn.civilaffairs.assist.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.tempaid.TemporaryAidClosed;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /api/intakes, the two task screens and /api/persons/{id} over HTTP, in 东湖村 (360199002004, vo002004, street002):
 * the intake through two routes to both outcomes on the person page; scope (404 other village or street, 403 other
 * roles), garbage (400, nothing stored), double submit (409), a not-genuine lead brought to the one door once.
 */
@IntegrationTest
@Tag("db")
class IntakeApiTest {
    static final String VILLAGE = "360199002004";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired CaseService cases;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    static Map<String, Object> newPerson(String idNumber) {
        return Map.of("idNumber", idNumber, "name", "一门接口测试", "phone", "13800000001", "address", "东湖村 8 号",
                "villageCode", VILLAGE);
    }

    static Map<String, Object> need(String type, String description, Object eventOn, Object amount, boolean risk) {
        Map<String, Object> n = new HashMap<>();
        n.put("type", type);
        n.put("description", description);
        n.put("eventOn", eventOn);
        n.put("amount", amount);
        n.put("livingAtRisk", risk);
        return n;
    }

    @Test
    void oneIntakeThroughTwoRoutesShowsBothOutcomesOnThePersonPage() {
        ApiClient officer = ApiClient.signedIn(port, "vo002004");
        String id = Leads.newIdNumber();
        Response created = officer.post("/api/intakes", Map.of("newPerson", newPerson(id), "needs", List.of(
                need("ACCIDENT", "车祸致家庭主要劳动力受伤", today().minusDays(1).toString(), 5000, true),
                need("MEDICAL", "住院费用自付部分较高", null, 12000, false)), "note", "本人到村委会申请"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode intake = created.json();
        String no = intake.get("intakeNo").asText();
        assertThat(created.location()).endsWith("/api/intakes/" + no);
        assertThat(intake.get("status").asText()).isEqualTo("ROUTING");
        assertThat(intake.get("routes")).extracting(r -> r.get("type").asText() + "/" + r.get("status").asText())
                .containsExactly("TEMPORARY_AID/PROPOSED", "DEPARTMENT/PROPOSED");
        long personId = intake.get("personId").asLong();

        // Twice: the person already has an open intake.
        Response again = officer.post("/api/intakes", Map.of("newPerson", newPerson(id), "needs",
                List.of(need("HOUSING", "危房", null, null, false))));
        assertThat(again.status()).isEqualTo(409);

        // The street office confirms in its inbox; the village officer may not, the generic completion refuses.
        String confirm = task(no);
        assertThat(officer.post("/api/tasks/" + confirm + "/intake-routes", Map.of("routes",
                List.of(Map.of("needId", 1, "type", "SERVICE")))).status()).isEqualTo(403);
        ApiClient street = ApiClient.signedIn(port, "street002");
        Response subject = street.get("/api/tasks/" + confirm + "/subject");
        assertThat(subject.status()).isEqualTo(200);
        assertThat(subject.json().get("intakeNo").asText()).isEqualTo(no);
        assertThat(street.post("/api/tasks/" + confirm + "/complete", Map.of("variables", Map.of())).status())
                .isEqualTo(409);
        List<Map<String, Object>> routes = new ArrayList<>();
        for (JsonNode r : intake.get("routes")) {
            Map<String, Object> choice = new HashMap<>();
            choice.put("needId", r.get("needId").asLong());
            choice.put("type", r.get("type").asText());
            choice.put("departmentKind", r.get("departmentKind").isNull() ? null : r.get("departmentKind").asText());
            routes.add(choice);
        }
        assertThat(ApiClient.signedIn(port, "street001").post("/api/tasks/" + confirm + "/intake-routes",
                Map.of("routes", routes)).status()).isEqualTo(404);
        assertThat(street.post("/api/tasks/" + confirm + "/intake-routes", Map.of("routes", routes)).status())
                .isEqualTo(204);
        assertThat(street.post("/api/tasks/" + confirm + "/intake-routes", Map.of("routes", routes)).status())
                .isIn(404, 409);

        JsonNode raised = officer.get("/api/intakes/" + no).json();
        assertThat(raised.get("status").asText()).isEqualTo("IN_PROGRESS");
        long aidRoute = raised.get("routes").get(0).get("id").asLong();
        long medicalRoute = raised.get("routes").get(1).get("id").asLong();
        assertThat(raised.get("routes").get(1).get("departmentKind").asText()).isEqualTo("MEDICAL_INSURANCE");

        // The answers (on this branch nobody else sends them).
        tx.executeWithoutResult(s -> publisher.publishEvent(new TemporaryAidClosed("LS-API-1", personId,
                String.valueOf(aidRoute), true, new BigDecimal("2000.00"), "街道先行救助")));
        tx.executeWithoutResult(s -> publisher.publishEvent(new cn.civilaffairs.assist.department.DepartmentReferralClosed(
                "BM-API-1", personId, cn.civilaffairs.assist.department.ReferralSource.ONE_DOOR,
                String.valueOf(medicalRoute), cn.civilaffairs.assist.department.DepartmentOutcome.RESOLVED,
                "已纳入医疗救助，报销 8000 元")));

        long logged = jdbc.queryForObject("select count(*) from access_log where action = 'PERSON_VIEW' and person_id = ?",
                Long.class, personId);
        Response page = officer.get("/api/persons/" + personId);
        assertThat(page.status()).isEqualTo(200);
        JsonNode p = page.json();
        assertThat(p.get("name").asText()).isEqualTo("一门接口测试");
        assertThat(p.get("idNumberMasked").asText()).isNotEqualTo(id).contains("*");
        assertThat(page.body()).doesNotContain(id);
        JsonNode shown = p.get("intakes").get(0);
        assertThat(shown.get("intakeNo").asText()).isEqualTo(no);
        assertThat(shown.get("status").asText()).isEqualTo("DONE");
        assertThat(shown.get("routes").get(0).get("outcome").asText()).isEqualTo("GRANTED");
        assertThat(shown.get("routes").get(0).get("amountGranted").decimalValue()).isEqualByComparingTo("2000");
        assertThat(shown.get("routes").get(1).get("outcomeText").asText()).isEqualTo("已纳入医疗救助，报销 8000 元");
        assertThat(jdbc.queryForObject("select count(*) from access_log where action = 'PERSON_VIEW' and person_id = ?",
                Long.class, personId)).isEqualTo(logged + 1);

        // A document handed in with the intake: checked by its bytes, scoped like the intake, its download logged.
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Response uploaded = officer.upload("/api/intakes/" + no + "/documents", Map.of(), "住院发票.pdf",
                "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long documentId = uploaded.json().get("id").asLong();
        assertThat(officer.upload("/api/intakes/" + no + "/documents", Map.of(), "a.pdf", "application/pdf",
                "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(ApiClient.signedIn(port, "vo002003").upload("/api/intakes/" + no + "/documents", Map.of(), "a.pdf",
                "application/pdf", pdf).status()).isEqualTo(404);
        assertThat(officer.get("/api/intakes/" + no).json().get("documents").get(0).get("fileName").asText())
                .isEqualTo("住院发票.pdf");
        Response download = ApiClient.signedIn(port, "street002").get("/api/intakes/" + no + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
        assertThat(ApiClient.signedIn(port, "vo002003").get("/api/intakes/" + no + "/documents/" + documentId).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from access_log where action = 'DOCUMENT_DOWNLOAD' and resource = ?",
                Long.class, no + "/" + documentId)).isEqualTo(1L);

        // Scope: another village's officer and another street's clerk do not see it; other roles are refused.
        ApiClient otherVillage = ApiClient.signedIn(port, "vo002003");
        assertThat(otherVillage.get("/api/persons/" + personId).status()).isEqualTo(404);
        assertThat(otherVillage.get("/api/intakes/" + no).status()).isEqualTo(404);
        assertThat(otherVillage.post("/api/intakes", Map.of("personId", personId, "needs",
                List.of(need("HOUSING", "危房", null, null, false)))).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "street001").get("/api/intakes/" + no).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "cadre1").get("/api/persons/" + personId).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "charity1").post("/api/intakes", Map.of("personId", personId, "needs",
                List.of(need("HOUSING", "危房", null, null, false)))).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "manager").get("/api/intakes?size=100").json().get("items"))
                .anyMatch(r -> r.get("intakeNo").asText().equals(no));
        assertThat(officer.get("/api/intakes/YM0000000000").status()).isEqualTo(404);
        assertThat(officer.get("/api/persons/999999999").status()).isEqualTo(404);
    }

    @Test
    void theDistrictDecidesASubsistenceApplicationOverHttp() {
        ApiClient officer = ApiClient.signedIn(port, "vo002004");
        JsonNode intake = officer.post("/api/intakes", Map.of("newPerson", newPerson(Leads.newIdNumber()), "needs",
                List.of(need("BASIC_LIVING", "无收入来源", null, null, true)))).json();
        String no = intake.get("intakeNo").asText();
        long needId = intake.get("needs").get(0).get("id").asLong();
        ApiClient street = ApiClient.signedIn(port, "street002");
        assertThat(street.post("/api/tasks/" + task(no) + "/intake-routes", Map.of("routes",
                List.of(Map.of("needId", needId, "type", "SUBSISTENCE")))).status()).isEqualTo(204);
        String decide = task(no);
        assertThat(street.post("/api/tasks/" + decide + "/subsistence-decision",
                Map.of("decision", "LOW_INCOME_GUARANTEE")).status()).isEqualTo(403);
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response noReason = manager.post("/api/tasks/" + decide + "/subsistence-decision", Map.of("decision", "REFUSED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(manager.post("/api/tasks/" + decide + "/subsistence-decision",
                Map.of("decision", "LOW_INCOME_GUARANTEE", "note", "家庭人均收入低于当地低保标准")).status()).isEqualTo(204);
        JsonNode done = officer.get("/api/intakes/" + no).json();
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("routes").get(0).get("outcomeText").asText())
                .isEqualTo("认定为最低生活保障对象：家庭人均收入低于当地低保标准");
        assertThat(done.get("routes").get(0).get("decidedByName").asText()).isEqualTo("林红");
    }

    @Test
    void garbageIsRefusedAndNothingIsStored() {
        ApiClient officer = ApiClient.signedIn(port, "vo002004");
        long before = jdbc.queryForObject("select count(*) from onedoor_intake", Long.class);
        String id = Leads.newIdNumber();
        List<Object> bodies = List.of(
                Map.of("newPerson", newPerson(id), "needs", List.of()),
                Map.of("newPerson", newPerson(id), "needs", List.of(need("ACCIDENT", "无日期", null, 100, true))),
                Map.of("newPerson", newPerson(id), "needs",
                        List.of(need("ACCIDENT", "明天", today().plusDays(1).toString(), 100, true))),
                Map.of("newPerson", newPerson(id), "personId", 1, "needs", List.of(need("CARE", "x", null, null, false))),
                Map.of("needs", List.of(need("CARE", "没有人", null, null, false))),
                Map.of("personId", "1", "needs", List.of(need("CARE", "x", null, null, false))),
                Map.of("newPerson", newPerson(id), "needs", List.of(need("FLOOD", "x", null, null, false))),
                Map.of("newPerson", newPerson(id), "needs", List.of(need("CARE", "x", null, -5, false))),
                Map.of("newPerson", newPerson(id), "needs", List.of(need("CARE", "x", null, null, false)), "extra", 1),
                Map.of("newPerson", newPerson("123456789012345678"), "needs", List.of(need("CARE", "x", null, null, false))),
                Map.of("fromCaseNo", "SA-1", "needs", List.of(need("CARE", "x", null, null, false))));
        for (Object body : bodies) {
            Response r = officer.post("/api/intakes", body);
            assertThat(r.status()).as(body.toString() + " → " + r.body()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(officer.get("/api/intakes?page=-1").status()).isEqualTo(400);
        assertThat(officer.get("/api/intakes/not-a-number").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from onedoor_intake", Long.class)).isEqualTo(before);
    }

    @Test
    void aLeadFoundNotGenuineComesThroughTheOneDoorOnce() throws Exception {
        ApiClient officer = ApiClient.signedIn(port, "vo002004");
        String caseNo = Leads.open(cases, VILLAGE, "非服务类线索");
        Map<String, Object> body = Map.of("fromCaseNo", caseNo, "needs",
                List.of(need("EDUCATION", "子女上学费用困难", null, 3000, false)));
        // Still a lead: not yet found not genuine.
        assertThat(officer.post("/api/intakes", body).status()).isEqualTo(409);
        String verify = taskService.createTaskQuery().processDefinitionKey(ServiceAssistanceProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult().getId();
        assertThat(officer.post("/api/tasks/" + verify + "/complete", Map.of("variables",
                Map.of("genuine", false, "verificationNote", "不属于服务类救助，属教育困难"))).status()).isEqualTo(204);
        assertThat(ApiClient.signedIn(port, "vo002003").post("/api/intakes", body).status()).isEqualTo(404);

        // Two at once: one intake.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ApiClient c = ApiClient.signedIn(port, "vo002004");
                answers.add(pool.submit((Callable<Integer>) () -> c.post("/api/intakes", body).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(officer.post("/api/intakes", body).status()).isEqualTo(409);
        JsonNode list = officer.get("/api/intakes?size=100").json().get("items");
        JsonNode row = null;
        for (JsonNode r : list) {
            if (r.get("needTypes").toString().contains("EDUCATION")) {
                String no = r.get("intakeNo").asText();
                JsonNode v = officer.get("/api/intakes/" + no).json();
                if (caseNo.equals(v.get("fromCaseNo").asText(null))) {
                    row = v;
                }
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("routes").get(0).get("departmentKind").asText()).isEqualTo("EDUCATION");
    }

    private String task(String intakeNo) {
        return taskService.createTaskQuery().processDefinitionKey(OneDoorProcesses.KEY)
                .processInstanceBusinessKey(intakeNo).singleResult().getId();
    }
}
