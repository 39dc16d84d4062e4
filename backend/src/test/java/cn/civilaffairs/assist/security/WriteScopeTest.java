package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every write checks the scope its read checks: an account that cannot read a thing (404) cannot
 * change it either (404, nothing changed). 北门社区's officer vo001002 against 南门社区's things.
 */
@IntegrationTest
class WriteScopeTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String NANMEN = "360199001001";

    @LocalServerPort int port;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private ApiClient nanmen;
    private ApiClient beimen;
    private String nanmenCaseNo;
    private String nanmenTask;

    @BeforeEach
    void signIn() {
        nanmen = ApiClient.signedIn(port, "vo001001");
        beimen = ApiClient.signedIn(port, "vo001002");
        nanmenCaseNo = Leads.open(caseService, NANMEN, "范围测试");
        nanmenTask = taskService.createTaskQuery().processInstanceBusinessKey(nanmenCaseNo).singleResult()
                .getId();
    }

    @Test
    void anotherVillagesHelperStatementCanBeNeitherReadNorSubmitted() {
        Map<String, Object> helper = new HashMap<>(Map.of("name", "邻居赵", "idNumber", Leads.newIdNumber(),
                "phone", "13912345678", "villageCode", NANMEN));
        long helperId = nanmen.post("/api/services/helpers", helper).json().get("id").asLong();
        String today = clock.today().toString();
        assertThat(nanmen.post("/api/services/helpers/" + helperId + "/aid", Map.of("caseNo", nanmenCaseNo,
                "aidDate", today, "minutes", 60, "content", "代买药品")).status()).isEqualTo(201);
        String month = YearMonth.from(LocalDate.parse(today)).toString();
        // Statements are built once the month has ended.
        clock.at(YearMonth.parse(month).plusMonths(1).atDay(1), 9, 0);
        String no = null;
        for (JsonNode s : nanmen.post("/api/services/statements", Map.of("month", month, "kind", "HELPER")).json()) {
            if (s.get("partyCode").asText().equals("H" + helperId)) {
                no = s.get("statementNo").asText();
            }
        }
        assertThat(no).isNotNull();
        String statement = no;

        assertThat(beimen.get("/api/services/statements/" + statement).status()).isEqualTo(404);
        refusedAndUnchanged(() -> beimen.post("/api/services/statements/" + statement + "/submit", null),
                () -> nanmen.get("/api/services/statements/" + statement).json().get("statement").get("status").asText());
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?", Long.class,
                statement)).isZero();

        // Its own village still submits it.
        assertThat(nanmen.post("/api/services/statements/" + statement + "/submit", null).status()).isEqualTo(200);
    }

    @Test
    void outOfScopeWritesOfEveryControllerAnswer404AndChangeNothing() {
        String caseNo = nanmenCaseNo;
        Supplier<String> caseState = () -> nanmen.get("/api/cases/" + caseNo).json().get("timeline").toString()
                + nanmen.get("/api/cases/" + caseNo).json().get("summary").get("status").asText();
        Supplier<String> taskState = () -> String.valueOf(taskService.createTaskQuery().taskId(nanmenTask)
                .singleResult().getAssignee());
        assertThat(beimen.get("/api/cases/" + caseNo).status()).isEqualTo(404);

        // caseflow: CaseController
        refusedAndUnchanged(() -> beimen.post("/api/cases/" + caseNo + "/objections", Map.of("content", "异议")),
                caseState);
        refusedAndUnchanged(() -> beimen.upload("/api/cases/" + caseNo + "/documents?type=ID_CARD", Map.of(),
                "id.pdf", "application/pdf", "%PDF-1.4 x".getBytes()), caseState);
        // workflow: TaskController
        refusedAndUnchanged(() -> beimen.post("/api/tasks/" + nanmenTask + "/claim", null), taskState);
        refusedAndUnchanged(() -> beimen.post("/api/tasks/" + nanmenTask + "/complete",
                Map.of("variables", Map.of("genuine", false, "verificationNote", "x"))), taskState);
        // caseflow, care, serviceorder: the task controllers look the task up in the caller's scope first
        refusedAndUnchanged(() -> beimen.post("/api/tasks/" + nanmenTask + "/case-file", null), taskState);
        refusedAndUnchanged(() -> beimen.post("/api/tasks/" + nanmenTask + "/care-grading",
                Map.of("level", 1, "reason", "x")), taskState);
        refusedAndUnchanged(() -> beimen.post("/api/tasks/" + nanmenTask + "/spot-check",
                Map.of("passed", true, "method", "PHONE")), taskState);
        // referral: consent for another village's case
        refusedAndUnchanged(() -> beimen.post("/api/referrals/consents", Map.of("caseNo", caseNo,
                "giverRelation", "SELF", "giverName", "本人", "givenOn", "2026-01-05")), caseState);

        // care: CareController (a person of 南门社区 under care monitoring)
        String enrolment = enrolmentOf(nanmen, "王秀珍");
        Supplier<String> careState = () -> nanmen.get("/api/care/enrolments/" + enrolment).body();
        assertThat(beimen.get("/api/care/enrolments/" + enrolment).status()).isEqualTo(404);
        refusedAndUnchanged(() -> beimen.put("/api/care/enrolments/" + enrolment + "/plan",
                Map.of("householdPlan", "改写", "personMeasures", "改写")), careState);
        refusedAndUnchanged(() -> beimen.multipart("/api/care/enrolments/" + enrolment + "/visits",
                List.of(Part.json("visit", visit()))), careState);
        refusedAndUnchanged(() -> beimen.post("/api/care/enrolments/" + enrolment + "/problems",
                Map.of("department", "SCHOOL", "description", "x")), careState);
        // calendar: official holidays are the district's to import, not a village's
        assertThat(beimen.upload("/api/calendar/import", Map.of(), "cn-2027.csv", "text/csv",
                "date,type,name\n".getBytes()).status()).isEqualTo(403);
    }

    @Test
    void careCadresSeeOnlyTheirOwnPeopleAndNoCaseFiles() {
        ApiClient cadre = ApiClient.signedIn(port, "cadre1");
        ApiClient villageCadre = ApiClient.signedIn(port, "vc001001");
        String wang = enrolmentOf(nanmen, "王秀珍"); // level 3: cadre1's
        String li = enrolmentOf(nanmen, "李国强"); // vc001001's

        // No case files: no list, no case, no scanned documents.
        assertThat(cadre.get("/api/cases").status()).isEqualTo(403);
        assertThat(cadre.get("/api/cases/" + nanmenCaseNo).status()).isEqualTo(403);
        assertThat(cadre.get("/api/cases/" + nanmenCaseNo + "/documents/1").status()).isEqualTo(403);

        // The roster holds only the people the cadre is responsible for.
        JsonNode roster = villageCadre.get("/api/care/enrolments?size=200").json().get("items");
        assertThat(roster.findValuesAsText("enrolmentNo")).contains(li).doesNotContain(wang);
        assertThat(roster.findValuesAsText("responsibleUsername")).containsOnly("vc001001");
        assertThat(villageCadre.get("/api/care/enrolments/" + li).status()).isEqualTo(200);
        assertThat(villageCadre.get("/api/care/enrolments/" + wang).status()).isEqualTo(404);
        // ... and writes follow the read: no visit recorded for somebody else's person.
        refusedAndUnchanged(() -> villageCadre.multipart("/api/care/enrolments/" + wang + "/visits",
                List.of(Part.json("visit", visit()))), () -> cadre.get("/api/care/enrolments/" + wang).body());
        assertThat(cadre.get("/api/care/enrolments/" + wang).status()).isEqualTo(200);
    }

    private static Map<String, Object> visit() {
        return Map.of("visitedAt", Instant.now().minusSeconds(600).toString(), "mode", "HOME", "met", "本人",
                "findings", "身体尚可", "risk", "NONE");
    }

    private static String enrolmentOf(ApiClient client, String name) {
        for (JsonNode row : client.get("/api/care/enrolments?size=200").json().get("items")) {
            if (row.get("personName").asText().equals(name)) {
                return row.get("enrolmentNo").asText();
            }
        }
        throw new AssertionError("no enrolment for " + name);
    }

    /** The write answers 404 like the read, and the state its owner sees is the same before and after. */
    private static void refusedAndUnchanged(Supplier<Response> write, Supplier<String> state) {
        String before = state.get();
        Response r = write.get();
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(state.get()).isEqualTo(before);
    }
}
