package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.SelfCare;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The care API as its users call it: roles, org scope, validation, problem details, Excel. */
@IntegrationTest
class CareApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] PDF = "%PDF-1.4 not a photo".getBytes();

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CareTestFixtures fixtures;

    /** Moves the engine clock (and the app's) to a Beijing wall-clock time. */
    static Instant at(LocalDate day, int hour, int minute) {
        return clock.at(day, hour, minute);
    }

    static Map<String, Object> visitAt(Instant visitedAt, String lateEntryReason) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("visitedAt", visitedAt.toString());
        b.put("mode", "PHONE");
        b.put("met", "本人");
        b.put("findings", "身体尚可");
        b.put("risk", "NONE");
        if (lateEntryReason != null) {
            b.put("lateEntryReason", lateEntryReason);
        }
        return b;
    }

    private long visitCount(String no) {
        return jdbc.queryForObject("select count(*) from care_visit v join care_enrolment e on e.id = v.enrolment_id"
                + " where e.enrolment_no = ?", Long.class, no);
    }

    private JsonNode rosterRow(ApiClient client, String no) {
        for (JsonNode row : client.get("/api/care/enrolments?villageCode=" + VILLAGE + "&size=200").json().get("items")) {
            if (no.equals(row.get("enrolmentNo").asText())) {
                return row;
            }
        }
        throw new AssertionError(no + " not in the roster");
    }

    static Map<String, Object> facts(boolean alone, String selfCare, boolean remote, int neighbours) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("livesAlone", alone);
        f.put("selfCare", selfCare);
        f.put("remoteDwelling", remote);
        f.put("neighboursNearby", neighbours);
        f.put("seriousIllnessOrDisability", false);
        f.put("carerInDifficulty", false);
        f.put("legalSupporterPresent", false);
        f.put("supportLacking", false);
        return f;
    }

    static Map<String, Object> enrolBody(String idNumber, String village) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "接口测试");
        b.put("idNumber", idNumber);
        b.put("phone", "13900000000");
        b.put("address", "柳岸村3组");
        b.put("villageCode", village);
        b.put("group", "EMPTY_NEST_LEFT_BEHIND_ELDERLY");
        b.put("facts", facts(false, "PARTIAL", false, 2));
        return b;
    }

    private String enrolAndGrade(ApiClient officer) {
        Response r = officer.post("/api/care/enrolments", enrolBody(Leads.newIdNumber(), VILLAGE));
        assertThat(r.status()).isEqualTo(201);
        String no = r.json().get("enrolmentNo").asText();
        assertThat(r.json().get("proposedLevel").asInt()).isEqualTo(2);
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();
        Response done = officer.post("/api/tasks/" + t.getId() + "/care-grading", Map.of("level", 2, "meetingOn", "2026-11-20"));
        assertThat(done.status()).isEqualTo(204);
        return no;
    }

    static Map<String, Object> visitBody(String risk) {
        // Ten minutes ago, but never before today's Beijing midnight: a visit from yesterday is not today's.
        Instant todayStart = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        Instant tenMinutesAgo = Instant.now().minusSeconds(600);
        Instant visitedAt = tenMinutesAgo.isBefore(todayStart) ? todayStart : tenMinutesAgo;
        return Map.of("visitedAt", visitedAt.toString(), "mode", "HOME", "met", "本人",
                "findings", "身体尚可", "risk", risk);
    }

    @Test
    void enrolmentIsValidatedAndScoped() {
        ApiClient anonymous = new ApiClient(port);
        Response unauth = anonymous.get("/api/care/enrolments");
        assertThat(unauth.status()).isEqualTo(401);
        assertThat(unauth.isProblem()).isTrue();

        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        Map<String, Object> bad = enrolBody("360199195003019999", VILLAGE);
        Response invalid = officer.post("/api/care/enrolments", bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.body()).contains("idNumber");

        Map<String, Object> missingFacts = enrolBody(Leads.newIdNumber(), VILLAGE);
        missingFacts.put("facts", Map.of("livesAlone", true));
        assertThat(officer.post("/api/care/enrolments", missingFacts).status()).isEqualTo(400);

        Response otherVillage = officer.post("/api/care/enrolments", enrolBody(Leads.newIdNumber(), "360199001001"));
        assertThat(otherVillage.status()).isEqualTo(403);
        assertThat(otherVillage.isProblem()).isTrue();

        ApiClient provider = ApiClient.signedIn(port, "provider1");
        assertThat(provider.get("/api/care/enrolments").status()).isEqualTo(403);

        String id = Leads.newIdNumber();
        Response first = officer.post("/api/care/enrolments", enrolBody(id, VILLAGE));
        assertThat(first.status()).isEqualTo(201);
        String no = first.json().get("enrolmentNo").asText();
        Response twice = officer.post("/api/care/enrolments", enrolBody(id, VILLAGE));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains(no);

        // Another village's officer neither lists nor opens it.
        ApiClient stranger = ApiClient.signedIn(port, "vo001001");
        assertThat(stranger.get("/api/care/enrolments/" + no).status()).isEqualTo(404);
        assertThat(stranger.get("/api/care/enrolments?size=200").body()).doesNotContain(no);
        ApiClient street = ApiClient.signedIn(port, "street002");
        JsonNode view = street.get("/api/care/enrolments/" + no).json();
        assertThat(view.get("maskedIdNumber").asText()).contains("****").isNotEqualTo(id);
        assertThat(street.get("/api/care/enrolments/" + no).body()).doesNotContain(id);
    }

    @Test
    void gradingTaskNeedsAReasonToOverrideAndCannotBeCompletedTwice() {
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        Response r = officer.post("/api/care/enrolments", enrolBody(Leads.newIdNumber(), VILLAGE));
        String no = r.json().get("enrolmentNo").asText();
        Task t = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();
        assertThat(officer.get("/api/tasks/" + t.getId()).json().get("formKey").asText()).isEqualTo("app:care-grading");

        Response noReason = officer.post("/api/tasks/" + t.getId() + "/care-grading", Map.of("level", 3));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(jdbc.queryForObject("select care_level from care_enrolment where enrolment_no = ?", Integer.class, no)).isNull();

        assertThat(officer.post("/api/tasks/" + t.getId() + "/care-grading",
                Map.of("level", 3, "reason", "独居且子女长期在外")).status()).isEqualTo(204);
        Response again = officer.post("/api/tasks/" + t.getId() + "/care-grading", Map.of("level", 3, "reason", "x"));
        assertThat(again.status()).isIn(404, 409);
        assertThat(again.isProblem()).isTrue();
        JsonNode view = officer.get("/api/care/enrolments/" + no).json();
        assertThat(view.get("level").asInt()).isEqualTo(3);
        assertThat(view.get("responsibleUsername").asText()).isEqualTo("cadre2");
    }

    @Test
    void visitsTakeAPhotoCheckItAndEndWarnings() {
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        String no = enrolAndGrade(officer);
        ApiClient cadre = ApiClient.signedIn(port, "vc002003");
        JsonNode mine = cadre.get("/api/care/enrolments?mine=true&size=200").json();
        assertThat(mine.get("items").findValuesAsText("enrolmentNo")).contains(no);

        Response wrongType = cadre.multipart("/api/care/enrolments/" + no + "/visits", List.of(
                Part.json("visit", visitBody("NONE")), Part.file("photo", "a.jpg", "image/jpeg", PDF)));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("photo");
        assertThat(jdbc.queryForObject("select count(*) from care_visit v join care_enrolment e on e.id = v.enrolment_id"
                + " where e.enrolment_no = ?", Long.class, no)).isZero();

        Response major = cadre.multipart("/api/care/enrolments/" + no + "/visits", List.of(
                Part.json("visit", visitBody("MAJOR")), Part.file("photo", "a.png", "image/png", PNG)));
        assertThat(major.status()).isEqualTo(201);
        long visitId = major.json().get("visitId").asLong();
        CareTestFixtures.runWarningStarts(engine);
        JsonNode view = cadre.get("/api/care/enrolments/" + no).json();
        assertThat(view.get("warning").get("kind").asText()).isEqualTo("MAJOR_RISK");
        assertThat(view.get("visitStatus").asText()).isEqualTo("DONE");
        assertThat(view.get("visits").get(0).get("hasPhoto").asBoolean()).isTrue();
        assertThat(cadre.download("/api/care/visits/" + visitId + "/photo")).isEqualTo(PNG);
        // The warning task is the cadre's, with the visit screen.
        Task warningTask = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("visitNow").singleResult();
        assertThat(warningTask.getAssignee()).isEqualTo("vc002003");

        Response calm = cadre.multipart("/api/care/enrolments/" + no + "/visits", List.of(Part.json("visit", visitBody("NONE"))));
        assertThat(calm.status()).isEqualTo(201);
        assertThat(cadre.get("/api/care/enrolments/" + no).json().get("warning").isNull()).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).count()).isZero();

        ApiClient stranger = ApiClient.signedIn(port, "vc001001");
        assertThat(stranger.multipart("/api/care/enrolments/" + no + "/visits",
                List.of(Part.json("visit", visitBody("NONE")))).status()).isEqualTo(404);
        assertThat(stranger.get("/api/care/visits/" + visitId + "/photo").status()).isEqualTo(404);
    }

    @Test
    void aVisitMoreThanThreeDaysBackNeedsAReasonAndIsMarkedCountedInBeijingDays() throws Exception {
        // 00:05 Beijing on Tuesday 2026-11-24 is still Monday 16:05 UTC.
        LocalDate today = LocalDate.of(2026, 11, 24);
        Instant now = at(today, 0, 5);
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        String no = enrolAndGrade(officer);
        String path = "/api/care/enrolments/" + no + "/visits";
        Instant dayN = today.minusDays(3).atStartOfDay(CarePolicy.ZONE).toInstant(); // 3 days back: on time
        Instant dayNPlus1 = dayN.minusSeconds(60); // 23:59 four days back (only three in UTC): late

        Response noReason = officer.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, null))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("lateEntryReason");
        assertThat(officer.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, "  ")))).status()).isEqualTo(400);
        Response tooLong = officer.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, "原".repeat(101)))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("lateEntryReason");
        assertThat(officer.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, "山路\n塌方")))).status())
                .isEqualTo(400);
        // Still refused: the future, and someone outside the village (404, as if the person did not exist).
        Response future = officer.multipart(path, List.of(Part.json("visit", visitAt(now.plusSeconds(3600), "补录"))));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("visitedAt");
        ApiClient stranger = ApiClient.signedIn(port, "vo001001");
        assertThat(stranger.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, "外村补录")))).status())
                .isEqualTo(404);
        assertThat(visitCount(no)).isZero();

        Response late = officer.multipart(path, List.of(Part.json("visit", visitAt(dayNPlus1, "村道塌方，返回后补录"))));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.json().get("lateEntry").asBoolean()).isTrue();
        assertThat(late.json().get("countsForSchedule").asBoolean()).isTrue();
        JsonNode row = rosterRow(officer, no);
        assertThat(row.get("lastVisitOn").asText()).isEqualTo("2026-11-20");
        assertThat(row.get("lastVisitLateEntry").asBoolean()).isTrue();
        assertThat(row.get("lastVisitLateReason").asText()).isEqualTo("村道塌方，返回后补录");
        JsonNode view = officer.get("/api/care/enrolments/" + no).json();
        assertThat(view.get("visits").get(0).get("lateEntry").asBoolean()).isTrue();
        assertThat(view.get("visits").get(0).get("lateEntryReason").asText()).isEqualTo("村道塌方，返回后补录");
        assertThat(view.get("timeline").get(0).get("detail").asText()).contains("补录").contains("村道塌方");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                officer.download("/api/care/roster.xlsx?villageCode=" + VILLAGE)))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).contains("最近走访补录").contains("补录：村道塌方，返回后补录");
        }

        // Exactly three days back at Beijing midnight needs no reason; the last visit is then an on-time one.
        Response onTime = officer.multipart(path, List.of(Part.json("visit", visitAt(dayN, null))));
        assertThat(onTime.status()).isEqualTo(201);
        assertThat(onTime.json().get("lateEntry").asBoolean()).isFalse();
        row = rosterRow(officer, no);
        assertThat(row.get("lastVisitOn").asText()).isEqualTo("2026-11-21");
        assertThat(row.get("lastVisitLateEntry").asBoolean()).isFalse();
        assertThat(row.get("lastVisitLateReason").isNull()).isTrue();
        assertThat(officer.get("/api/care/policy").json().get("lateEntryDays").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForList("select late_entry_reason from care_visit v join care_enrolment e"
                + " on e.id = v.enrolment_id where e.enrolment_no = ? order by v.visited_at", String.class, no))
                .containsExactly("村道塌方，返回后补录", null);
    }

    @Test
    void aBackdatedVisitLeavesTheWarningAndItsTaskOpenAndACurrentLateVisitEndsIt() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        at(today, 10, 0);
        CareFacts level2 = new CareFacts(false, SelfCare.PARTIAL, false, 2, false, false, false, false);
        String no = fixtures.gradedAndVisited("补录预警对象", VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, level2, 12);
        fixtures.sweepToday();
        ApiClient cadre = ApiClient.signedIn(port, "vc002003");
        String path = "/api/care/enrolments/" + no + "/visits";
        JsonNode before = cadre.get("/api/care/enrolments/" + no).json();
        assertThat(before.get("warning").get("kind").asText()).isEqualTo("LAPSE");
        assertThat(before.get("nextDueOn").asText()).isEqualTo(today.minusDays(5).toString());

        Instant beforeLast = today.minusDays(13).atTime(9, 0).atZone(CarePolicy.ZONE).toInstant();
        Response history = cadre.multipart(path, List.of(Part.json("visit", visitAt(beforeLast, "整理旧台账时补录"))));
        assertThat(history.status()).isEqualTo(201);
        assertThat(history.json().get("countsForSchedule").asBoolean()).isFalse();
        assertThat(history.json().get("lapseWarningOpen").asBoolean()).isTrue();
        JsonNode after = cadre.get("/api/care/enrolments/" + no).json();
        assertThat(after.get("warning").get("kind").asText()).isEqualTo("LAPSE");
        assertThat(after.get("nextDueOn").asText()).isEqualTo(today.minusDays(5).toString());
        assertThat(after.get("lastVisitOn").asText()).isEqualTo(today.minusDays(12).toString());
        assertThat(after.get("visitStatus").asText()).isEqualTo("OVERDUE");
        assertThat(after.get("visits")).hasSize(2);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("visitNow").count())
                .isEqualTo(1);

        // Six days back (late, with its reason) and 6 < 7 days of level 2: current after it, so the warning ends.
        Instant withinInterval = today.minusDays(6).atTime(15, 0).atZone(CarePolicy.ZONE).toInstant();
        Response current = cadre.multipart(path, List.of(Part.json("visit", visitAt(withinInterval, "手机没电，今日补录"))));
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("lapseWarningOpen").asBoolean()).isFalse();
        JsonNode done = cadre.get("/api/care/enrolments/" + no).json();
        assertThat(done.get("warning").isNull()).isTrue();
        assertThat(done.get("nextDueOn").asText()).isEqualTo(today.plusDays(1).toString());
        assertThat(done.get("lastVisitLateEntry").asBoolean()).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
    }

    @Test
    void reassignmentOnlyToCadresOfTheRightLevelAndEmergenciesOnlyByManagers() {
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        String no = enrolAndGrade(officer);
        Response wrong = officer.put("/api/care/enrolments/" + no + "/responsible",
                Map.of("username", "cadre2", "reason", "调整"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(officer.get("/api/care/enrolments/" + no + "/responsible-candidates").body()).contains("vc002003");

        ApiClient street = ApiClient.signedIn(port, "street002");
        Response notAllowed = street.post("/api/care/emergencies",
                Map.of("orgCode", "360199002", "reason", "台风", "startsOn", "2026-11-23"));
        assertThat(notAllowed.status()).isEqualTo(403);
        assertThat(notAllowed.isProblem()).isTrue();
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response badDates = manager.post("/api/care/emergencies",
                Map.of("orgCode", "360199002", "reason", "台风", "startsOn", "2026-11-23", "endsOn", "2026-11-01"));
        assertThat(badDates.status()).isEqualTo(400);
        assertThat(manager.get("/api/care/policy").json().get("levels").get(0).get("warnAfterDays").asInt()).isEqualTo(5);
    }

    @Test
    void rosterExportsAndImportsExcelRowByRow() throws Exception {
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        String no = enrolAndGrade(officer);
        byte[] xlsx = officer.download("/api/care/roster.xlsx");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).contains(no).contains("二级").doesNotContain("360199001001");
        }

        // The blank template sent back unchanged imports nobody: its example row is skipped.
        byte[] template = officer.download("/api/care/roster/template.xlsx");
        String xlsx0 = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response untouched = officer.multipart("/api/care/roster/import?mode=valid-only",
                List.of(Part.file("file", "template.xlsx", xlsx0, template)));
        assertThat(untouched.status()).isEqualTo(200);
        assertThat(untouched.json().get("totalRows").asInt()).isZero();
        assertThat(untouched.json().get("imported").asInt()).isZero();

        // A file with one good and one bad row.
        byte[] file;
        String goodId = Leads.newIdNumber();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "姓名".equals(r.getCell(0).toString())) {
                    header = r;
                    break;
                }
            }
            Row example = sheet.getRow(header.getRowNum() + 1);
            Map<String, Integer> col = new LinkedHashMap<>();
            header.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            example.getCell(col.get("姓名")).setCellValue("导入测试");
            example.getCell(col.get("备注")).setCellValue("");
            example.getCell(col.get("身份证号")).setCellValue(goodId);
            example.getCell(col.get("村(社区)代码")).setCellValue(VILLAGE);
            Row bad = sheet.createRow(example.getRowNum() + 1);
            for (var c : example) {
                bad.createCell(c.getColumnIndex()).setCellValue(c.toString());
            }
            bad.getCell(col.get("500米内在家邻居(户)")).setCellValue(0);
            bad.getCell(col.get("身份证号")).setCellValue("360199195003019999");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response check = officer.multipart("/api/care/roster/import?mode=check",
                List.of(Part.file("file", "roster.xlsx", xlsxType, file)));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("validRows").asInt()).isEqualTo(1);
        assertThat(check.json().get("errors")).hasSize(1);
        assertThat(check.json().get("imported").asInt()).isZero();

        Response all = officer.multipart("/api/care/roster/import?mode=all",
                List.of(Part.file("file", "roster.xlsx", xlsxType, file)));
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.isProblem()).isTrue();
        assertThat(countPerson(goodId)).isZero();

        Response good = officer.multipart("/api/care/roster/import?mode=valid-only",
                List.of(Part.file("file", "roster.xlsx", xlsxType, file)));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("imported").asInt()).isEqualTo(1);
        assertThat(countPerson(goodId)).isEqualTo(1);

        Response notExcel = officer.multipart("/api/care/roster/import?mode=check",
                List.of(Part.file("file", "roster.xlsx", xlsxType, PDF)));
        assertThat(notExcel.status()).isEqualTo(400);
    }

    private long countPerson(String idNumber) {
        return jdbc.queryForObject("select count(*) from care_enrolment e join person p on p.id = e.person_id"
                + " where p.id_number = ?", Long.class, idNumber);
    }
}
