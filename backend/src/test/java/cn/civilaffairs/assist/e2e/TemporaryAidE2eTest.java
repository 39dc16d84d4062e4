package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.tempaid.AidEventType;
import cn.civilaffairs.assist.tempaid.TemporaryAidProcesses;
import cn.civilaffairs.assist.tempaid.TemporaryAidService;
import cn.civilaffairs.assist.tempaid.TemporaryAidService.ApplyCommand;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Temporary assistance through the UI on a phone: the street clerk grants within the delegated amount
 * (after confirming), records the payment, and the application shows it paid with the person's ledger;
 * the district manager imports the month's recognition list and sees each row's result.
 */
@IntegrationTest
@Tag("e2e")
class TemporaryAidE2eTest {
    private static final String VILLAGE = "360199003002"; // 青龙村, 石桥镇 → street003
    private static final CurrentUser OFFICER = new CurrentUser("vo003002", "徐芳", null, Set.of(Role.VILLAGE_OFFICER),
            VILLAGE, "青龙村", OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + VILLAGE));

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired TemporaryAidService aid;
    @Autowired TaskService taskService;
    @Autowired TransactionTemplate tx;

    private String task(String applicationNo, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(applicationNo).taskDefinitionKey(key)
                .singleResult().getId();
    }

    @Test
    void theStreetGrantsWithinItsAmountPaysAndTheApplicationShowsTheLedger() {
        String no = tx.execute(s -> aid.applyForNumber(new ApplyCommand(null, "临救界面", Leads.newIdNumber(), null,
                VILLAGE, AidEventType.ACCIDENT, aid.today(), "家中失火，生活用品受损", new BigDecimal("1200")), OFFICER));

        Page page = browser.phone("street003");
        page.navigate("/tasks/" + task(no, TemporaryAidProcesses.TASK_ASSESS));
        assertThat(page.getByTestId("tempaid-assess-form")).isVisible();
        assertThat(page.getByTestId("aid-status")).hasText("街道审核中");
        Browsers.snapshot(page, "tempaid-assess-phone");
        page.getByTestId("assess-submit").click();
        assertThat(page.getByText("确认给予 1,200.00 元临时救助？")).isVisible();
        page.locator("#assess-confirm").click();
        expectBackOnTaskList(page);

        page.navigate("/tasks/" + task(no, TemporaryAidProcesses.TASK_PAY));
        assertThat(page.getByTestId("tempaid-payment-form")).isVisible();
        page.getByTestId("pay-reference").fill("YH-E2E-1");
        page.getByTestId("pay-submit").click();
        page.locator("#pay-confirm").click();
        expectBackOnTaskList(page);

        page.navigate("/temporary-aid/" + no);
        assertThat(page.getByTestId("aid-status")).hasText("已发放");
        assertThat(page.getByTestId("aid-paid")).containsText("1,200.00");
        assertThat(page.getByTestId("aid-timeline")).containsText("发放救助金");
        assertThat(page.getByTestId("ledger-total")).containsText("1,200.00");
        Browsers.snapshot(page, "tempaid-detail-phone");
    }

    @Test
    void theDistrictImportsTheMonthsRecognitionsAndSeesEachRow() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("名单");
            String[][] rows = {{"姓名", "身份证号", "村(社区)代码", "认定类别", "认定日期"},
                {"认定界面", Leads.newIdNumber(), VILLAGE, "特困", "2026-06-01"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Page page = browser.phone("manager");
        page.navigate("/recognitions/import");
        assertThat(page.getByTestId("recognition-import")).isVisible();
        page.getByTestId("recognition-file").setInputFiles(new FilePayload("名单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
        page.getByTestId("recognition-submit").click();
        page.locator("#recognition-confirm").click();
        assertThat(page.getByTestId("recognition-done")).containsText("新建线索 1 人");
        assertThat(page.getByText("认定界面")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/recognitions/import$"));
        Browsers.snapshot(page, "recognition-import-phone");
    }
}
