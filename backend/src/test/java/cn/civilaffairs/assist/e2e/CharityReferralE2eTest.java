package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static cn.civilaffairs.assist.support.InboxSteps.openTask;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole charity referral loop through the UI: the street office records consent and refers two
 * people; the charity (on a phone) accepts one and declines the other, writes a plan; the district
 * returns it, the charity revises and resubmits, the district agrees; the charity records an activity
 * and closes the person as helped; the outcome and the activity show on the person's case.
 */
@IntegrationTest
@Tag("e2e")
class CharityReferralE2eTest {
    private static final String VILLAGE = "360199001002"; // 城关街道 → street001
    private static final String CHARITY = "C360199001";   // 青山区慈善总会 → charity1
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseWalkthrough walkthrough;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private long itemId(String caseNo) {
        return jdbc.queryForObject("select id from referral_item where case_no = ?", Long.class, caseNo);
    }

    @Test
    void streetRefersCharityPlansDistrictReturnsThenAgreesCharityHelpsAndTheCaseShowsIt() {
        String helped = walkthrough.toServing(Leads.lead(VILLAGE, "转介受助"), 2, "FULL", List.of("CHARITY_RELIEF"));
        String declined = walkthrough.toServing(Leads.lead(VILLAGE, "转介婉拒"), 2, "FULL", List.of("CHARITY_RELIEF"));
        String batchNo;

        // 1. Street office: consent first (nobody can be selected without it), then one batch to the charity.
        Page page = browser.desktop("street001");
        page.getByTestId("nav-referrals-eligible").click();
        assertThat(page).hasURL(Pattern.compile(".*/referrals/eligible$"));
        for (String caseNo : List.of(helped, declined)) {
            assertThat(page.getByTestId("consent-status-" + caseNo)).hasText("未登记同意");
            assertThat(page.getByTestId("eligible-select-" + caseNo)).isDisabled();
            page.getByTestId("consent-open-" + caseNo).click();
            page.getByTestId("consent-relation-SELF").click();
            page.getByTestId("consent-document").fill("本人签字的同意转介书");
            page.getByTestId("consent-submit").click();
            assertThat(page.getByTestId("consent-status-" + caseNo)).hasText("已同意转介");
            page.getByTestId("eligible-select-" + caseNo).check();
        }
        Browsers.snapshot(page, "street-referral-eligible");
        page.getByTestId("referral-send-open").click();
        page.getByTestId("referral-charity-" + CHARITY).click();
        page.getByTestId("referral-note").fill("两位独居老人，冬季需要衣物和走访");
        page.getByTestId("referral-send-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/referrals/ZJ\\d+$"));
        batchNo = jdbc.queryForObject("select b.batch_no from referral_batch b join referral_item i"
                + " on i.batch_id = b.id where i.case_no = ?", String.class, helped);
        assertThat(page.getByTestId("batch-status")).hasText("待慈善组织接收");
        long helpedItem = itemId(helped);
        long declinedItem = itemId(declined);
        String today = LocalDate.now(SHANGHAI).toString();

        // 2. Charity on a phone: one accepted, one declined with a reason; then the plan.
        page = browser.phone("charity1");
        openTask(page, taskService, batchNo, "处理转介名单");
        page.getByTestId("response-accept-" + helpedItem).click();
        page.getByTestId("response-decline-" + declinedItem).click();
        page.getByTestId("response-submit").click();
        assertThat(page.getByText("请填写原因").first()).isVisible();
        page.getByTestId("response-reason-" + declinedItem).fill("已由其他慈善项目长期资助");
        page.getByTestId("response-submit").click();
        expectBackOnTaskList(page);

