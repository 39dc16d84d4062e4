package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.expectBackOnTaskList;
import static cn.civilaffairs.assist.support.InboxSteps.openTask;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #3 in a real browser: a village officer, a street clerk and a district manager take one
 * person from lead to served, to a review that changes services, to exit. Issue 12: the notice runs
 * its full period — an objection on day 2 is dismissed, a second one on day 5 is accepted and
 * dismissed too, the case page and the board show the running notice in between, and services start
 * only after day 7. The test moves the engine clock (everything happens on the Beijing days it
 * names) and runs the period's timer once it is due, as the job executor would.
 */
@IntegrationTest
@Tag("e2e")
class CaseLifecycleE2eTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String VILLAGE = "360199002002"; // 渔港村, 东湖街道
    private static final String OFFICER = "vo002002";
    private static final String CLERK = "street002";
    private static final byte[] PDF = "%PDF-1.4\n% e2e\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;

    /** Day 1 of the notice: a Thursday; the period crosses the month end (last day 2 December). */
    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 26);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired JdbcTemplate jdbc;

    private static void on(int day, String time) {
        clock.at(DAY_1.plusDays(day - 1L).atTime(LocalTime.parse(time)));
    }

    private long events(String caseNo, String type) {
        return jdbc.queryForObject("select count(*) from case_event e join service_case c on c.id = e.case_id "
                + "where c.case_no = ? and e.event_type = ?", Long.class, caseNo, type);
    }

    /** Village officer, on a phone: the case page and the board say the notice is running. */
    private void expectRunningNotice(Page page, String caseNo, long noticeId, String phase) {
        page.navigate("/cases/" + caseNo);
        assertThat(page.getByTestId("case-status")).containsText("公示中");
        assertThat(page.getByTestId("case-notice-phase")).hasText(phase);
        assertThat(page.getByTestId("case-notice-period")).containsText("2026-11-26 至 2026-12-02");
        assertThat(page.getByTestId("case-timeline")).not().containsText("公示期满");
        page.navigate("/notices");
        Locator entry = page.locator("[data-testid=notice-entry][data-notice-id=\"" + noticeId + "\"]");
        assertThat(entry.getByTestId("notice-entry-phase")).hasText(phase);
        assertThat(entry.getByTestId("notice-entry-period")).containsText("2026-11-26 — 2026-12-02");
    }

    private void raiseObjection(String caseNo, String content) {
        Page page = browser.phone(OFFICER);
        page.navigate("/cases/" + caseNo);
        page.getByTestId("objection-open").click();
        page.getByTestId("objection-content").fill(content);
        page.getByTestId("objection-submit").click();
        assertThat(page.getByTestId("case-notice-phase")).hasText("异议复核中");
        assertThat(page.getByTestId("case-notice-phase-header")).hasText("异议复核中");
        assertThat(page.getByTestId("case-objection").filter(new Locator.FilterOptions().setHasText(content)))
                .containsText("待处理");
    }

    private void dismissObjection(String caseNo, String note) {
        Page page = browser.desktop(CLERK);
        openTask(page, taskService, caseNo, "异议复核");
        page.getByTestId("field-objectionUpheld-false").click();
        page.getByTestId("field-objectionDecisionNote").fill(note);
        page.getByTestId("task-complete").click();
        page.getByTestId("task-complete-confirm").click();
        expectBackOnTaskList(page);
    }

    @Test
    void leadToServedToChangedServicesToExit() {
        on(1, "09:00");
        String idNumber = Leads.newIdNumber();
        String caseNo;

        // 1. Village officer, on a phone: records the lead and verifies it.
        Page page = browser.phone(OFFICER);
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
        page.getByTestId("task-complete-confirm").click();
        expectBackOnTaskList(page);

        // 2. Street clerk: home investigation and needs assessment.
        page = browser.desktop(CLERK);
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

        // 3. District manager: recognition.
        page = browser.desktop("manager");
        openTask(page, taskService, caseNo, "审批认定");
        page.getByTestId("field-recognised-true").click();
        page.getByTestId("field-recognitionNote").fill("符合支出型贫困家庭重病患者条件，予以认定。");
        page.getByTestId("task-complete").click();
        page.getByTestId("task-complete-confirm").click();
        expectBackOnTaskList(page);

        // 4. Village officer: the file, with every required document.
        page = browser.phone(OFFICER);
        openTask(page, taskService, caseNo, "建立档案（一人一档）");
        for (String type : List.of("ID_CARD", "HOUSEHOLD_REGISTER", "ILLNESS_PROOF", "RECIPIENT_CERTIFICATE")) {
            page.locator("[data-testid=doc-upload-" + type + "] input[type=file]")
                    .setInputFiles(new FilePayload(type.toLowerCase() + ".pdf", "application/pdf", PDF));
            assertThat(page.getByText(type.toLowerCase() + ".pdf").first()).isVisible();
        }
        page.getByTestId("file-submit").click();
        expectBackOnTaskList(page);
        assertThat(caseService.status(caseNo)).isEqualTo(CaseStatus.NOTICE);

        String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey("serviceAssistance").singleResult().getId();
        Job noticeTimer = managementService.createJobQuery().processInstanceId(pi).timers()
                .activityId("noticePeriodEnded").singleResult();
        assertThat(noticeTimer.getDuedate().toInstant())
                .isEqualTo(DAY_1.plusDays(7).atStartOfDay(BEIJING).toInstant());
        long noticeId = jdbc.queryForObject("select n.id from public_notice n join service_case c on c.id = n.case_id "
                + "where c.case_no = ?", Long.class, caseNo);

        // Day 2: an objection, reviewed by the street office and dismissed; the notice runs on.
        on(2, "10:00");
        raiseObjection(caseNo, "邻居反映其子女在县城工作，可以照料");
        dismissObjection(caseNo, "子女长期在外务工，无照料能力，异议不成立");
        assertThat(caseService.status(caseNo)).isEqualTo(CaseStatus.NOTICE);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("serviceOrder")
                .processInstanceBusinessKey(caseNo).count()).isZero();
        on(3, "08:30");
        page = browser.phone(OFFICER);
        expectRunningNotice(page, caseNo, noticeId, "公示中");
        page.navigate("/cases/" + caseNo);
        assertThat(page.getByTestId("case-timeline")).containsText("异议不成立");
        assertThat(page.getByTestId("objection-open")).isVisible();

        // Day 5: a second objection is accepted, shown on the board while under review, and dismissed.
        on(5, "15:00");
        raiseObjection(caseNo, "有村民反映其有一处门面出租");
        expectRunningNotice(browser.phone(OFFICER), caseNo, noticeId, "异议复核中");
        dismissObjection(caseNo, "门面已于去年转让，异议不成立");
        on(7, "23:00");
        expectRunningNotice(browser.phone(OFFICER), caseNo, noticeId, "公示中");
        assertThat(caseService.status(caseNo)).isEqualTo(CaseStatus.NOTICE);
        assertThat(events(caseNo, "SERVING") + events(caseNo, "NOTICE_PERIOD_ENDED")).isZero();

        // The period ends at 00:00 after day 7: the timer is due and runs; only now do services start.
        on(8, "00:00");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi).timers()
                .activityId("noticePeriodEnded").singleResult().getId());
        assertThat(caseService.status(caseNo)).isEqualTo(CaseStatus.SERVING);
        assertThat(events(caseNo, "NOTICE_PERIOD_ENDED")).isEqualTo(1);
        on(8, "09:00");

        // 5. Village officer sees the served case, its card, and reports a status change.
        page = browser.phone(OFFICER);
        page.navigate("/cases/" + caseNo);
        assertThat(page.getByTestId("case-status")).containsText("服务中");
        // Who did each step, by name (杨帆 is vo002002); never the username.
        assertThat(page.getByTestId("case-timeline")).containsText("杨帆");
        assertThat(page.getByTestId("case-timeline")).not().containsText(OFFICER);
        assertThat(page.getByTestId("case-timeline")).containsText("公示期满（2026-11-26 至 2026-12-02）");
        assertThat(page.getByTestId("objection-open")).hasCount(0);
        page.navigate("/notices");
        assertThat(page.locator("[data-testid=notice-entry][data-notice-id=\"" + noticeId + "\"]")
                .getByTestId("notice-entry-phase")).hasText("长期公示");
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

        // 6. Street clerk: the review changes services, then a second change of status ends them.
        page = browser.desktop(CLERK);
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
        assertThat(caseService.status(caseNo)).isEqualTo(CaseStatus.EXITED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    }
}
