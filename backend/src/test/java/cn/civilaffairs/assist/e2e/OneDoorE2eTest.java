package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.civilaffairs.assist.onedoor.OneDoorProcesses;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One intake through two routes in the browser: the village officer (390 px) takes in an accident and a medical
 * hardship; the street office confirms the proposed routes from its inbox; temporary assistance and the medical
 * insurance department answer through their own modules: the street grants 2,000 yuan first and pays it, the
 * bureau (dept-med) accepts and reports back; the person page shows both outcomes.
 */
@IntegrationTest
@Tag("e2e")
class OneDoorE2eTest {
    private static final String VILLAGE = "360199002004"; // 东湖村 → vo002004, street002
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anIntakeThroughTwoRoutesShowsBothOutcomesOnThePersonPage() {
        String idNumber = Leads.newIdNumber();
        String yesterday = LocalDate.now(SHANGHAI).minusDays(1).toString();

        // 1. Village officer on a phone: the person and two hardships.
        Page page = browser.phone("vo002004");
        page.navigate("/intakes");
        page.getByTestId("intake-new").click();
        assertThat(page).hasURL(Pattern.compile(".*/intakes/new$"));
        page.getByTestId("intake-name").fill("一门浏览器");
        page.getByTestId("intake-idNumber").fill(idNumber);
        page.getByTestId("intake-need-0-type").click();
        page.locator(".ant-select-item-option", new Page.LocatorOptions().setHasText("意外事故")).click();
        page.getByTestId("intake-need-0-description").fill("骑车摔伤，花费较大");
        page.getByTestId("intake-need-0-amount").fill("3000");
        page.getByTestId("intake-need-0-livingAtRisk").click();
        page.getByTestId("intake-add-need").click();
        page.getByTestId("intake-need-1-type").click();
        page.locator(".ant-select-item-option", new Page.LocatorOptions().setHasText("医疗困难")).last().click();
        page.getByTestId("intake-need-1-description").fill("住院自付费用高");
        // Ant Design's date picker: type the day, Enter takes it (and no longer submits the form).
        page.getByTestId("intake-need-0-eventOn").fill(yesterday);
        page.getByTestId("intake-need-0-eventOn").press("Enter");
        Browsers.snapshot(page, "onedoor-intake-form");
        page.getByTestId("intake-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/intakes/YM\\d{10}$"));
        assertThat(page.getByTestId("intake-status")).hasText("待确认路径");
        String intakeNo = page.url().replaceAll(".*/intakes/", "");
        long personId = jdbc.queryForObject("select person_id from onedoor_intake where intake_no = ?", Long.class,
                intakeNo);

        // 2. Street office: confirms the proposal (临时救助 and 医疗保障部门) from its inbox.
        page = browser.desktop("street002");
        String confirm = taskService.createTaskQuery().processDefinitionKey(OneDoorProcesses.KEY)
                .processInstanceBusinessKey(intakeNo).singleResult().getId();
        page.navigate("/tasks/" + confirm);
        assertThat(page.getByTestId("intake-routes-form")).isVisible();
        assertThat(page.getByTestId("intake-person")).hasText("一门浏览器");
        page.getByTestId("intake-routes-submit").click();
        expectBackOnTaskList(page);

        // 3. The answers, each by its own module and its own people.
        long aid = jdbc.queryForObject("select r.id from onedoor_route r join onedoor_intake i on i.id = r.intake_id"
                + " where i.intake_no = ? and r.route_type = 'TEMPORARY_AID'", Long.class, intakeNo);
        long medical = jdbc.queryForObject("select r.id from onedoor_route r join onedoor_intake i on i.id = r.intake_id"
                + " where i.intake_no = ? and r.route_type = 'DEPARTMENT'", Long.class, intakeNo);
        // 3a. Street office on a phone: 3,000 yuan asked, above its delegated 2,000, so the form proposes the
        // district; the clerk grants the 2,000 first (先行救助) and records the payment.
        String aidNo = jdbc.queryForObject("select application_no from temp_aid_application where source_ref = ?",
                String.class, String.valueOf(aid));
        page = browser.phone("street002");
        page.navigate("/tasks/" + taskOf(aidNo));
        assertThat(page.getByTestId("tempaid-assess-form")).isVisible();
        page.getByTestId("assess-GRANT").click();
        page.getByTestId("assess-amount").fill("2000");
        page.getByTestId("assess-submit").click();
        page.locator("#assess-confirm").click();
        expectBackOnTaskList(page);
        page.navigate("/tasks/" + taskOf(aidNo));
        assertThat(page.getByTestId("tempaid-payment-form")).isVisible();
        page.getByTestId("pay-reference").fill("YH-ONEDOOR-1");
        page.getByTestId("pay-submit").click();
        page.locator("#pay-confirm").click();
        expectBackOnTaskList(page);
        // 3b. The medical insurance bureau accepts and answers in its inbox.
        String referralNo = jdbc.queryForObject("select referral_no from department_referral where source_ref = ?"
                + " and source = 'ONE_DOOR'", String.class, String.valueOf(medical));
        page = browser.phone("dept-med");
        page.navigate("/tasks/" + taskOf(referralNo));
        assertThat(page.getByTestId("domain-form-department-accept")).isVisible();
        page.getByTestId("department-accept-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/tasks$"));
        page.navigate("/tasks/" + taskOf(referralNo));
        page.getByTestId("department-feedback-summary").fill("已纳入医疗救助，住院自付部分按比例报销");
        page.getByTestId("department-feedback-submit").click();
        page.getByTestId("department-confirm-ok").click();
        assertThat(page).hasURL(Pattern.compile(".*/tasks$"));

        // 4. Village officer: the intake page, then the person page with both outcomes.
        page = browser.phone("vo002004");
        page.navigate("/intakes/" + intakeNo);
        assertThat(page.getByTestId("intake-status")).hasText("已办结");
        page.getByTestId("intake-person-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/persons/" + personId + "$"));
        assertThat(page.getByTestId("person-name")).hasText("一门浏览器");
        assertThat(page.getByTestId("person-id-number")).not().hasText(idNumber);
        assertThat(page.getByTestId("route-outcome-" + aid)).containsText("已给予救助");
        assertThat(page.getByTestId("route-amount-" + aid)).containsText("2000.00 元");
        assertThat(page.getByTestId("route-name-" + medical)).hasText("医疗保障部门");
        assertThat(page.getByTestId("route-outcome-" + medical)).containsText("已纳入医疗救助，住院自付部分按比例报销");
        Browsers.snapshot(page, "onedoor-person-page");
    }

    private String taskOf(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}