        openTask(page, taskService, batchNo, "制定帮扶方案");
        page.getByTestId("plan-add").click();
        page.getByTestId("plan-for-batch").click();
        page.getByTestId("plan-content-VISIT").click();
        page.getByTestId("plan-content-CLOTHING").click();
        // Ant Design date pickers: type the day, Enter commits it.
        page.getByTestId("plan-from").fill(today);
        page.getByTestId("plan-from").press("Enter");
        page.getByTestId("plan-to").fill(LocalDate.now(SHANGHAI).plusDays(60).toString());
        page.getByTestId("plan-to").press("Enter");
        page.getByTestId("plan-budget").locator("input").fill("600");
        page.getByTestId("plan-responsible").fill("罗晓");
        page.getByTestId("plan-save").click();
        assertThat(page.locator("[data-testid^=plan-status-]")).hasText("草稿");
        page.getByTestId("plan-submit").click();
        expectBackOnTaskList(page);

        // 3. District returns the plan with a comment.
        page = browser.desktop("manager");
        openTask(page, taskService, batchNo, "审核帮扶方案");
        page.getByTestId("review-return").click();
        page.getByTestId("review-comment").fill("预算偏低，请增加冬衣采购");
        page.getByTestId("review-return-submit").click();
        expectBackOnTaskList(page);

        // 4. Charity revises and resubmits.
        long planId = jdbc.queryForObject("select p.id from referral_plan p join referral_batch b on b.id = p.batch_id"
                + " where b.batch_no = ?", Long.class, batchNo);
        page = browser.phone("charity1");
        openTask(page, taskService, batchNo, "制定帮扶方案");
        assertThat(page.getByTestId("plan-returned")).containsText("预算偏低");
        assertThat(page.getByTestId("plan-status-" + planId)).hasText("已退回");
        page.getByTestId("plan-edit-" + planId).click();
        page.getByTestId("plan-budget").locator("input").fill("1200");
        page.getByTestId("plan-save").click();
        assertThat(page.getByTestId("plan-status-" + planId)).hasText("草稿");
        page.getByTestId("plan-submit").click();
        expectBackOnTaskList(page);

        // 5. District sees the loop and agrees.
        page = browser.desktop("manager");
        openTask(page, taskService, batchNo, "审核帮扶方案");
        assertThat(page.getByTestId("review-history")).containsText("预算偏低，请增加冬衣采购");
        assertThat(page.getByTestId("review-history")).containsText("第2轮");
        Browsers.snapshot(page, "district-plan-review");
        page.getByTestId("review-agree").click();
        expectBackOnTaskList(page);
        assertThat(jdbc.queryForObject("select status from referral_batch where batch_no = ?", String.class, batchNo))
                .isEqualTo("RUNNING");

        // 6. Charity records what it did and closes the person as helped.
        page = browser.phone("charity1");
        page.navigate("/referrals");
        page.getByTestId("batch-open-" + batchNo).click();
        assertThat(page.getByTestId("batch-status")).hasText("方案实施中");
        page.getByTestId("activity-open-" + helpedItem).click();
        page.getByTestId("activity-kind-CLOTHING").click();
        page.getByTestId("activity-description").fill("上门送去棉衣两件并慰问");
        page.getByTestId("activity-submit").click();
        assertThat(page.getByTestId("activities")).containsText("上门送去棉衣两件并慰问");
        Browsers.snapshot(page, "charity-batch-phone");
        page.getByTestId("close-open-" + helpedItem).click();
        page.getByTestId("close-outcome-HELPED").click();
        page.getByTestId("close-note").fill("衣物已送达，本人满意");
        page.getByTestId("close-submit").click();
        assertThat(page.getByTestId("item-status-" + helpedItem)).hasText("已结案");
        assertThat(page.getByTestId("batch-status")).hasText("已结案");

        // 7. The outcome and the activity are on the person's case.
        page = browser.desktop("street001");
        page.navigate("/cases/" + helped);
        // The section's header (the timeline names the referral's steps too).
        page.getByTestId("case-view").locator(".ant-collapse-header-text")
                .getByText("慈善转介", new Locator.GetByTextOptions().setExact(true)).click();
        Locator panel = page.getByTestId("case-referrals");
        assertThat(panel).containsText(batchNo);
        assertThat(panel).containsText("已帮扶");
        assertThat(panel).containsText("上门送去棉衣两件并慰问");
    }
}
