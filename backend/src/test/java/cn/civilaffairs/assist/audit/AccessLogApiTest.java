package cn.civilaffairs.assist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.audit.internal.AccessLogRetention;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.Enrolments;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** 访问日志: reads of personal data leave exactly one row each; only admins search; nothing edits the log. */
@IntegrationTest
@Tag("db")
class AccessLogApiTest {
    private static final String VILLAGE = "360199003004"; // 高岭村, 石桥镇
    private static final String OFFICER = "vo003004"; // 马琳
    private static final String CLERK = "street003"; // 郑丹
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    private static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccessLogRetention retention;
    @Autowired Clock clock;

    private Map<String, Object> lead(String idNumber, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("idNumber", idNumber);
        m.put("phone", "13912345678");
        m.put("address", "高岭村二组8号");
        m.put("villageCode", VILLAGE);
        m.put("source", "OWN_VISIT");
        m.put("focusGroup", "NO_CARER");
        m.put("situation", "独居，无人照料");
        return m;
    }

    private static Map<String, Object> enrolment(String idNumber, String name) {
        return Enrolments.body(name, idNumber, "13912345678", "高岭村二组8号", VILLAGE);
    }

    private static List<JsonNode> items(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        r.json().get("items").forEach(list::add);
        return list;
    }

    /** A person with a case (one document) and a care enrolment, nothing read yet. */
    private record Subject(String idNumber, String name, String caseNo, long documentId, String enrolmentNo) {}

    private Subject subject(ApiClient officer, String name) {
        String id = Leads.newIdNumber();
        Response lead = officer.post("/api/leads", lead(id, name));
        assertThat(lead.status()).as(lead.body()).isEqualTo(201);
        String caseNo = lead.json().get("caseNo").asText();
        Response upload = officer.upload("/api/cases/" + caseNo + "/documents", Map.of("type", "ID_CARD"), "id.pdf",
                "application/pdf", PDF);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        Response enrolled = officer.post("/api/care/enrolments", enrolment(id, name));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return new Subject(id, name, caseNo, upload.json().get("id").asLong(),
                enrolled.json().get("enrolmentNo").asText());
    }

