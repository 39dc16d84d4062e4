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
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The joint meeting through the UI: the street clerk puts a need on the agenda from the case page; the district
 * schedules a meeting and refers it to a social-work agency (after a confirmation); the agency (on a phone) submits
 * a plan, the district returns it, the agency revises, the district agrees; the agency records a delivery and closes;
 * the district confirms; the case page shows the outcome.
 */
@IntegrationTest
@Tag("e2e")
class JointMeetingE2eTest {
    private static final String VILLAGE = "360199003003"; // 白沙村, 石桥镇 → street003
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseWalkthrough walkthrough;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;

    private static void openSection(Page page, String header) {
        page.getByTestId("case-view").locator(".ant-collapse-header-text")
                .getByText(header, new Locator.GetByTextOptions().setExact(true)).click();
    }

    @Test
    void streetPutsANeedOnTheAgendaTheMeetingRefersItToAnAgencyWhichPlansDeliversAndClosesOnTheCase() {
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "联席受助"), 2, "PARTIAL", List.of("PARTY_PAIRING"));
        String today = LocalDate.now(SHANGHAI).toString();

        // 1. Street clerk: 提交联席会议 from the case page.
        Page page = browser.desktop("street003");
        page.navigate("/cases/" + caseNo);
        openSection(page, "联席会议");
        page.getByTestId("meeting-list").click();
        page.getByTestId("meeting-need").fill("需要长期心理疏导和家庭关系调解");
        page.getByTestId("meeting-why").fill("民政服务目录中没有专业心理疏导，需社工机构介入");
        page.getByTestId("meeting-list-submit").click();
        Locator panel = page.getByTestId("case-meetings");
        assertThat(panel).containsText("待上会");
        String itemNo = jdbc.queryForObject("select item_no from meeting_item where case_no = ?", String.class, caseNo);

        // 2. District: tick the item, schedule the meeting, decide after a confirmation.
        page = browser.desktop("manager");
        page.getByTestId("nav-meetings").click();
        page.getByTestId("agenda-row-" + itemNo).locator("input[type=checkbox]").check();
        page.getByTestId("agenda-schedule").click();
        page.getByTestId("schedule-attendees").fill("区民政局、区残联、区卫健委、区妇联");
        page.getByTestId("schedule-submit").click();
        assertThat(page.getByTestId("agenda-row-" + itemNo)).containsText("已列入会议");
        String meetingNo = jdbc.queryForObject("select m.meeting_no from meeting m join meeting_item i on i.meeting_id = m.id"
                + " where i.item_no = ?", String.class, itemNo);
        page.navigate("/meetings/m/" + meetingNo);
        page.getByTestId("decide-" + itemNo).click();
        page.getByTestId("decide-kind").click();
        page.locator(".ant-select-item-option").getByText("转介社工机构").click();
        page.getByTestId("decide-agency").click();
        page.locator(".ant-select-item-option").getByText("青山区阳光社工服务中心").click();
        page.getByTestId("decide-note").fill("由专业社工开展心理疏导和家庭调解");
        page.getByTestId("decide-submit").click();
        page.getByTestId("decide-confirm").click();
        assertThat(page.getByTestId("meeting-item-" + itemNo)).containsText("社工机构制定方案");
        Browsers.snapshot(page, "district-meeting");

        // 3. Agency on a phone: the plan.
        page = browser.phone("agency1");
        openTask(page, taskService, itemNo, "制定服务方案");
        page.getByTestId("plan-goals").fill("情绪稳定，家庭关系缓和");
        page.getByTestId("plan-services").fill("每周上门心理疏导一次");
        page.getByTestId("plan-from").fill(today);
        page.getByTestId("plan-from").press("Enter");
        page.getByTestId("plan-to").fill(LocalDate.now(SHANGHAI).plusMonths(3).toString());
        page.getByTestId("plan-to").press("Enter");
        page.getByTestId("plan-staff").fill("苏晴（社工师）");
        page.getByTestId("plan-budget").fill("2400");
        page.getByTestId("plan-submit").click();
        expectBackOnTaskList(page);

        // 4. District returns it with a comment.
        page = browser.desktop("manager");
        openTask(page, taskService, itemNo, "审核服务方案");
        page.getByTestId("answer-return").click();
        page.getByTestId("answer-comment").fill("请增加每月一次家庭会谈");
        page.getByTestId("answer-submit").click();
        expectBackOnTaskList(page);

        // 5. Agency sees the comment, revises, resubmits.
        page = browser.phone("agency1");
        openTask(page, taskService, itemNo, "制定服务方案");
        assertThat(page.getByTestId("plan-returned")).containsText("请增加每月一次家庭会谈");
        page.getByTestId("plan-services").fill("每周上门心理疏导一次，每月家庭会谈一次");
        page.getByTestId("plan-submit").click();
        expectBackOnTaskList(page);

        // 6. District sees both rounds and agrees.
        page = browser.desktop("manager");
        openTask(page, taskService, itemNo, "审核服务方案");
        assertThat(page.getByTestId("plan-round-1")).containsText("退回修改");
        assertThat(page.getByTestId("plan-comment-1")).hasText("请增加每月一次家庭会谈");
        page.getByTestId("answer-agree").click();
        page.getByTestId("answer-submit").click();
        expectBackOnTaskList(page);

        // 7. Agency records a delivery and closes.
        page = browser.phone("agency1");
        openTask(page, taskService, itemNo, "实施服务并结案");
        page.getByTestId("delivery-add").click();
        page.getByTestId("delivery-content").fill("上门心理疏导，与子女进行家庭会谈");
        page.getByTestId("delivery-duration").fill("90");
        page.getByTestId("delivery-submit").click();
        assertThat(page.getByTestId("item-deliveries")).containsText("上门心理疏导");
        Browsers.snapshot(page, "agency-service-phone");
        page.getByTestId("close-outcome-RESOLVED").click();
        page.getByTestId("close-summary").fill("情绪稳定，家庭矛盾已化解");
        page.getByTestId("close-submit").click();
        page.getByTestId("close-confirm").click();
        expectBackOnTaskList(page);

        // 8. District confirms; the outcome is on the case.
        page = browser.desktop("manager");
        openTask(page, taskService, itemNo, "确认结案");
        page.getByTestId("answer-agree").click();
        page.getByTestId("answer-submit").click();
        expectBackOnTaskList(page);
        assertThat(jdbc.queryForObject("select status from meeting_item where item_no = ?", String.class, itemNo))
                .isEqualTo("CLOSED");

        page = browser.desktop("street003");
        page.navigate("/cases/" + caseNo);
        openSection(page, "联席会议");
        panel = page.getByTestId("case-meetings");
        assertThat(panel).containsText("已办结");
        assertThat(panel).containsText("已解决");
        assertThat(panel).containsText("情绪稳定，家庭矛盾已化解");
    }
}
