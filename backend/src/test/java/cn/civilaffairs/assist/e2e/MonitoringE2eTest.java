package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district manager's morning in a real browser: signing in lands on the monitoring centre, the overdue
 * figure opens the list of overdue tasks, and an overdue lead verification leads on to its case.
 */
@IntegrationTest
@Tag("e2e")
class MonitoringE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199002003"; // 柳岸村, 东湖街道

    @Autowired CaseService cases;

    @Test
    void aManagerGoesFromTheOverviewToAnOverdueTasksCase() {
        // verifyLead is due in 5 working days; a fortnight later it is overdue.
        clock.at(LocalDateTime.parse("2026-11-02T09:00"));
        String caseNo = Leads.open(cases, VILLAGE, "监控逾期对象");
        clock.at(LocalDateTime.parse("2026-11-16T09:00"));

        Page page = browser.signIn(browser.newDesktopContext(), "manager");
        page.waitForURL(Pattern.compile(".*/monitoring$"));
        Locator overdue = page.getByTestId("monitoring-total-overdue");
        assertThat(overdue).isVisible();
        Browsers.snapshot(page, "monitoring-overview");
        overdue.click();

        page.waitForURL(Pattern.compile(".*/monitoring/tasks\\?.*state=OVERDUE.*"));
        Locator row = page.getByTestId("monitoring-task").filter(new Locator.FilterOptions().setHasText("监控逾期对象"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("核实线索");
        assertThat(row).containsText("柳岸村");
        assertThat(row).not().containsText(VILLAGE);
        row.getByTestId("monitoring-task-link").click();

        page.waitForURL(Pattern.compile(".*/cases/" + caseNo + "$"));
        assertThat(page.getByText("监控逾期对象").first()).isVisible();
    }
}
