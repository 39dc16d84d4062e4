package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.signIn;

import cn.civilaffairs.assist.common.SelfCare;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CareTestFixtures;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village cadre on a phone: sees the people they are responsible for in colour, opens the one
 * with a lapse warning, records a visit, and the warning is gone.
 */
@IntegrationTest
@Tag("e2e")
class CareVisitE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CareTestFixtures fixtures;
    @Autowired TaskService taskService;

    @Test
    void cadreRecordsAVisitAndTheWarningDisappears() {
        String village = "360199003001"; // 石桥村: level 2 → the village cadre vc003001
        CareFacts level2 = new CareFacts(false, SelfCare.PARTIAL, false, 1, true, false, false, false);
        String lapsed = fixtures.gradedAndVisited("走访预警对象", village, CareGroup.SEVERE_DISABILITY_OR_ILLNESS, level2, 12);
        String fine = fixtures.gradedAndVisited("按时走访对象", village, CareGroup.SEVERE_DISABILITY_OR_ILLNESS, level2, 2);
        fixtures.sweepToday();

        Page page = browser.phone("vc003001");

        // The warning is also a task in the inbox.
        assertThat(page.getByText("尽快走访（预警）").first()).isVisible();

        page.getByTestId("nav-toggle").click();
        page.getByTestId("nav-care").click();
        assertThat(page).hasURL(Pattern.compile(".*/care.*"));

        Locator lapsedRow = page.getByTestId("care-row-" + lapsed);
        assertThat(lapsedRow).isVisible();
        assertThat(lapsedRow).containsText("走访预警对象");
        assertThat(page.getByTestId("care-visit-status-" + lapsed)).hasText("已逾期");
        assertThat(page.getByTestId("care-warning-" + lapsed)).isVisible();
        assertThat(page.getByTestId("care-visit-status-" + fine)).hasText("未到期");
        assertThat(page.getByTestId("care-warning-" + fine)).hasCount(0);
        // The set-up visit 12 days back was entered late (补录): marked, with its reason.
        assertThat(page.getByTestId("care-late-" + lapsed)).containsText("补录");
        assertThat(page.getByTestId("care-late-" + lapsed)).containsText(CareTestFixtures.LATE_REASON);
        assertThat(page.getByTestId("care-late-" + fine)).hasCount(0);
        // Red for overdue, grey for not due.
        String red = (String) page.getByTestId("care-visit-status-" + lapsed).evaluate("e => getComputedStyle(e).color");
        String grey = (String) page.getByTestId("care-visit-status-" + fine).evaluate("e => getComputedStyle(e).color");
        assertThat(red).isNotEqualTo(grey);
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).isEqualTo(Boolean.TRUE);

        lapsedRow.click();
        assertThat(page).hasURL(Pattern.compile(".*/care/" + lapsed));
        assertThat(page.getByTestId("care-warning")).isVisible();
        Locator form = page.getByTestId("care-visit-form");
        assertThat(form).isVisible();
        page.getByTestId("care-visit-met").fill("本人及其配偶");
        page.getByTestId("care-visit-findings").fill("血压平稳，药品充足，已提醒按时复诊。");
        page.getByTestId("care-visit-risk-NONE").click();
        page.getByTestId("care-visit-submit").click();

        assertThat(page.getByTestId("care-warning")).hasCount(0);
        assertThat(page.getByTestId("care-visit-status")).hasText("今日已访");
        assertThat(page.getByTestId("care-visits")).containsText("血压平稳");

        page.navigate("/care");
        assertThat(page.getByTestId("care-visit-status-" + lapsed)).hasText("今日已访");
        assertThat(page.getByTestId("care-warning-" + lapsed)).hasCount(0);
        // Today's visit is the last one now, on time: no mark.
        assertThat(page.getByTestId("care-late-" + lapsed)).hasCount(0);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(lapsed).count()).isZero();
    }
}
