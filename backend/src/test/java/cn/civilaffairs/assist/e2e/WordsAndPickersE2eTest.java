package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, points 4–6 in a real browser at 390 px: a street clerk filters cases by picking a village from the
 * tree of the street (no code typed), then switches to English: the case's timeline and the task page speak
 * English (task names by their model id, 系统 → System, people by name) and no code such as LEAD_RECORDED or
 * an account name shows.
 */
@IntegrationTest
@Tag("e2e")
class WordsAndPickersE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    static final String LIUAN = "360199002003"; // 柳岸村, 东湖街道
    static final String YUGANG = "360199002002"; // 渔港村, 东湖街道
    /** A code-like word: LEAD_RECORDED, SERVING, PROPOSED (three capitals or more, maybe with underscores). */
    static final Pattern CODE = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)*\\b");

    @Autowired CaseService cases;
    @Autowired TaskService taskService;

    @Test
    void aStreetClerkPicksAVillageFromTheTreeAndReadsTheCaseInEnglish() {
        String tag = "树选" + UUID.randomUUID().toString().substring(0, 4);
        String here = Leads.open(cases, LIUAN, tag + "柳岸");
        Leads.open(cases, YUGANG, tag + "渔港");
        // The village officer verifies the lead: a finished task (named by its id) and a person on the timeline.
        Task verify = taskService.createTaskQuery().processInstanceBusinessKey(here).taskDefinitionKey("verifyLead")
                .singleResult();
        taskService.setAssignee(verify.getId(), "vo002003");
        taskService.complete(verify.getId(), Map.of("genuine", true, "verificationNote", "入户核实属实"));
        Task investigate = taskService.createTaskQuery().processInstanceBusinessKey(here)
                .taskDefinitionKey("homeInvestigation").singleResult();

        Page page = browser.phone("street002");
        page.navigate("/cases");
        page.getByTestId("cases-search").fill(tag);
        page.getByTestId("cases-search").press("Enter");
        Locator list = page.getByTestId("case-list");
        assertThat(list).containsText(tag + "柳岸");
        assertThat(list).containsText(tag + "渔港");

        // Pick, don't type: the street's villages by name.
        page.getByTestId("cases-village-filter").locator(".ant-select-selector").click();
        page.getByTestId("cases-village-filter").locator("input").fill("柳岸");
        page.locator(".ant-select-tree-node-content-wrapper").filter(new Locator.FilterOptions().setHasText("柳岸村"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*villageCode=" + LIUAN + ".*"));
        assertThat(list).containsText(tag + "柳岸");
        assertThat(list).not().containsText(tag + "渔港");
        assertThat(page.getByTestId("cases-village-filter")).containsText("柳岸村");
        assertThat(page.getByTestId("cases-village-filter")).not().containsText(LIUAN);
        Browsers.snapshot(page, "words-village-tree");

        // English: the case's timeline.
        page.getByTestId("lang-switch").click();
        page.navigate("/cases/" + here);
        Locator timeline = page.getByTestId("case-timeline");
        assertThat(timeline).containsText("Lead recorded");
        assertThat(timeline).containsText("Verify the lead");
        assertThat(timeline).containsText("System");
        String timelineText = timeline.innerText();
        assertThat(timelineText).doesNotContain("vo002003").doesNotContain("system").doesNotContain("办结任务");
        assertThat(CODE.matcher(timelineText).find()).as(timelineText).isFalse();
        assertThat(page.getByTestId("case-deadlines")).containsText("Home visit and needs assessment");
        String caseText = page.locator("main").innerText();
        assertThat(CODE.matcher(caseText.replace("PDF", "")).find()).as(caseText).isFalse();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
        Browsers.snapshot(page, "words-case-english");

        // English: the task, by its task definition key, and the diagram's line in words.
        page.navigate("/tasks/" + investigate.getId());
        assertThat(page.locator("h4").first()).hasText("Home visit and needs assessment");
        assertThat(page.getByTestId("diagram-summary"))
                .containsText("Current step: Home visit and needs assessment");
        assertThat(page.getByTestId("diagram-fit")).isVisible();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
        Browsers.snapshot(page, "words-task-english");
    }
}
