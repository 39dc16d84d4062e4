package cn.civilaffairs.assist.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The district's monthly import of newly recognised 低保/特困 people: a known person is recorded, an
 * unknown one becomes a person and a lead in the village officer's inbox; a bad row stores nothing
 * and names its row; the same file twice opens no second lead; only the district manager imports.
 */
@IntegrationTest
@Tag("db")
class RecognitionImportTest {
    static final String VILLAGE = "360199003003"; // 白沙村, 石桥镇; officer vo003003
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired PersonService people;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    private static byte[] file(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("名单");
            Row head = sheet.createRow(0);
            List<String> columns = RecognitionExcel.COLUMNS;
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(columns.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private Response upload(ApiClient client, byte[] xlsx) {
        return client.upload("/api/recognitions/import", java.util.Map.of(), "新认定名单.xlsx", XLSX, xlsx);
    }

    private long leadsOf(String idNumber) {
        return jdbc.queryForObject("select count(*) from service_case c join person p on p.id = c.person_id"
                + " where p.id_number = ?", Long.class, idNumber);
    }

    @Test
    void knownPeopleAreRecordedUnknownOnesBecomeLeadsAndASecondImportChangesNothing() throws Exception {
        String knownId = Leads.newIdNumber();
        tx.executeWithoutResult(s -> people.register(new ResidentIdNumber(knownId), "认定甲", null, null, VILLAGE));
        String newId = Leads.newIdNumber();
        String tekunId = Leads.newIdNumber();
        byte[] xlsx = file(
                new String[] {"【示例】张某某", "x", "x", "x", "x"},
                new String[] {"认定甲", knownId, VILLAGE, "低保", "2026-06-01"},
                new String[] {"认定乙", newId, VILLAGE, "特困", "2026-06-03"},
                new String[] {"认定丙", tekunId.toLowerCase(), VILLAGE, "最低生活保障", "2026/06/05"});
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response r = upload(manager, xlsx);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("totalRows").asInt()).isEqualTo(3);
        assertThat(report.get("recorded").asInt()).isEqualTo(1);
        assertThat(report.get("leadsCreated").asInt()).isEqualTo(2);
        assertThat(report.get("rows").get(0).get("outcome").asText()).isEqualTo("RECORDED");
        assertThat(report.get("rows").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("rows").get(1).get("outcome").asText()).isEqualTo("LEAD_CREATED");
        assertThat(report.get("rows").get(1).get("maskedIdNumber").asText()).contains("*");
        String caseNo = report.get("rows").get(1).get("caseNo").asText();
        assertThat(leadsOf(knownId)).isZero();
        assertThat(leadsOf(newId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select category from recognition r join person p on p.id = r.person_id"
                + " where p.id_number = ?", String.class, tekunId)).isEqualTo("DIBAO");

        // The lead waits in the village officer's inbox, as a data-match lead.
        ApiClient officer = ApiClient.signedIn(port, "vo003003");
        Response c = officer.get("/api/cases/" + caseNo);
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select lead_source from service_case where case_no = ?", String.class, caseNo))
                .isEqualTo("DATA_MATCH");
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where group_id = ? and business_key = ?",
                Long.class, "VILLAGE_OFFICER@" + VILLAGE, caseNo)).isEqualTo(1);

        // The same file again: nothing new.
        Response again = upload(manager, xlsx);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("alreadyRecorded").asInt()).isEqualTo(3);
        assertThat(again.json().get("leadsCreated").asInt()).isZero();
        assertThat(leadsOf(newId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from recognition r join person p on p.id = r.person_id"
                + " where p.id_number in (?, ?, ?)", Long.class, knownId, newId, tekunId)).isEqualTo(3);
    }

    @Test
    void aFileWithABadRowStoresNothingAndNamesEveryBadRow() throws Exception {
        String goodId = Leads.newIdNumber();
        String dupId = Leads.newIdNumber();
        byte[] xlsx = file(
                new String[] {"认定丁", goodId, VILLAGE, "特困", "2026-06-01"},
                new String[] {"认定戊", "36019919500301", VILLAGE, "低保", "2026-06-01"},
                new String[] {"认定己", dupId, "360199003", "低保", "2026-06-01"},
                new String[] {"认定庚", dupId, VILLAGE, "五保", "2026-06-01"},
                new String[] {"认定辛", Leads.newIdNumber(), "360199999999", "低保", "2099-01-01"});
        Response r = upload(ApiClient.signedIn(port, "manager"), xlsx);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.body()).contains("第3行 身份证号", "第4行 村(社区)代码", "第5行 身份证号", "第5行 认定类别",
                "第6行 认定日期", "第6行 村(社区)代码");
        assertThat(leadsOf(goodId)).isZero();
        assertThat(people.findByIdNumber(goodId)).isEmpty();

        // Not a spreadsheet at all, and a sheet without the columns.
        assertThat(upload(ApiClient.signedIn(port, "manager"), "姓名,身份证号".getBytes()).status()).isEqualTo(400);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("名字");
            wb.write(out);
            Response noColumns = upload(ApiClient.signedIn(port, "manager"), out.toByteArray());
            assertThat(noColumns.status()).isEqualTo(400);
            assertThat(noColumns.body()).contains("缺少列");
        }
    }

    @Test
    void onlyTheDistrictManagerImportsAndTheTemplateReadsBackAsEmpty() throws Exception {
        byte[] xlsx = file(new String[] {"认定壬", Leads.newIdNumber(), VILLAGE, "低保", "2026-06-01"});
        assertThat(upload(ApiClient.signedIn(port, "street003"), xlsx).status()).isEqualTo(403);
        assertThat(upload(ApiClient.signedIn(port, "vo003003"), xlsx).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "street003").get("/api/recognitions/template.xlsx").status()).isEqualTo(403);
        byte[] template = ApiClient.signedIn(port, "manager").download("/api/recognitions/template.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row head = wb.getSheetAt(0).getRow(0);
            for (int i = 0; i < RecognitionExcel.COLUMNS.size(); i++) {
                assertThat(head.getCell(i).getStringCellValue()).isEqualTo(RecognitionExcel.COLUMNS.get(i));
            }
        }
        // The template sent back unchanged has only the example row: no data, 400, nothing stored.
        Response back = upload(ApiClient.signedIn(port, "manager"), template);
        assertThat(back.status()).as(back.body()).isEqualTo(400);
        assertThat(back.body()).contains("没有数据行");
    }
}
