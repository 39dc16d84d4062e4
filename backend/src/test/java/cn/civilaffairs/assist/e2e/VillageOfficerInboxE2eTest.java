package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The thin slice in a real browser: a village officer signs in on a phone-width screen, finds the
 * lead in the inbox, completes it through the form (not genuine, so the case ends), and a manager
 * sees the finished instance in Cockpit.
 */
@IntegrationTest
@Tag("e2e")
class VillageOfficerInboxE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void officerCompletesTheLeadTaskAndManagerSeesItInCockpit() {
        String leadNo = Leads.open(caseService, "360199001004", "花园测试对象");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();

        BrowserContext context = browser.newPhoneContext();
        Page page = context.newPage();
        page.navigate("/tasks");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.getByText("服务类社会救助工作平台")).isVisible();

        page.getByTestId("login-username").fill("vo001004");
        page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();

        Locator item = page.locator("[data-testid=task-item][data-task-id='" + task.getId() + "']");
        assertThat(item).isVisible();
        assertThat(item).containsText("核实线索");
        assertThat(item).containsText(leadNo);
        assertThat(item).containsText("花园测试对象");
        assertThat(page.getByTestId("lang-switch")).isVisible();
        // Phone width: nothing spills sideways.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(overflow).isEqualTo(Boolean.TRUE);

        item.click();
        assertThat(page).hasURL(Pattern.compile(".*/tasks/" + task.getId()));
        assertThat(page.getByTestId("task-form")).isVisible();
        assertThat(page.getByTestId("task-diagram").locator("svg").first()).isVisible();

        // Submitting empty shows the form's own validation and completes nothing.
        page.getByTestId("task-complete").click();
        assertThat(page.locator(".ant-form-item-explain-error").first()).isVisible();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        // Not genuine: the case closes and its process instance finishes.
        page.getByTestId("field-genuine-false").click();
        page.getByTestId("field-verificationNote").fill("入户核实：子女同住照料，暂无困难。");
        page.getByTestId("task-complete").click();
        page.getByTestId("task-complete-confirm").click();

        assertThat(page).hasURL(Pattern.compile(".*/tasks$"));
        assertThat(page.locator("[data-testid=task-item][data-task-id='" + task.getId() + "']")).hasCount(0);

        HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(leadNo).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(caseService.status(leadNo)).isEqualTo(CaseStatus.CLOSED_NOT_GENUINE);

        page = browser.desktop("manager");

        page.navigate("/camunda/app/cockpit/default/#/dashboard");
        // Other tests of the suite finish instances with the engine clock set ahead; look the case up.
        Locator search = page.getByTestId("finished-search");
        assertThat(search).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30000));
        search.locator("input").fill(leadNo);
        search.locator("button").click();
        Locator finishedTable = page.getByTestId("finished-instances");
        // Cockpit is a big single-page app; on a busy two-core machine it takes a while to load.
        assertThat(finishedTable).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(30000));
        assertThat(finishedTable).containsText(leadNo);
        assertThat(finishedTable).containsText("服务类社会救助案件");
    }
}
