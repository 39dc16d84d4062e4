package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static cn.civilaffairs.assist.support.InboxSteps.openTask;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provider portal on a phone: provider1's staff accept an order from the inbox, register the
 * recipient by card number at the door, record the service with a photo, let the recipient confirm
 * it with the card's PIN, build and submit the month's statement; the street office approves it from
 * its inbox and downloads the Excel.
 */
@IntegrationTest
@Tag("e2e")
class ProviderPortalE2eTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String VILLAGE = "360199001003"; // 城关街道, served by provider1 (P360199001)
    private static final String PROVIDER = "P360199001";
    private static final String STREET = "360199001";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // A 1×1 PNG, the "photo" of the service.
    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private String one(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    @Test
    void providerAcceptsServesGetsPinConfirmationAndTheStreetApprovesTheStatement() throws Exception {
        // The care happens on the last evening of last month (engine clock), so that month has ended
        // when the statement is built now, and the delivery has ended whatever the hour of the run.
        LocalDate serviceDay = YearMonth.now(SHANGHAI).minusMonths(1).atEndOfMonth();
        clock.at(serviceDay, 20, 0);
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "门口签收"), 2, "FULL", List.of("CLEANING"));
        String orderNo = one("select order_no from service_order where case_no = ? and item_code = 'CLEANING'", caseNo);
        String cardNo = one("select card_no from service_card c join service_case s on s.id = c.case_id"
                + " where s.case_no = ?", caseNo);
        // The recipient's PIN from the slip the street office printed for the card.
        String pin = cn.civilaffairs.assist.support.PinSlips.pin(port, VILLAGE, caseNo);
        String today = serviceDay.toString();
        String month = YearMonth.from(serviceDay).toString();
        String statementNo;

        Page page = browser.phone("provider1");

        // 1. The order waits in the inbox; the provider accepts it.
        openTask(page, taskService, caseNo, "接单确认");
        page.getByTestId("order-response-accept").click();
        expectBackOnTaskList(page);
        assertThat(one("select status from service_order where order_no = ?", orderNo)).isEqualTo("ACCEPTED");

        // 2. At the door: register the recipient by the card number.
        page.getByTestId("nav-toggle").click();
        page.getByTestId("nav-services-today").click();
        assertThat(page).hasURL(Pattern.compile(".*/services/today$"));
        page.getByTestId("registration-card-no").fill(cardNo);
        page.getByTestId("registration-submit").click();
        assertThat(page.getByText("登记成功").first()).isVisible();
        Locator order = page.getByTestId("today-order-" + orderNo);
        assertThat(order).containsText("门口签收");

        // 3. Record the service, with a photo.
        page.getByTestId("record-delivery-" + orderNo).click();
        fillPicker(page, "delivery-date", today);
        fillPicker(page, "delivery-start", "19:00");
        fillPicker(page, "delivery-end", "19:45");
        page.getByTestId("delivery-notes").fill("打扫客厅和厨房");
        page.getByTestId("delivery-photo").setInputFiles(new FilePayload("service.png", "image/png", PHOTO));
        page.getByTestId("delivery-submit").click();

        Locator deliveries = page.locator("[data-testid^=today-delivery-]").filter(
                new Locator.FilterOptions().setHasText("门口签收"));
        assertThat(deliveries).hasCount(1);
        long deliveryId = jdbc.queryForObject("select d.id from service_delivery d join service_order o"
                + " on o.id = d.order_id where o.order_no = ?", Long.class, orderNo);
        assertThat(page.getByTestId("delivery-status-" + deliveryId)).hasText("待确认");
        assertThat(jdbc.queryForObject("select minutes from service_delivery where id = ?", Integer.class,
                deliveryId)).isEqualTo(45);

        // 4. The recipient types the card's PIN on the staff phone; a wrong one is refused.
        page.getByTestId("confirm-pin-" + deliveryId).click();
        page.getByTestId("confirm-pin-input").fill(pin.equals("000000") ? "111111" : "000000");
        page.getByTestId("confirm-pin-submit").click();
        assertThat(page.getByTestId("confirm-pin-error")).isVisible();
        page.getByTestId("confirm-pin-input").fill(pin);
        page.getByTestId("confirm-pin-submit").click();
        assertThat(page.getByTestId("delivery-status-" + deliveryId)).hasText("已确认");
        Browsers.snapshot(page, "provider-today-phone");
        assertThat(one("select confirm_method from service_delivery where id = ?", deliveryId)).isEqualTo("PIN");

        // 5. Now, last month's statement (the month picker's default): built, then submitted to the street office.
        clock.reset();
        page.getByTestId("nav-toggle").click();
        page.getByTestId("nav-services-statements").click();
        assertThat(page).hasURL(Pattern.compile(".*/services/statements$"));
        page.getByTestId("statement-generate").click();
        statementNo = waitForStatement(month);
        assertThat(page.getByTestId("statement-row-" + statementNo)).isVisible();
        assertThat(page.getByTestId("statement-status-" + statementNo)).hasText("草稿");
        page.getByTestId("statement-submit-" + statementNo).click();
        page.getByTestId("statement-submit-confirm").click();
        assertThat(page.getByTestId("statement-status-" + statementNo)).hasText("待审核");

        BigDecimal total = jdbc.queryForObject("select total_amount from settlement_statement where statement_no = ?",
                BigDecimal.class, statementNo);
        assertThat(total).isPositive();

        // 6. The street office reviews it from its inbox, downloads the Excel and approves.
        Page street = browser.desktop("street001");
        openTask(street, taskService, statementNo, "审核月度结算单");
        assertThat(street.getByTestId("statement-line").filter(new Locator.FilterOptions().setHasText("门口签收")))
                .hasCount(1);
        Download download = street.waitForDownload(() -> street.getByTestId("statement-review-export").click());
        try (InputStream in = Files.newInputStream(download.path()); Workbook book = new XSSFWorkbook(in)) {
            assertThat(sheetText(book.getSheetAt(0))).contains("门口签收").contains(statementNo);
        }
        Browsers.snapshot(street, "street-statement-review");
        street.getByTestId("statement-review-approve").click();
        street.getByTestId("statement-review-approve-confirm").click();
        expectBackOnTaskList(street);
        assertThat(one("select status from settlement_statement where statement_no = ?", statementNo))
                .isEqualTo("APPROVED");
        assertThat(one("select approved_by from settlement_statement where statement_no = ?", statementNo))
                .isEqualTo("street001");
    }

    /** Types into a date/time field; Enter commits it when the field is a picker rather than a native input. */
    private static void fillPicker(Page page, String testId, String value) {
        // An antd picker takes a typed value when it loses focus; Enter would also submit the form.
        Locator field = page.getByTestId(testId);
        field.fill(value);
        field.press("Tab");
    }

    private String waitForStatement(String month) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<String> nos = jdbc.queryForList("select statement_no from settlement_statement where kind = 'PROVIDER'"
                    + " and party_code = ? and street_code = ? and stmt_month = ?", String.class, PROVIDER, STREET, month);
            if (!nos.isEmpty()) {
                return nos.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no statement was built for " + PROVIDER + " " + month);
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\t');
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
