package cn.civilaffairs.assist.reports;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * KPIs for a known small data set (石桥镇, March 2031, far from any demo data), the scope rules (a
 * street clerk sees his street only: 403 for another), bad input (400), and reports produced on
 * demand, listed and downloaded.
 */
@Tag("db")
@IntegrationTest
class ReportApiTest {
    static final String STREET = "360199003";
    // Two villages of this test's own under 石桥镇: other tests of the same context leave orders and leads in the
    // demo villages (open orders count in every later month), so exact village figures need villages no one else uses.
    static final String V1 = "360199003903";
    static final String V2 = "360199003904";
    static final String PROVIDER = "P360199001";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    long case1;
    long case2;
    long case3;

    long insertCase(String no, String village, String createdUtc) {
        jdbc.update("insert into service_case (case_no, village_code, subject_name, status, created_at, created_by,"
                + " updated_at) values (?, ?, '测试对象', 'SERVING', ?, 'test', ?)", no, village,
                java.sql.Timestamp.valueOf(createdUtc), java.sql.Timestamp.valueOf(createdUtc));
        return jdbc.queryForObject("select id from service_case where case_no = ?", Long.class, no);
    }

    void insertCard(long caseId, String cardNo, String issuedUtc) {
        jdbc.update("insert into service_card (case_id, card_no, valid_from, valid_to, status, issued_at, issued_by)"
                + " values (?, ?, DATE '2031-01-01', DATE '2033-12-31', 'VALID', ?, 'test')", caseId, cardNo,
                java.sql.Timestamp.valueOf(issuedUtc));
    }

    long insertDelivery(long orderId, long caseId, String village, String day, String method, int minutes,
            String amount) {
        jdbc.update("insert into service_delivery (order_id, provider_code, street_code, village_code, case_id,"
                + " item_code, staff_username, service_date, start_time, end_time, minutes, quantity, unit_price,"
                + " amount, status, confirmed_at, confirm_method, created_at) values (?, ?, ?, ?, ?, 'MEAL_DELIVERY',"
                + " 'provider1', ?, TIME '09:00:00', TIME '10:00:00', ?, 1, ?, ?, 'CONFIRMED', ?, ?, ?)",
                orderId, PROVIDER, STREET, village, caseId, java.sql.Date.valueOf(day), minutes,
                new java.math.BigDecimal(amount), new java.math.BigDecimal(amount),
                java.sql.Timestamp.valueOf(day + " 03:00:00"), method, java.sql.Timestamp.valueOf(day + " 03:00:00"));
        return jdbc.queryForObject("select max(id) from service_delivery", Long.class);
    }

    long insertEnrolment(String no, String village, String status, Integer level) {
        jdbc.update("insert into person (id_number, name, gender, birth_date, village_code, created_at, updated_at)"
                + " values (?, '测试关爱', 'FEMALE', DATE '1940-01-01', ?, TIMESTAMP '2031-01-01 02:00:00',"
                + " TIMESTAMP '2031-01-01 02:00:00')", Leads.newIdNumber(), village);
        long person = jdbc.queryForObject("select max(id) from person", Long.class);
        jdbc.update("insert into care_enrolment (enrolment_no, person_id, village_code, care_group, lives_alone,"
                + " self_care, remote_dwelling, neighbours_nearby, serious_illness, carer_in_difficulty,"
                + " legal_supporter, support_lacking, status, care_level, graded_on, created_at, created_by) values"
                + " (?, ?, ?, 'EMPTY_NEST_LEFT_BEHIND_ELDERLY', true, 'PARTIAL', false, 2, false, false, true, true, ?,"
                + " ?, ?, TIMESTAMP '2031-01-01 02:00:00', 'test')", no, person, village, status, level,
                level == null ? null : java.sql.Date.valueOf("2031-01-10"));
        return jdbc.queryForObject("select id from care_enrolment where enrolment_no = ?", Long.class, no);
    }

    void insertWarning(long enrolment, String kind, String raisedOn, boolean escalated) {
        jdbc.update("insert into care_warning (enrolment_id, kind, stage, raised_on, raised_at, escalated_at)"
                + " values (?, ?, ?, ?, ?, ?)", enrolment, kind, escalated ? 2 : 1, java.sql.Date.valueOf(raisedOn),
                java.sql.Timestamp.valueOf(raisedOn + " 01:00:00"),
                escalated ? java.sql.Timestamp.valueOf(raisedOn + " 05:00:00") : null);
    }

