package cn.civilaffairs.assist.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The steps every end-to-end walk repeats: sign in, open a task from the inbox, be sent back to it. */
public final class InboxSteps {
    private InboxSteps() {}

    /**
     * Signs in with the demo password and lands on the start page: the monitoring centre for street
     * clerks and district managers, the inbox for everyone else.
     */
    public static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByTestId("login-username").fill(user);
        page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/(tasks|monitoring)$"));
        return page;
    }

    /** Opens, from the inbox list, the one open task of that name on the process with that business key. */
    public static void openTask(Page page, TaskService taskService, String businessKey, String taskName) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskName(taskName)
                .singleResult();
        assertThat(task).as(taskName).isNotNull();
        page.navigate("/tasks");
        Locator item = page.locator("[data-testid=task-item][data-task-id='" + task.getId() + "']");
        assertThat(item).containsText(taskName);
        item.click();
        assertThat(page).hasURL(Pattern.compile(".*/tasks/" + task.getId()));
    }

    /** A completed domain form returns to the inbox. */
    public static void expectBackOnTaskList(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/tasks$"), new PageAssertions.HasURLOptions().setTimeout(15000));
    }
}
