package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 on a 390 px phone: the officer finds a person's task by name in the inbox, orders the hits,
 * keeps the search through reload and back, opens 核实线索 and sees the lead it is about (situation, phone,
 * address, source) with a link to the case.
 */
@IntegrationTest
@Tag("e2e")
class InboxSearchE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseService caseService;
    @Autowired TaskService taskService;

    private static String tag() {
        String digits = "零一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(ThreadLocalRandom.current().nextLong(100_000L, 999_999L)).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    @Test
    void theOfficerFindsAPersonsTaskByNameAndSeesTheLeadItIsAbout() {
        String tag = tag();
        String older = Leads.open(caseService, "360199001004", "查找甲" + tag);
        String newer = Leads.open(caseService, "360199001004", "查找乙" + tag);
        String newerTask = taskService.createTaskQuery().processInstanceBusinessKey(newer).singleResult().getId();

        Page page = browser.phone("vo001004");
        Locator search = page.getByTestId("tasks-search");
        search.fill(tag);
        search.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/tasks\\?q=.*"));
        Locator items = page.getByTestId("task-item");
        assertThat(items).hasCount(2);
        assertThat(page.getByTestId("tasks-total")).hasAttribute("data-total", "2");
        assertThat(page.getByTestId("tasks-total")).containsText("共 2 条待办");
        assertThat(items.first()).containsText("核实线索");

        // Newest first, then back to soonest due: the URL carries the order.
        page.getByTestId("tasks-sort-created").click();
        assertThat(page).hasURL(Pattern.compile(".*sort=created.*"));
        assertThat(items.first()).containsText(newer);
        assertThat(items.nth(1)).containsText(older);

        // A reload keeps search and order.
        page.reload();
        assertThat(page.getByTestId("tasks-search")).hasValue(tag);
        assertThat(items).hasCount(2);
        assertThat(items.first()).containsText(newer);
        // 390 px: nothing spills sideways.
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(Boolean.TRUE);

        // The lead verification shows the lead, and links to its case.
        page.locator("[data-testid=task-item][data-task-id='" + newerTask + "']").click();
        Locator subject = page.getByTestId("task-subject");
        assertThat(subject).isVisible();
        assertThat(subject).containsText("查找乙" + tag);
        assertThat(subject).containsText("测试线索：独居无人照料");
        assertThat(subject).containsText("13800000000");
        assertThat(subject).containsText("测试地址1号");
        assertThat(subject).containsText("走访发现");
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(Boolean.TRUE);
        subject.getByText("查看案件详情").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + newer + "$"));

        // Back twice: the inbox as it was left.
        page.goBack();
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/tasks\\?.*sort=created.*"));
        assertThat(page.getByTestId("tasks-search")).hasValue(tag);
        assertThat(items).hasCount(2);

        // The type filter: only lead verifications, with their count.
        page.navigate("/tasks?type=recognise&q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.getByTestId("tasks-total")).hasAttribute("data-total", "0");
        assertThat(page.getByText("没有符合条件的待办")).isVisible();
        page.getByTestId("tasks-type").click();
        page.locator(".ant-select-item-option", new Page.LocatorOptions().setHasText("核实线索（2）")).click();
        assertThat(page).hasURL(Pattern.compile(".*type=verifyLead.*"));
        assertThat(items).hasCount(2);
    }
}
