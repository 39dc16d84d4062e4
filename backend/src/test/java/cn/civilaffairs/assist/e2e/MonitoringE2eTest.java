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
 * figure opens the list of overdue tasks, an overdue lead verification leads on to its case, and back on the
 * list the manager sends its holder a reminder after the dry-run count.
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
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aManagerGoesFromTheOverviewToAnOverdueTasksCaseAndSendsAReminder() {
        // verifyLead is due in 5 working days; three weeks later it is overdue. An early date keeps the tasks
        // other tests leave (created later) out of the overdue list.
        clock.at(LocalDateTime.parse("2025-03-03T09:00"));
        String caseNo = Leads.open(cases, VILLAGE, "监控逾期对象");
        clock.at(LocalDateTime.parse("2025-03-24T09:00"));

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

        // Back on the list: select the task and send a reminder, counted first by a dry run.
        page.goBack();
        row = page.getByTestId("monitoring-task").filter(new Locator.FilterOptions().setHasText("监控逾期对象"));
        row.locator("input[type=checkbox]").check();
        assertThat(page.getByTestId("monitoring-bulk")).containsText("已选 1 项");
        page.getByTestId("monitoring-bulk-remind").click();
        assertThat(page.getByTestId("monitoring-bulk-preview")).containsText("将向 1 项任务的经办人发送提醒");
        Browsers.snapshot(page, "monitoring-bulk-reminder");
        page.getByTestId("monitoring-bulk-confirm").click();
        assertThat(page.getByText("已发送 1 项提醒")).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from mon_bulk_action where kind = 'REMINDER' and task_ids like ?",
                Integer.class, "%" + taskId(caseNo) + "%")).isEqualTo(1);
        // One mail per member of the village's work group (other tests may add members to it).
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Integer.class,
                "remind:%:" + taskId(caseNo) + ":%")).isGreaterThanOrEqualTo(1);
    }

    private String taskId(String caseNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }
}