    @Test
    void everyReadOfAPersonLeavesOneRowThatAdminsFindByIdNumberNameUserDateAndAction() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient clerk = ApiClient.signedIn(port, CLERK);
        ApiClient admin = ApiClient.signedIn(port, "admin");
        Subject s = subject(officer, "审计甲");
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber()))).isEmpty();

        assertThat(officer.get("/api/cases/" + s.caseNo()).status()).isEqualTo(200);
        assertThat(clerk.download("/api/cases/" + s.caseNo() + "/documents/" + s.documentId())).startsWith(PDF);
        assertThat(clerk.get("/api/care/enrolments/" + s.enrolmentNo()).status()).isEqualTo(200);
        long exportedBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM access_log", Long.class);
        byte[] xlsx = clerk.download("/api/care/roster.xlsx?villageCode=" + VILLAGE);
        assertThat(xlsx).isNotEmpty();

        List<JsonNode> rows = items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber()));
        // Newest first: export, care record, document, case; who, whose, from where.
        assertThat(rows).extracting(r -> r.get("action").asText())
                .containsExactly("ROSTER_EXPORT", "CARE_RECORD", "DOCUMENT_DOWNLOAD", "CASE_VIEW");
        assertThat(rows).extracting(r -> r.get("username").asText())
                .containsExactly(CLERK, CLERK, CLERK, OFFICER);
        assertThat(rows).extracting(r -> r.get("userName").asText()).containsExactly("郑丹", "郑丹", "郑丹", "马琳");
        assertThat(rows).extracting(r -> r.get("resource").asText()).containsExactly("roster.xlsx",
                s.enrolmentNo(), s.caseNo() + "/" + s.documentId(), s.caseNo());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("personName").asText()).isEqualTo(s.name());
            assertThat(r.get("personIdNumber").asText()).doesNotContain(s.idNumber().substring(6, 14))
                    .endsWith(s.idNumber().substring(17));
            assertThat(r.get("clientIp").asText()).isIn(LOOPBACK);
            assertThat(r.get("userAgent").asText()).startsWith("Java-http-client");
        });
        // The export: one row per exported person, each naming the village and the file's size.
        JsonNode export = rows.get(0);
        assertThat(export.get("scopeName").asText()).isEqualTo("高岭村");
        long exportRows = jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE id > ? AND action = 'ROSTER_EXPORT'"
                + " AND username = ?", Long.class, exportedBefore, CLERK);
        long enrolled = jdbc.queryForObject("SELECT COUNT(*) FROM care_enrolment WHERE village_code = ?", Long.class,
                VILLAGE);
        assertThat(exportRows).isEqualTo(enrolled).isEqualTo(export.get("itemCount").asLong());

        // Filters: by name, by user (account or display name), by action, by Beijing-time day.
        assertThat(items(admin.get("/api/audit/access-log?name=" + s.name()))).hasSize(4);
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&user=" + OFFICER)))
                .extracting(r -> r.get("action").asText()).containsExactly("CASE_VIEW");
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&user=郑丹")))
                .hasSize(3);
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&action=DOCUMENT_DOWNLOAD")))
                .extracting(r -> r.get("resource").asText()).containsExactly(s.caseNo() + "/" + s.documentId());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&from=" + today + "&to="
                + today))).hasSize(4);
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&from=" + today.plusDays(1))))
                .isEmpty();
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&to=" + today.minusDays(1))))
                .isEmpty();
        Response paged = admin.get("/api/audit/access-log?idNumber=" + s.idNumber() + "&page=1&size=3");
        assertThat(paged.json().get("total").asLong()).isEqualTo(4);
        assertThat(items(paged)).extracting(r -> r.get("action").asText()).containsExactly("CASE_VIEW");

        // Searching the log is logged too (after the answer is read, so the next search shows it).
        items(admin.get("/api/audit/access-log?action=AUDIT_SEARCH&user=admin&size=1"));
        List<JsonNode> searches = items(admin.get("/api/audit/access-log?action=AUDIT_SEARCH&user=admin&size=1"));
        assertThat(searches.get(0).get("resource").asText()).isEqualTo("用户=admin 操作=AUDIT_SEARCH");
        assertThat(searches.get(0).get("userName").asText()).isEqualTo("系统管理员");
    }

    @Test
    void searchesAndOtherPersonalDataReadsAreLoggedToo() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        ApiClient admin = ApiClient.signedIn(port, "admin");
        Subject s = subject(officer, "审计乙");
        assertThat(officer.get("/api/cases?q=审计乙").status()).isEqualTo(200);
        assertThat(officer.get("/api/cases/" + s.caseNo() + "/card").status()).isEqualTo(404);
        List<JsonNode> searches = items(admin.get("/api/audit/access-log?action=PERSON_SEARCH&user=" + OFFICER));
        assertThat(searches.get(0).get("resource").asText()).isEqualTo("审计乙");
        assertThat(searches.get(0).get("itemCount").asInt()).isEqualTo(1);
        // A refused read (no card yet) shows nothing and logs nothing.
        assertThat(items(admin.get("/api/audit/access-log?idNumber=" + s.idNumber()))).isEmpty();
    }

    @Test
    void onlyAdminsSearchTheLog() {
        for (String user : List.of("manager", CLERK, OFFICER, "cadre1", "provider1", "charity1")) {
            Response r = ApiClient.signedIn(port, user).get("/api/audit/access-log");
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(new ApiClient(port).get("/api/audit/access-log").status()).isEqualTo(401);
        assertThat(ApiClient.signedIn(port, "admin").get("/api/audit/access-log?idNumber=12345").status())
                .isEqualTo(400);
    }

    @Test
    void theApiHasNoWayToChangeOrDeleteLogRows() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        items(admin.get("/api/audit/access-log"));
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM access_log", Long.class);
        String before = jdbc.queryForObject("SELECT resource FROM access_log WHERE id = ?", String.class, id);
        for (String path : List.of("/api/audit/access-log", "/api/audit/access-log/" + id)) {
            assertThat(admin.post(path, Map.of("resource", "x")).status()).as(path).isIn(404, 405);
            assertThat(admin.put(path, Map.of("resource", "x")).status()).as(path).isIn(404, 405);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT resource FROM access_log WHERE id = ?", String.class, id))
                .isEqualTo(before);
        // The published API has reads only under /api/audit.
        JsonNode paths = admin.get("/v3/api-docs").json().get("paths");
        List<String> methods = new ArrayList<>();
        paths.fieldNames().forEachRemaining(p -> {
            if (p.startsWith("/api/audit")) {
                paths.get(p).fieldNames().forEachRemaining(methods::add);
            }
        });
        assertThat(methods).containsExactly("get");
    }

    @Test
    void theDailyPurgeDeletesOnlyRowsOlderThanTheRetention() {
        assertThat(retention.retention()).isEqualTo(Duration.ofDays(180));
        var now = clock.instant();
        String insert = "INSERT INTO access_log (occurred_at, username, action, resource, client_ip)"
                + " VALUES (?, 'purge-test', 'CASE_VIEW', ?, '127.0.0.1')";
        jdbc.update(insert, AccessLog.utc(now.minus(Duration.ofDays(181))), "old");
        jdbc.update(insert, AccessLog.utc(now.minus(Duration.ofDays(180)).plus(Duration.ofHours(1))), "edge");
        jdbc.update(insert, AccessLog.utc(now.minus(Duration.ofDays(30))), "young");
        assertThat(retention.purge()).isPositive();
        assertThat(jdbc.queryForList("SELECT resource FROM access_log WHERE username = 'purge-test' ORDER BY id",
                String.class)).containsExactly("edge", "young");
    }

    @Test
    void aReadWhoseLogRowCannotBeWrittenIsRefused() {
        ApiClient officer = ApiClient.signedIn(port, OFFICER);
        Subject s = subject(officer, "审计丙");
        jdbc.execute("ALTER TABLE access_log RENAME TO access_log_off");
        try {
            Response r = officer.get("/api/cases/" + s.caseNo());
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.body()).doesNotContain("13912345678").doesNotContain("高岭村二组8号");
            assertThat(officer.get("/api/care/enrolments/" + s.enrolmentNo()).status()).isEqualTo(503);
        } finally {
            jdbc.execute("ALTER TABLE access_log_off RENAME TO access_log");
        }
        assertThat(officer.get("/api/cases/" + s.caseNo()).status()).isEqualTo(200);
    }
}
