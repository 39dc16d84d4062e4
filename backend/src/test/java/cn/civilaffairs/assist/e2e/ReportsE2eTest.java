package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 统计报表 in a real browser: a district manager opens the KPI page (streets expandable to villages, the
 * chart, the providers) on a phone without sideways overflow, then produces a progress report on demand,
 * confirms, sees it listed and downloads the .xlsx.
 */
@IntegrationTest
@Tag("e2e")
class ReportsE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道

    @Autowired CaseService cases;

    @Test
    void aManagerReadsTheKpisThenProducesAndDownloadsAReport() throws Exception {
        Leads.open(cases, VILLAGE, "报表线索对象");

        Page phone = browser.signIn(browser.newPhoneContext(), "manager");
        phone.navigate("/reports/kpis");
        Locator places = phone.getByTestId("kpi-places");
        Locator street = places.locator("tr.ant-table-row").filter(new Locator.FilterOptions().setHasText("东湖街道"));
        assertThat(street).hasCount(1);
        assertThat(phone.getByTestId("kpi-scope")).isVisible();
        assertThat(phone.getByTestId("kpi-street")).isVisible();
        assertThat(phone.getByTestId("kpi-chart")).isVisible();
        assertThat(phone.getByTestId("kpi-providers")).isVisible();
        // Expanding the street shows its villages by name, never a code.
        street.locator(".ant-table-row-expand-icon").click();
        assertThat(places).containsText("柳岸村");
        assertThat(places).not().containsText(VILLAGE);
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Browsers.snapshot(phone, "reports-kpis-phone");

        Page page = browser.signIn(browser.newDesktopContext(), "manager");
        page.navigate("/reports");
        Locator rows = page.getByTestId("report-list").locator("tr.ant-table-row");
        assertThat(page.getByTestId("report-produce")).isVisible();
        int before = rows.count();
        page.getByTestId("report-produce").click();
        page.getByTestId("report-confirm").click();
        assertThat(rows).hasCount(before + 1);
        Locator produced = rows.filter(new Locator.FilterOptions().setHasText("手动生成")).first();
        assertThat(produced).containsText("工作进度报表");
        assertThat(produced).not().containsText("manager");
        Browsers.snapshot(page, "reports-list");

        Download download = page.waitForDownload(() -> produced.getByTestId("report-download").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        Path file = download.path();
        byte[] head = Files.readAllBytes(file);
        assertThat(head.length).isGreaterThan(100);
        assertThat(new String(head, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }
}