    @BeforeEach
    void knownData() {
        cleanUp();
        for (String[] v : new String[][] {{V1, "报表测试一村"}, {V2, "报表测试二村"}}) {
            if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, v[0]) == 0) {
                jdbc.update("insert into org_unit (code, name, level, parent_code) values (?, ?, 'VILLAGE', ?)", v[0], v[1], STREET);
            }
        }
        // Three leads in March 2031: two in 白沙村 (one carded after 10 days), one in 高岭村 (carded after 4).
        case1 = insertCase("SA-2031-900001", V1, "2031-03-01 02:00:00");
        case2 = insertCase("SA-2031-900002", V1, "2031-03-03 02:00:00");
        case3 = insertCase("SA-2031-900003", V2, "2031-03-02 02:00:00");
        insertCard(case1, "TESTCARD900001", "2031-03-11 02:00:00");
        insertCard(case3, "TESTCARD900003", "2031-03-06 02:00:00");
        // A lead of April: outside the period.
        insertCase("SA-2031-900004", V1, "2031-04-02 02:00:00");

        // One purchased-service order for case1, accepted in February; three confirmed deliveries in March.
        jdbc.update("insert into service_order (order_no, grant_id, case_id, case_no, village_code, street_code,"
                + " item_code, card_no, status, provider_code, accepted_on, created_at) values ('TESTORD900001',"
                + " 990000001, ?, 'SA-2031-900001', ?, ?, 'MEAL_DELIVERY', 'TESTCARD900001', 'STOPPED', ?,"
                + " DATE '2031-02-20', TIMESTAMP '2031-02-20 02:00:00')", case1, V1, STREET, PROVIDER);
        long order = jdbc.queryForObject("select id from service_order where order_no = 'TESTORD900001'", Long.class);
        long d1 = insertDelivery(order, case1, V1, "2031-03-05", "PIN", 60, "20.00");
        long d2 = insertDelivery(order, case1, V1, "2031-03-12", "PIN", 30, "20.00");
        insertDelivery(order, case1, V1, "2031-03-19", "OFFICER", 60, "20.00");
        jdbc.update("insert into spot_check (delivery_id, provider_code, village_code, check_month, status)"
                + " values (?, ?, ?, '2031-03', 'FAILED')", d1, PROVIDER, V1);
        jdbc.update("insert into spot_check (delivery_id, provider_code, village_code, check_month, status)"
                + " values (?, ?, ?, '2031-03', 'PASSED')", d2, PROVIDER, V1);

        // March's statement approved 5 days after month end; a draft and a supplement do not count.
        jdbc.update("insert into settlement_statement (statement_no, kind, party_code, street_code, stmt_month,"
                + " status, line_count, total_amount, built_at, approved_at) values ('TESTST900001', 'PROVIDER', ?,"
                + " ?, '2031-03', 'APPROVED', 3, 60, TIMESTAMP '2031-04-01 02:00:00', TIMESTAMP '2031-04-05 02:00:00')",
                PROVIDER, STREET);
        jdbc.update("insert into settlement_statement (statement_no, kind, party_code, street_code, stmt_month,"
                + " status, line_count, total_amount, built_at, approved_at, supplement_no) values ('TESTST900002',"
                + " 'PROVIDER', ?, ?, '2031-03', 'APPROVED', 1, 5, TIMESTAMP '2031-04-20 02:00:00',"
                + " TIMESTAMP '2031-04-25 02:00:00', 1)", PROVIDER, STREET);

        // Care in 白沙村: two graded people, one with a lapse warning in March (escalated), the other a
        // major-risk warning only; a third waiting for grading does not count.
        long e1 = insertEnrolment("GATEST900001", V1, "ACTIVE", 2);
        long e2 = insertEnrolment("GATEST900002", V1, "ACTIVE", 1);
        insertEnrolment("GATEST900003", V1, "PENDING_GRADING", null);
        insertWarning(e1, "LAPSE", "2031-03-10", true);
        insertWarning(e2, "MAJOR_RISK", "2031-03-12", false);
        insertWarning(e2, "LAPSE", "2031-02-10", false); // February: outside the period

        // Two people of 高岭村 referred on 4 March; the charity's first activity for one on the 10th.
        jdbc.update("insert into referral_consent (case_id, giver_relation, giver_name, given_on, recorded_by,"
                + " recorded_at) values (?, 'SELF', '测试同意人', DATE '2031-03-01', 'test', TIMESTAMP '2031-03-01 02:00:00')",
                case3);
        long consent = jdbc.queryForObject("select max(id) from referral_consent", Long.class);
        jdbc.update("insert into referral_batch (batch_no, charity_code, origin_code, district_code, status, sent_at,"
                + " sent_by) values ('ZJTEST900001', 'C360199001', ?, '360199', 'RUNNING',"
                + " TIMESTAMP '2031-03-04 02:00:00', 'test')", STREET);
        long batch = jdbc.queryForObject("select id from referral_batch where batch_no = 'ZJTEST900001'", Long.class);
        jdbc.update("insert into referral_item (batch_id, case_id, case_no, grant_id, consent_id, village_code, status,"
                + " first_activity_on) values (?, ?, 'SA-2031-900003', 990000003, ?, ?, 'ACCEPTED', DATE '2031-03-10')",
                batch, case3, consent, V2);
        jdbc.update("insert into referral_item (batch_id, case_id, case_no, grant_id, consent_id, village_code, status)"
                + " values (?, ?, 'SA-2031-900002', 990000002, ?, ?, 'ACCEPTED')", batch, case2, consent, V2);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from referral_item where case_no like 'SA-2031-9%'");
        jdbc.update("delete from referral_batch where batch_no like 'ZJTEST9%'");
        jdbc.update("delete from referral_consent where giver_name = '测试同意人'");
        jdbc.update("delete from care_warning where enrolment_id in (select id from care_enrolment where enrolment_no like 'GATEST9%')");
        jdbc.update("delete from care_enrolment where enrolment_no like 'GATEST9%'");
        jdbc.update("delete from person where name = '测试关爱'");
        jdbc.update("delete from spot_check where village_code like '360199003%' and check_month = '2031-03'");
        jdbc.update("delete from service_delivery where order_id in (select id from service_order where order_no like 'TESTORD9%')");
        jdbc.update("delete from service_order where order_no like 'TESTORD9%'");
        jdbc.update("delete from settlement_statement where statement_no like 'TESTST9%'");
        jdbc.update("delete from service_card where card_no like 'TESTCARD9%'");
        jdbc.update("delete from service_case where case_no like 'SA-2031-9%'");
        jdbc.update("delete from org_unit where code in (?, ?)", V1, V2);
    }

    static JsonNode village(JsonNode street, String code) {
        for (JsonNode v : street.get("villages")) {
            if (v.get("code").asText().equals(code)) {
                return v.get("figures");
            }
        }
        throw new AssertionError("no village " + code);
    }

    @Test
    void kpisOfAKnownSmallDataSet() {
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response r = manager.get("/api/reports/kpis?from=2031-03-01&to=2031-03-31&street=" + STREET);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("scopeCode").asText()).isEqualTo(STREET);
        assertThat(report.get("streets")).hasSize(1);
        JsonNode street = report.get("streets").get(0);
        assertThat(street.get("villages")).hasSize(6);

        JsonNode v1 = village(street, V1);
        assertThat(v1.get("leads").asLong()).isEqualTo(2);
        assertThat(v1.get("leadsWithCard").asLong()).isEqualTo(1);
        assertThat(v1.get("cardPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(v1.get("medianDaysToCard").decimalValue()).isEqualByComparingTo("10");
        assertThat(v1.get("deliveriesByPin").asLong()).isEqualTo(2);
        assertThat(v1.get("deliveriesByOfficer").asLong()).isEqualTo(1);
        assertThat(v1.get("pinPercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(v1.get("spotChecks").asLong()).isEqualTo(2);
        assertThat(v1.get("spotChecksFailed").asLong()).isEqualTo(1);
        assertThat(v1.get("spotCheckFailurePercent").decimalValue()).isEqualByComparingTo("50.0");
        // One recipient-month (March): 2 services of ≥ 60 minutes, 60 yuan ≥ 30: met.
        assertThat(v1.get("standardMonths").asLong()).isEqualTo(1);
        assertThat(v1.get("standardMonthsMet").asLong()).isEqualTo(1);
        assertThat(v1.get("statementsApproved").asLong()).as("statements are the street's").isZero();
        assertThat(v1.get("gradedPeople").asLong()).isEqualTo(2);
        assertThat(v1.get("visitedWithinInterval").asLong()).isEqualTo(1);
        assertThat(v1.get("visitCompliancePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(v1.get("warningsRaised").asLong()).isEqualTo(2);
        assertThat(v1.get("warningsEscalated").asLong()).isEqualTo(1);

        JsonNode v2 = village(street, V2);
        assertThat(v2.get("leads").asLong()).isEqualTo(1);
        assertThat(v2.get("medianDaysToCard").decimalValue()).isEqualByComparingTo("4");
        assertThat(v2.get("referrals").asLong()).isEqualTo(2);
        assertThat(v2.get("referralsStarted").asLong()).isEqualTo(1);
        assertThat(v2.get("medianDaysToFirstActivity").decimalValue()).isEqualByComparingTo("6");
        assertThat(v2.get("gradedPeople").asLong()).isZero();
        assertThat(v2.get("visitCompliancePercent").isNull()).as("nothing to divide").isTrue();

        JsonNode s = street.get("figures");
        assertThat(s.get("leads").asLong()).isEqualTo(3);
        assertThat(s.get("leadsWithCard").asLong()).isEqualTo(2);
        assertThat(s.get("cardPercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(s.get("medianDaysToCard").decimalValue()).isEqualByComparingTo("7.0");
        assertThat(s.get("statementsApproved").asLong()).isEqualTo(1);
        assertThat(s.get("medianDaysToApproval").decimalValue()).isEqualByComparingTo("5");
        assertThat(report.get("total").get("leads").asLong()).isEqualTo(3);
        // Graded people are those graded now (the demo's 石桥镇 people too): the street is its villages' sum.
        long graded = 0;
        for (JsonNode v : street.get("villages")) {
            graded += v.get("figures").get("gradedPeople").asLong();
        }
        assertThat(s.get("gradedPeople").asLong()).isEqualTo(graded).isGreaterThanOrEqualTo(2);
        assertThat(s.get("referrals").asLong()).isEqualTo(2);

        JsonNode provider = report.get("providers").get(0);
        assertThat(provider.get("providerCode").asText()).isEqualTo(PROVIDER);
        assertThat(provider.get("spotChecksFailed").asLong()).isEqualTo(1);
        assertThat(provider.get("statementsApproved").asLong()).isEqualTo(1);
        assertThat(provider.get("amount").decimalValue()).isEqualByComparingTo("60");

        // A shorter period: the April lead alone; none of March's.
        JsonNode april = manager.get("/api/reports/kpis?from=2031-04-01&to=2031-04-30&street=" + STREET).json();
        assertThat(village(april.get("streets").get(0), V1).get("leads").asLong()).isEqualTo(1);

        // The district: three streets, and the street's counts are the same inside it.
        JsonNode district = manager.get("/api/reports/kpis?from=2031-03-01&to=2031-03-31").json();
        assertThat(district.get("streets")).hasSize(3);
        assertThat(district.get("total").get("leads").asLong()).isEqualTo(3);

        // The street clerk of 石桥镇 sees the same figures without naming the street.
        JsonNode clerk = ApiClient.signedIn(port, "street003").get("/api/reports/kpis?from=2031-03-01&to=2031-03-31")
                .json();
        assertThat(clerk.get("scopeCode").asText()).isEqualTo(STREET);
        assertThat(clerk.get("total").get("leads").asLong()).isEqualTo(3);
    }

    @Test
    void scopeAndBadInput() {
        ApiClient clerk = ApiClient.signedIn(port, "street001");
        assertThat(clerk.get("/api/reports/kpis?from=2031-03-01&to=2031-03-31&street=360199003").status())
                .as("another street").isEqualTo(403);
        assertThat(clerk.get("/api/reports/kpis?from=2031-03-01&to=2031-03-31&street=360199001").status())
                .isEqualTo(200);
        assertThat(ApiClient.signedIn(port, "vo001001").get("/api/reports/kpis?from=2031-03-01&to=2031-03-31")
                .status()).as("village officer").isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/reports").status()).isEqualTo(403);
        assertThat(clerk.get("/api/reports").status()).as("reports are the district's").isEqualTo(403);
        assertThat(clerk.post("/api/reports", Map.of("kind", "PROGRESS", "from", "2031-03-01", "to", "2031-03-31"))
                .status()).isEqualTo(403);

        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response reversed = manager.get("/api/reports/kpis?from=2031-03-31&to=2031-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.isProblem()).isTrue();
        assertThat(manager.get("/api/reports/kpis?from=2031-02-30&to=2031-03-01").status()).isEqualTo(400);
        assertThat(manager.get("/api/reports/kpis?from=yesterday&to=2031-03-01").status()).isEqualTo(400);
        assertThat(manager.get("/api/reports/kpis?to=2031-03-01").status()).isEqualTo(400);
        assertThat(manager.get("/api/reports/kpis?from=2031-03-01&to=2031-03-31&street=abc").status())
                .isEqualTo(400);
        assertThat(manager.post("/api/reports", Map.of("kind", "PROGRESS", "from", "2031-03-31", "to", "2031-03-01"))
                .status()).isEqualTo(400);
        assertThat(manager.post("/api/reports", Map.of("kind", "MONTHLY", "from", "2031-03-01", "to", "2031-03-31"))
                .status()).isEqualTo(400);
        assertThat(manager.post("/api/reports", Map.of("kind", "PROGRESS", "from", "2031-03-01", "to", "2031-03-31",
                "extra", 1)).status()).as("strict JSON").isEqualTo(400);
        assertThat(manager.post("/api/reports", Map.of("kind", "PROGRESS")).status()).isEqualTo(400);
        assertThat(manager.get("/api/reports/999999999/file").status()).isEqualTo(404);
    }

    @Test
    void annualEvaluationOnDemandIsStoredListedAndDownloaded() throws Exception {
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response created = manager.post("/api/reports",
                Map.of("kind", "ANNUAL_EVALUATION", "from", "2031-01-01", "to", "2031-12-31"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.get("origin").asText()).isEqualTo("ON_DEMAND");
        assertThat(view.get("createdBy").asText()).isEqualTo("manager");
        long id = view.get("id").asLong();
        assertThat(created.location()).endsWith("/api/reports/" + id + "/file");

        JsonNode list = manager.get("/api/reports").json();
        assertThat(list.findValuesAsText("id")).contains(String.valueOf(id));

        byte[] xlsx = manager.download("/api/reports/" + id + "/file");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet streets = wb.getSheet(ReportExcel.SHEET_STREETS);
            assertThat(streets.getRow(0).getCell(0).getStringCellValue()).contains("年度绩效评估");
            Row shiqiao = streets.getRow(5);
            assertThat(shiqiao.getCell(0).getStringCellValue()).isEqualTo("石桥镇");
            // The street row carries the street's figure of the same period (other tests add leads to 石桥镇 too).
            long streetLeads = manager.get("/api/reports/kpis?from=2031-01-01&to=2031-12-31&street=" + STREET).json()
                    .get("streets").get(0).get("figures").get("leads").asLong();
            assertThat(streetLeads).isGreaterThanOrEqualTo(4);
            assertThat(shiqiao.getCell(2).getNumericCellValue()).as("leads").isEqualTo(streetLeads);
            assertThat(streets.getRow(6).getCell(0).getStringCellValue()).isEqualTo(ReportExcel.TOTAL);
            Sheet providers = wb.getSheet(ReportExcel.SHEET_PROVIDERS);
            assertThat(providers).isNotNull();
            Row p = providers.getRow(3);
            assertThat(p.getCell(1).getStringCellValue()).isEqualTo(PROVIDER);
            assertThat(p.getCell(7).getNumericCellValue()).as("failed spot checks").isEqualTo(1);
        }
        // Street clerks do not download district reports.
        assertThat(ApiClient.signedIn(port, "street003").get("/api/reports/" + id + "/file").status())
                .isEqualTo(403);
    }
}
