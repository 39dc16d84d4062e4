package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static cn.civilaffairs.assist.support.InboxSteps.openTask;
import static cn.civilaffairs.assist.support.InboxSteps.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #3 in a real browser: a village officer, a street clerk and a district manager take one
 * person from lead to served, to a review that changes services, to exit. Only the notice period
 * passing is done by the test (it runs the engine's due timer).
 */
@IntegrationTest
@Tag("e2e")
class CaseLifecycleE2eTest {
    private static final String VILLAGE = "360199002002"; // 渔港村, 东湖街道
    private static final String OFFICER = "vo002002";
    private static final String CLERK = "street002";
    private static final byte[] PDF = "%PDF-1.4\n% e2e\n".getBytes(StandardCharsets.US_ASCII);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @Test
    void leadToServedToChangedServicesToExit() {
        String idNumber = Leads.newIdNumber();
        String caseNo;

        // 1. Village officer, on a phone: records the lead and verifies it.
        try (BrowserContext phone = Browsers.phone(browser, "http://localhost:" + port)) {
            Page page = signIn(phone, OFFICER);
            page.navigate("/leads/new");
            page.getByTestId("lead-name").fill("渔港测试");
            page.getByTestId("lead-idNumber").fill(idNumber);
            page.getByTestId("lead-phone").fill("13907912345");
            page.getByTestId("lead-address").fill("渔港村二组6号");
            page.getByTestId("lead-source-NEIGHBOUR").click();
            page.getByTestId("lead-focusGroup-SERIOUS_ILLNESS").click();
            page.getByTestId("lead-situation").fill("肾衰竭透析，独居，行动困难");
            page.getByTestId("lead-submit").click();
            assertThat(page).hasURL(Pattern.compile(".*/cases/SA-\\d{4}-\\d{6}$"));
            caseNo = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.getByTestId("case-status")).containsText("待核实");

            openTask(page, taskService, caseNo, "核实线索");
            page.getByTestId("field-genuine-true").click();
            page.getByTestId("field-verificationNote").fill("入户核实：独居透析，确有困难。");
            page.getByTestId("task-complete").click();
            expectBackOnTaskList(page);
        }

        // 2. Street clerk: home investigation and needs assessment.
        try (BrowserContext desk = Browsers.desktop(browser, "http://localhost:" + port)) {
            Page page = signIn(desk, CLERK);
            openTask(page, taskService, caseNo, "入户调查与需求评估");
            page.getByTestId("assess-category-4").click();
            page.getByTestId("assess-recognised-false").click();
            page.getByTestId("assess-selfCare-PARTIAL").click();
            page.getByTestId("assess-carer-NO_CARER").click();
            page.getByTestId("assess-living").fill("独居平房，透析每周三次");
            page.getByTestId("assess-item-MEAL_DELIVERY").click();
            page.getByTestId("assess-item-ESCORT_TO_DOCTOR").click();
            page.getByTestId("assess-submit").click();
            expectBackOnTaskList(page);
        }

        // 3. District manager: recognition.
        try (BrowserContext desk = Browsers.desktop(browser, "http://localhost:" + port)) {
            Page page = signIn(desk, "manager");
            openTask(page, taskService, caseNo, "审批认定");
            page.getByTestId("field-recognised-true").click();
            page.getByTestId("field-recognitionNote").fill("符合支出型贫困家庭重病患者条件，予以认定。");
            page.getByTestId("task-complete").click();
            expectBackOnTaskList(page);
        }

        // 4. Village officer: the file, with every required document.
        try (BrowserContext phone = Browsers.phone(browser, "http://localhost:" + port)) {
            Page page = signIn(phone, OFFICER);
            openTask(page, taskService, caseNo, "建立档案（一人一档）");
            for (String type : List.of("ID_CARD", "HOUSEHOLD_REGISTER", "ILLNESS_PROOF", "RECIPIENT_CERTIFICATE")) {
                page.locator("[data-testid=doc-upload-" + type + "] input[type=file]")
                        .setInputFiles(new FilePayload(type.toLowerCase() + ".pdf", "application/pdf", PDF));
                assertThat(page.getByText(type.toLowerCase() + ".pdf").first()).isVisible();
            }
            page.getByTestId("file-submit").click();
            expectBackOnTaskList(page);
        }
        assertThat(caseService.get(caseNo).getStatus()).isEqualTo(CaseStatus.NOTICE);

        // The notice period passes.
        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey("serviceAssistance").singleResult().getId();
        Job noticeTimer = managementService.createJobQuery().processInstanceId(pi).timers()
                .activityId("noticePeriodEnded").singleResult();
        managementService.executeJob(noticeTimer.getId());
        assertThat(caseService.get(caseNo).getStatus()).isEqualTo(CaseStatus.SERVING);

        // 5. Village officer sees the served case, its card, and reports a status change.
        try (BrowserContext phone = Browsers.phone(browser, "http://localhost:" + port)) {
            Page page = signIn(phone, OFFICER);
            page.navigate("/cases/" + caseNo);
            assertThat(page.getByTestId("case-status")).containsText("服务中");
            assertThat(page.getByTestId("case-timeline")).containsText(OFFICER);
            page.navigate("/cases/" + caseNo + "/card");
            assertThat(page.getByTestId("service-card")).containsText("渔港测试");
            assertThat(page.getByTestId("card-qr")).isVisible();
            // The village's long-term notice board and its A4 print: name and services, no ID or address.
            page.navigate("/notices/print?villageCode=" + VILLAGE);
            Locator notice = page.getByTestId("notice-print");
            assertThat(notice).containsText("渔港测试");
            assertThat(notice).containsText("供餐送餐");
            String printed = notice.innerText();
            org.assertj.core.api.Assertions.assertThat(printed).doesNotContain(idNumber)
                    .doesNotContain(idNumber.substring(6, 14)).doesNotContain("二组6号").doesNotContain("13907912345");

            page.navigate("/cases/" + caseNo);
            page.getByTestId("status-change-open").click();
            page.getByTestId("status-change-reason").fill("病情变化，需增加上门照料");
            page.getByTestId("status-change-submit").click();
            assertThat(page.getByTestId("case-timeline")).containsText("病情变化");
        }

        // 6. Street clerk: the review changes services, then a second change of status ends them.
        try (BrowserContext desk = Browsers.desktop(browser, "http://localhost:" + port)) {
            Page page = signIn(desk, CLERK);
            openTask(page, taskService, caseNo, "动态复核");
            page.getByTestId("review-decision-CHANGE").click();
            page.getByTestId("review-item-ESCORT_TO_DOCTOR").click(); // removed
            page.getByTestId("review-item-HOME_CARE").click();        // added
            page.getByTestId("review-reason").fill("增加居家照料，停止送医");
            page.getByTestId("review-submit").click();
            expectBackOnTaskList(page);

            page.navigate("/cases/" + caseNo);
            page.getByTestId("status-change-open").click();
            page.getByTestId("status-change-reason").fill("迁出本辖区");
            page.getByTestId("status-change-submit").click();
            assertThat(page.getByTestId("case-timeline")).containsText("迁出本辖区");
            openTask(page, taskService, caseNo, "动态复核");
            page.getByTestId("review-decision-STOP").click();
            page.getByTestId("review-reason").fill("迁出本辖区，停止服务");
            page.getByTestId("review-submit").click();
            if (page.getByTestId("review-stop-confirm").count() > 0) {
                page.getByTestId("review-stop-confirm").click();
            }
            expectBackOnTaskList(page);

            page.navigate("/cases/" + caseNo);
            assertThat(page.getByTestId("case-status")).containsText("已退出");
        }
        assertThat(caseService.get(caseNo).getStatus()).isEqualTo(CaseStatus.EXITED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    }
}
