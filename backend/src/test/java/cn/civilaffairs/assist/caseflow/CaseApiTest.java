package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.common.SelfCare;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The case API: bad input, duplicates, scope, uploads, filing, notices — and nothing half-saved. */
@IntegrationTest
class CaseApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String VILLAGE = "360199003002"; // 青龙村, 石桥镇
    private static final String OFFICER = "vo003002";
    private static final String CLERK = "street003";
    private static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Map<String, Object> lead(String idNumber) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "青龙测试");
        m.put("idNumber", idNumber);
        m.put("phone", "13912345678");
        m.put("address", "青龙村三组18号");
        m.put("villageCode", VILLAGE);
        m.put("source", "OWN_VISIT");
        m.put("focusGroup", "SERIOUS_ILLNESS");
        m.put("situation", "患尿毒症，独居，无人照料");
        return m;
    }

    private String taskOf(String caseNo) {
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ServiceAssistanceProcess.KEY).singleResult();
        return t == null ? null : t.getId();
    }

    @Test
    void invalidLeadsAreRefusedFieldByFieldAndNothingIsSaved() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        long cases = count("service_case");
        long people = count("person");
        Map<String, Object> bad = lead("360199195003010011"); // wrong check character
        bad.put("phone", "12345");
        bad.put("situation", "");
        Response r = officer.post("/api/leads", bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        List<String> fields = StreamSupport.stream(r.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertThat(fields).contains("idNumber", "phone", "situation");
        assertThat(r.body()).contains("校验位");

        Map<String, Object> badEnum = lead(Leads.newIdNumber());
        badEnum.put("focusGroup", "RICH");
        assertThat(officer.post("/api/leads", badEnum).status()).isEqualTo(400);
        assertThat(count("service_case")).isEqualTo(cases);
        assertThat(count("person")).isEqualTo(people);
    }

    @Test
    void aSecondLeadForAPersonWithAnOpenCaseIsAConflictNamingTheCase() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String id = Leads.newIdNumber();
        Response first = officer.post("/api/leads", lead(id));
        assertThat(first.status()).isEqualTo(201);
        String caseNo = first.json().get("caseNo").asText();
        long cases = count("service_case");

        Response second = officer.post("/api/leads", lead(id));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.json().get("detail").asText()).contains(caseNo);
        assertThat(count("service_case")).isEqualTo(cases);
    }

    @Test
    void outOfScopeUsersCanNeitherRecordNorSeeCases() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String caseNo = officer.post("/api/leads", lead(Leads.newIdNumber())).json().get("caseNo").asText();

        ApiClient otherVillage = ApiClient.signedIn(port, "vo003001");
        assertThat(otherVillage.post("/api/leads", lead(Leads.newIdNumber())).status()).isEqualTo(403);
        assertThat(otherVillage.get("/api/cases/" + caseNo).status()).isEqualTo(404);
        assertThat(otherVillage.get("/api/cases/" + caseNo + "/diagram").status()).isEqualTo(404);
        assertThat(otherVillage.get("/api/cases?size=100").body()).doesNotContain(caseNo);
        assertThat(ApiClient.signedIn(port, "street001").get("/api/cases/" + caseNo).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/cases/" + caseNo).status()).isEqualTo(403);

        assertThat(ApiClient.signedIn(port, CLERK).get("/api/cases/" + caseNo).status()).isEqualTo(200);
        Response manager = ApiClient.signedIn(port, "manager").get("/api/cases?size=100&villageCode=" + VILLAGE);
        assertThat(manager.body()).contains(caseNo);
    }

    @Test
    void theCaseViewMasksTheIdNumber() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        String id = Leads.newIdNumber();
        String caseNo = officer.post("/api/leads", lead(id)).json().get("caseNo").asText();
        Response view = officer.get("/api/cases/" + caseNo);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).doesNotContain(id);
        assertThat(view.json().get("person").get("idNumberMasked").asText())
                .isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(view.json().get("summary").get("status").asText()).isEqualTo("LEAD");
        assertThat(view.json().get("activeActivityIds").get(0).asText()).isEqualTo("verifyLead");
        assertThat(view.json().get("timeline").get(0).get("type").asText()).isEqualTo("LEAD_RECORDED");
    }

    /** Walks a case to filing over the API, then checks uploads, filing and the notice. */
    @Test
    void uploadsAreCheckedFilingNeedsEveryDocumentAndTheNoticeHidesPersonalData() throws Exception {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient clerk = ApiClient.signedIn(port, CLERK);
        String id = Leads.newIdNumber();
        String caseNo = officer.post("/api/leads", lead(id)).json().get("caseNo").asText();
        assertThat(officer.post("/api/tasks/" + taskOf(caseNo) + "/complete",
                Map.of("variables", Map.of("genuine", true, "verificationNote", "入户核实属实"))).status()).isEqualTo(204);

        Map<String, Object> assessment = new HashMap<>(Map.of("recipientCategory", 4, "alreadyRecognised", true,
                "selfCare", "PARTIAL", "carerSituation", "NO_CARER", "itemCodes", List.of("NOPE")));
        Response badItems = clerk.post("/api/tasks/" + taskOf(caseNo) + "/needs-assessment", assessment);
        assertThat(badItems.status()).isEqualTo(400);
        assertThat(count("needs_assessment where case_id = (select id from service_case where case_no = '"
                + caseNo + "')")).isZero();
        assessment.put("itemCodes", List.of("MEAL_DELIVERY", "MEDICINE_DELIVERY"));
        String investigation = taskOf(caseNo);
        assertThat(clerk.post("/api/tasks/" + investigation + "/needs-assessment", assessment).status()).isEqualTo(204);
        assertThat(clerk.post("/api/tasks/" + investigation + "/needs-assessment", assessment).status())
                .isEqualTo(409);

        String fileTask = taskOf(caseNo);
        String docsPath = "/api/cases/" + caseNo + "/documents";
        long docs = count("case_document");
        long files = filesOnDisk();
        Response wrongType = officer.upload(docsPath, Map.of("type", "ID_CARD"), "id.pdf", "application/pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
        Response tooBig = officer.upload(docsPath, Map.of("type", "ID_CARD"), "big.pdf", "application/pdf",
                bigPdf(11 * 1024 * 1024));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("detail").asText()).contains("10 MB");
        Response huge = officer.upload(docsPath, Map.of("type", "ID_CARD"), "huge.pdf", "application/pdf",
                bigPdf(22 * 1024 * 1024));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
        assertThat(count("case_document")).isEqualTo(docs);
        assertThat(filesOnDisk()).isEqualTo(files);

        Response missing = officer.post("/api/tasks/" + fileTask + "/case-file", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("户口本").contains("疾病证明");
        assertThat(taskOf(caseNo)).isEqualTo(fileTask);

        for (String type : List.of("ID_CARD", "HOUSEHOLD_REGISTER", "RECIPIENT_CERTIFICATE", "ILLNESS_PROOF")) {
            Response ok = officer.upload(docsPath, Map.of("type", type), type + ".pdf", "application/pdf", PDF);
            assertThat(ok.status()).isEqualTo(201);
        }
        Response download = officer.get(docsPath + "/" + officer.get("/api/cases/" + caseNo).json()
                .get("documents").get(0).get("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");
        assertThat(officer.post("/api/tasks/" + fileTask + "/case-file", null).status()).isEqualTo(204);

        JsonNode view = officer.get("/api/cases/" + caseNo).json();
        assertThat(view.get("summary").get("status").asText()).isEqualTo("NOTICE");
        assertThat(view.get("summary").get("serviceNo").asInt()).isPositive();
        assertThat(view.get("card").get("cardNo").asText()).startsWith("FWK");
        long noticeId = view.get("notices").get(0).get("id").asLong();

        Response board = officer.get("/api/notices?villageCode=" + VILLAGE);
        Response notice = officer.get("/api/notices/" + noticeId);
        for (Response r : List.of(board, notice)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("青龙测试").contains("送餐").doesNotContain(id).doesNotContain("三组18号")
                    .doesNotContain(id.substring(6, 14)).doesNotContain("13912345678");
        }
        assertThat(ApiClient.signedIn(port, "vo003001").get("/api/notices/" + noticeId).status()).isEqualTo(404);

        // Objection during the notice period goes to the street office.
        assertThat(officer.post("/api/cases/" + caseNo + "/objections", Map.of("content", "有村民反映其有固定收入"))
                .status()).isEqualTo(204);
        // The case flow's task (the card's 打印密码函 waits in its own process).
        Task recheck = taskService.createTaskQuery().processDefinitionKey(ServiceAssistanceProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult();
        assertThat(recheck.getTaskDefinitionKey()).isEqualTo("recheckObjection");
        assertThat(officer.post("/api/cases/" + caseNo + "/status-change", Map.of("reason", "死亡")).status())
                .isEqualTo(409);
    }

    private long filesOnDisk() throws Exception {
        Path dir = Path.of("target/test-files");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static byte[] bigPdf(int size) {
        byte[] b = new byte[size];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }

    // --- Issue 12: the notice runs its full period; objections on any of its days, each reviewed alone ---

    @Autowired CaseService caseService;
    @Autowired CaseDocumentService documentService;
    @Autowired TransactionTemplate tx;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtimeService;

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 26);

    private static void on(int day, String time) {
        clock.at(DAY_1.plusDays(day - 1L).atTime(LocalTime.parse(time)));
    }

    /** A case posted on day 1, walked there through the services the API calls. */
    private String postedCase() {
        on(1, "09:30");
        String caseNo = caseService.openLead(Leads.lead(VILLAGE, "公示测试"), OFFICER);
        taskService.complete(taskOf(caseNo), Map.of("genuine", true, "verificationNote", "属实"));
        caseService.recordAssessment(caseNo, new CaseService.AssessmentCommand(2, true,
                SelfCare.PARTIAL, CarerSituation.NO_CARER, "独居", "助餐",
                List.of("MEAL_DELIVERY")), CLERK);
        taskService.complete(taskOf(caseNo), Map.of("alreadyRecognised", true));
        tx.executeWithoutResult(s -> {
            ServiceCase c = caseService.get(caseNo);
            for (DocumentType t : DocumentType.requiredFor(c.getFocusGroup())) {
                documentService.upload(c, t, t.name() + ".pdf", PDF, OFFICER);
            }
            caseService.file(caseNo, OFFICER);
        });
        taskService.complete(taskOf(caseNo));
        return caseNo;
    }

    private void endPeriod(String caseNo) {
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ServiceAssistanceProcess.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).timers()
                .activityId(ServiceAssistanceProcess.TIMER_NOTICE_PERIOD_ENDED).singleResult().getId());
    }

    private List<Task> reviews(String caseNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(ServiceAssistanceProcess.TASK_RECHECK_OBJECTION).list();
    }

    private static Response object(ApiClient client, String caseNo, String content) {
        return client.post("/api/cases/" + caseNo + "/objections", Map.of("content", content));
    }

    private static Response dismiss(ApiClient clerk, Task review, String note) {
        return clerk.post("/api/tasks/" + review.getId() + "/complete", Map.of("variables",
                Map.of("objectionUpheld", false, "objectionDecisionNote", note)));
    }

    private static JsonNode notice(ApiClient client, String caseNo) {
        return client.get("/api/cases/" + caseNo).json().get("notices").get(0);
    }

    private static JsonNode boardEntry(ApiClient client, long noticeId) {
        JsonNode entries = client.get("/api/notices?villageCode=" + VILLAGE).json().get("entries");
        return StreamSupport.stream(entries.spliterator(), false).filter(e -> e.get("noticeId").asLong() == noticeId)
                .findFirst().orElseThrow();
    }

    private static long timelineCount(ApiClient client, String caseNo, String type) {
        return StreamSupport.stream(client.get("/api/cases/" + caseNo).json().get("timeline").spliterator(), false)
                .filter(e -> type.equals(e.get("type").asText())).count();
    }

    @Test
    void objectionsAreAcceptedOnEveryDayOfThePeriodAndEachIsReviewedWhileTheNoticeRunsOn() throws Exception {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient clerk = ApiClient.signedIn(port, CLERK);
        String lead = officer.post("/api/leads", lead(Leads.newIdNumber())).json().get("caseNo").asText();
        Response tooEarly = object(officer, lead, "尚未公示");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("detail").asText()).isEqualTo("该案件不在公示期内，不能登记异议。");

        String caseNo = postedCase();
        JsonNode posted = notice(officer, caseNo);
        assertThat(posted.get("phase").asText()).isEqualTo("IN_PERIOD");
        assertThat(posted.get("startsOn").asText()).isEqualTo("2026-11-26");
        assertThat(posted.get("endsOn").asText()).isEqualTo("2026-12-02");
        assertThat(posted.get("periodEndedAt").isNull()).isTrue();
        long noticeId = posted.get("id").asLong();

        // Day 2: garbage and out-of-scope users change nothing; a real objection goes to review.
        on(2, "10:00");
        long objections = count("objection");
        assertThat(officer.post("/api/cases/" + caseNo + "/objections", Map.of("content", " ")).status())
                .isEqualTo(400);
        assertThat(officer.post("/api/cases/" + caseNo + "/objections", Map.of("content", "x", "extra", 1))
                .status()).isEqualTo(400);
        assertThat(object(ApiClient.signedIn(port, "vo003001"), caseNo, "别村").status()).isEqualTo(404);
        assertThat(object(ApiClient.signedIn(port, "provider1"), caseNo, "机构").status()).isEqualTo(403);
        assertThat(count("objection")).isEqualTo(objections);
        assertThat(object(officer, caseNo, "有村民反映其有固定收入").status()).isEqualTo(204);
        assertThat(notice(officer, caseNo).get("phase").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(boardEntry(officer, noticeId).get("phase").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(dismiss(clerk, reviews(caseNo).get(0), "收入低于标准").status()).isEqualTo(204);

        JsonNode running = officer.get("/api/cases/" + caseNo).json();
        assertThat(running.get("summary").get("status").asText()).isEqualTo("NOTICE");
        assertThat(running.get("notices").get(0).get("phase").asText()).isEqualTo("IN_PERIOD");
        assertThat(running.get("notices").get(0).get("objections").get(0).get("decision").asText())
                .isEqualTo("DISMISSED");
        assertThat(boardEntry(officer, noticeId).get("phase").asText()).isEqualTo("IN_PERIOD");
        assertThat(timelineCount(officer, caseNo, "NOTICE_PERIOD_ENDED") + timelineCount(officer, caseNo, "SERVING"))
                .isZero();

        // Day 5: two objections at the same moment both get their own review.
        on(5, "15:00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> one = pool.submit(() -> object(officer, caseNo, "反映其有房产出租"));
            Future<Response> two = pool.submit(() -> object(clerk, caseNo, "反映其子女有赡养能力"));
            assertThat(List.of(one.get().status(), two.get().status())).containsOnly(204);
        } finally {
            pool.shutdown();
        }
        assertThat(reviews(caseNo)).hasSize(2);
        for (Task review : reviews(caseNo)) {
            assertThat(dismiss(clerk, review, "复核不成立").status()).isEqualTo(204);
        }

        // Day 7, one second before midnight in Beijing: still in the period.
        on(7, "23:59:59");
        assertThat(object(officer, caseNo, "最后一日的异议").status()).isEqualTo(204);
        assertThat(dismiss(clerk, reviews(caseNo).get(0), "不成立").status()).isEqualTo(204);

        // Day 8 00:00: refused, even before the period's timer job has run.
        on(8, "00:00");
        Response late = object(officer, caseNo, "期满后的异议");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.json().get("detail").asText()).isEqualTo("公示期已结束，不能登记异议。");
        assertThat(notice(officer, caseNo).get("phase").asText()).isEqualTo("IN_PERIOD");

        assertThat(reviews(caseNo)).isEmpty();
        endPeriod(caseNo);

        JsonNode served = officer.get("/api/cases/" + caseNo).json();
        assertThat(served.get("summary").get("status").asText()).isEqualTo("SERVING");
        assertThat(served.get("notices").get(0).get("phase").asText()).isEqualTo("LONG_TERM");
        assertThat(served.get("notices").get(0).get("periodEndedAt").isNull()).isFalse();
        assertThat(served.get("notices").get(0).get("objections")).hasSize(4);
        assertThat(boardEntry(officer, noticeId).get("phase").asText()).isEqualTo("LONG_TERM");
        assertThat(timelineCount(officer, caseNo, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
        Response afterwards = object(officer, caseNo, "服务中的异议");
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("detail").asText()).isEqualTo("该案件不在公示期内，不能登记异议。");
    }

    @Test
    void whenThePeriodEndsDuringAReviewThePagesSayUnderReviewAndServicesWait() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient clerk = ApiClient.signedIn(port, CLERK);
        String caseNo = postedCase();
        on(6, "09:00");
        assertThat(object(officer, caseNo, "反映其隐瞒收入").status()).isEqualTo(204);
        on(8, "00:00");
        endPeriod(caseNo);

        JsonNode waiting = officer.get("/api/cases/" + caseNo).json();
        assertThat(waiting.get("summary").get("status").asText()).isEqualTo("NOTICE");
        assertThat(waiting.get("notices").get(0).get("phase").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(waiting.get("notices").get(0).get("periodEndedAt").isNull()).isFalse();
        assertThat(boardEntry(officer, waiting.get("notices").get(0).get("id").asLong()).get("phase").asText())
                .isEqualTo("UNDER_REVIEW");
        assertThat(timelineCount(officer, caseNo, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
        assertThat(object(officer, caseNo, "期满后").status()).isEqualTo(409);

        on(9, "10:00");
        assertThat(dismiss(clerk, reviews(caseNo).get(0), "查无隐瞒").status()).isEqualTo(204);
        JsonNode served = officer.get("/api/cases/" + caseNo).json();
        assertThat(served.get("summary").get("status").asText()).isEqualTo("SERVING");
        assertThat(timelineCount(officer, caseNo, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
    }
}
