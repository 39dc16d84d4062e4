package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TempAidFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The temporary-assistance API as village, street, district and others call it: scope (out of the
 * subtree is 404, wrong role 403), garbage is 400, two identical applications at once give one 201
 * and one 409, the per-person yearly ledger and the monthly payment list (.xlsx, by payment date).
 */
@IntegrationTest
class TemporaryAidApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    /** A past Monday; payments of this class fall in July 2026. */
    static final LocalDate D0 = LocalDate.of(2026, 7, 6);

    @LocalServerPort int port;
    @Autowired TempAidFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    ApiClient officer;
    ApiClient street;

    @BeforeEach
    void setUp() {
        clock.at(D0, 9, 0);
        officer = ApiClient.signedIn(port, OFFICER);
        street = ApiClient.signedIn(port, STREET_CLERK);
    }

    private long personOf(String applicationNo) {
        return jdbc.queryForObject("select person_id from temp_aid_application where application_no = ?", Long.class,
                applicationNo);
    }

    @Test
    void onlyTheApplicationsOwnSubtreeSeesItAndOnlyFrontLineStaffApply() {
        String no = apply(officer, "临救己", D0, "300");
        assertThat(street.get("/api/temporary-aid/" + no).status()).isEqualTo(200);
        assertThat(ApiClient.signedIn(port, "manager").get("/api/temporary-aid/" + no).status()).isEqualTo(200);
        assertThat(ApiClient.signedIn(port, "admin").get("/api/temporary-aid/" + no).status()).isEqualTo(200);
        // Another street and another village: 404, as if it did not exist.
        ApiClient otherStreet = ApiClient.signedIn(port, "street001");
        assertThat(otherStreet.get("/api/temporary-aid/" + no).status()).isEqualTo(404);
        assertThat(ApiClient.signedIn(port, "vo003001").get("/api/temporary-aid/" + no).status()).isEqualTo(404);
        assertThat(otherStreet.get("/api/temporary-aid?size=100").json().get("items").findValuesAsText("applicationNo"))
                .doesNotContain(no);
        assertThat(otherStreet.get("/api/temporary-aid/ledger?personId=" + personOf(no) + "&year=2026").status())
                .isEqualTo(404);
        // Providers, charities and cadres have no business here.
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/temporary-aid/" + no).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "cadre1").get("/api/temporary-aid?size=5").status()).isEqualTo(403);
        // The district does not apply (the street office or village does), and nobody applies outside their scope.
        Response byManager = ApiClient.signedIn(port, "manager").post("/api/temporary-aid",
                application("临救庚", Leads.newIdNumber(), "ACCIDENT", D0, "100"));
        assertThat(byManager.status()).isEqualTo(403);
        Response outside = otherStreet.post("/api/temporary-aid",
                application("临救庚", Leads.newIdNumber(), "ACCIDENT", D0, "100"));
        assertThat(outside.status()).isEqualTo(404);
        // The street clerk of another street cannot take the assessment either.
        String taskId = fixtures.task(no, TemporaryAidProcesses.TASK_ASSESS).getId();
        assertThat(otherStreet.post("/api/tasks/" + taskId + "/tempaid-assess", Map.of("decision", "GRANT", "amount", 100))
                .status()).isEqualTo(404);
        // The list shows the caller's open step.
        JsonNode row = null;
        for (JsonNode r : street.get("/api/temporary-aid?size=100&status=ASSESSING").json().get("items")) {
            if (r.get("applicationNo").asText().equals(no)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("taskId").asText()).isEqualTo(taskId);
        assertThat(row.get("taskKey").asText()).isEqualTo("assessAid");
    }

    @Test
    void garbageIsRefusedWith400() {
        Map<String, Object> good = application("临救辛", Leads.newIdNumber(), "ACCIDENT", D0, "100");
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(with(good, "amountRequested", new BigDecimal("0")));
        bad.add(with(good, "amountRequested", new BigDecimal("-5")));
        bad.add(with(good, "amountRequested", new BigDecimal("10.005")));
        bad.add(with(good, "amountRequested", "一百"));
        bad.add(with(good, "eventType", "FLOOD"));
        bad.add(with(good, "eventOn", D0.plusDays(1).toString())); // the future
        bad.add(with(good, "eventOn", "2026-13-01"));
        bad.add(with(good, "idNumber", "3601991950030112")); // 16 digits
        bad.add(with(good, "villageCode", "360199003")); // a street, not a village
        bad.add(with(good, "eventDescription", ""));
        bad.add(with(good, "unknownField", "x"));
        Map<String, Object> noPerson = new HashMap<>(good);
        noPerson.remove("idNumber");
        bad.add(noPerson);
        for (Map<String, Object> body : bad) {
            Response r = officer.post("/api/temporary-aid", body);
            assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(officer.get("/api/temporary-aid/monthly.xlsx?month=2026-13").status()).isEqualTo(400);
        assertThat(officer.get("/api/temporary-aid/ledger?personId=abc&year=2026").status()).isEqualTo(400);
        assertThat(officer.get("/api/temporary-aid/XX123").status()).isEqualTo(400);
        assertThat(officer.get("/api/temporary-aid/LS209901999").status()).isEqualTo(404);
        assertThat(officer.get("/api/temporary-aid?status=NOPE").status()).isEqualTo(400);
        // A task screen refuses a missing decision and the generic completion refuses the domain task.
        String no = apply(officer, "临救壬", D0, "200");
        String taskId = fixtures.task(no, TemporaryAidProcesses.TASK_ASSESS).getId();
        assertThat(street.post("/api/tasks/" + taskId + "/tempaid-assess", Map.of("amount", 100)).status()).isEqualTo(400);
        assertThat(street.post("/api/tasks/" + taskId + "/tempaid-assess", Map.of("decision", "GRANT")).status())
                .isEqualTo(400);
        Response generic = street.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of()));
        assertThat(generic.status()).as(generic.body()).isEqualTo(409);
        assertThat(generic.body()).contains("tempaid-assess");
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void twoIdenticalApplicationsAtOnceGiveOne201AndOne409() throws Exception {
        String id = Leads.newIdNumber();
        // The person exists first, so both requests race on the application alone.
        apply(officer, "临救癸", D0.minusDays(30), "100");
        String existing = jdbc.queryForObject("select p.id_number from person p join temp_aid_application a"
                + " on a.person_id = p.id where p.name = '临救癸' order by a.id desc limit 1", String.class);
        ApiClient second = ApiClient.signedIn(port, STREET_CLERK);
        CyclicBarrier barrier = new CyclicBarrier(2);
        Map<String, Object> body = application("临救癸", existing, "NECESSARY_EXPENSE", D0.minusDays(1), "900");
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return officer.post("/api/temporary-aid", body);
        });
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return second.post("/api/temporary-aid", body);
        });
        List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
        statuses.sort(null);
        assertThat(statuses).as(a.get().body() + " / " + b.get().body()).containsExactly(201, 409);
        assertThat(id).isNotBlank();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLedgerCountsPaymentsOfTheYearOnlyAndTheMonthlyListIsByPaymentDate() throws Exception {
        String id = Leads.newIdNumber();
        ApiClient manager = ApiClient.signedIn(port, "manager");
        // Paid in July: counted.
        String paid = created(officer.post("/api/temporary-aid", application("临救子", id, "ACCIDENT", D0.minusDays(5), "1200")));
        assertThat(fixtures.assess(street, paid, "GRANT", "1200", null).status()).isEqualTo(204);
        assertThat(fixtures.pay(street, paid, D0, "1100.25").status()).isEqualTo(204);
        // District-approved and paid on 31 July: counted, and in July's list.
        String big = created(officer.post("/api/temporary-aid", application("临救子", id, "SUDDEN_ILLNESS", D0.minusDays(4), "6000")));
        assertThat(fixtures.assess(street, big, "REFER", "6000", null).status()).isEqualTo(204);
        assertThat(fixtures.approve(manager, big, true, "5000", null).status()).isEqualTo(204);
        clock.at(LocalDate.of(2026, 7, 31), 23, 30);
        assertThat(fixtures.pay(street, big, LocalDate.of(2026, 7, 31), "5000").status()).isEqualTo(204);
        // Granted, paid on 3 August: August's list, not July's.
        clock.at(LocalDate.of(2026, 8, 3), 9, 0);
        String august = created(officer.post("/api/temporary-aid", application("临救子", id, "OTHER", D0.minusDays(3), "300")));
        assertThat(fixtures.assess(street, august, "GRANT", "300", null).status()).isEqualTo(204);
        assertThat(fixtures.pay(street, august, LocalDate.of(2026, 8, 3), "300").status()).isEqualTo(204);
        // Refused, and granted but not yet paid: listed, never counted.
        String refused = created(officer.post("/api/temporary-aid", application("临救子", id, "NECESSARY_EXPENSE", D0.minusDays(2), "500")));
        assertThat(fixtures.assess(street, refused, "REFUSE", null, "不符合条件").status()).isEqualTo(204);
        String unpaid = created(officer.post("/api/temporary-aid", application("临救子", id, "ACCIDENT", D0.minusDays(1), "700")));
        assertThat(fixtures.assess(street, unpaid, "GRANT", "700", null).status()).isEqualTo(204);

        long personId = personOf(paid);
        JsonNode ledger = officer.get("/api/temporary-aid/ledger?personId=" + personId + "&year=2026").json();
        assertThat(new BigDecimal(ledger.get("totalPaid").asText())).isEqualByComparingTo("6400.25");
        assertThat(ledger.get("paidCount").asInt()).isEqualTo(3);
        assertThat(ledger.get("entries").findValuesAsText("applicationNo")).containsExactlyInAnyOrder(paid, big, august,
                refused, unpaid);
        JsonNode other = officer.get("/api/temporary-aid/ledger?personId=" + personId + "&year=2025").json();
        assertThat(new BigDecimal(other.get("totalPaid").asText())).isEqualByComparingTo("0");
        assertThat(other.get("entries").size()).isZero();

        Map<String, List<Object>> july = rows(street.download("/api/temporary-aid/monthly.xlsx?month=2026-07"));
        assertThat(july).containsKeys(paid, big).doesNotContainKeys(august, refused, unpaid);
        assertThat(july.get(paid)).containsSequence("临救子");
        assertThat(july.get(paid).get(3).toString()).contains("*"); // the ID number is masked
        assertThat(july.get(paid)).contains(1100.25, "银行转账", "街道先行救助", "2026-07-06");
        assertThat(july.get(big)).contains(5000.0, "区民政局审批", "2026-07-31");
        Map<String, List<Object>> aug = rows(street.download("/api/temporary-aid/monthly.xlsx?month=2026-08"));
        assertThat(aug).containsKey(august).doesNotContainKeys(paid, big);
        // Another street's list does not show them.
        assertThat(rows(ApiClient.signedIn(port, "street001").download("/api/temporary-aid/monthly.xlsx?month=2026-07")))
                .doesNotContainKeys(paid, big);
        // The export is in the access log, one row per person listed.
        assertThat(jdbc.queryForObject("select count(*) from access_log where action = 'TEMPORARY_AID_LIST'"
                + " and person_id = ?", Long.class, personId)).isGreaterThanOrEqualTo(2);
    }

    private static String created(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("applicationNo").asText();
    }

    /** The list's data rows by application number: each cell as text, number or yyyy-MM-dd. */
    private static Map<String, List<Object>> rows(byte[] xlsx) throws Exception {
        Map<String, List<Object>> out = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(MonthlyExcel.SHEET);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("申请编号");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(1) == null) {
                    continue; // the total
                }
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < MonthlyExcel.HEADERS.length; c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cells.add(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getNumericCellValue());
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                out.put(row.getCell(1).getStringCellValue(), cells);
            }
        }
        return out;
    }
}
