package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CareService;
import cn.civilaffairs.assist.care.CareTestFixtures;
import cn.civilaffairs.assist.care.Department;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A problem found on a visit goes to the health centre: its staff member, on a phone, accepts it from the inbox
 * and reports it solved (with a confirmation); the township clerk sees the referral resolved with its steps, and
 * the care page shows the department's answer on the problem.
 */
@IntegrationTest
@Tag("e2e")
class DepartmentReferralE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), "360199003",
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@360199003"));

    @Autowired CareTestFixtures fixtures;
    @Autowired CareService care;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;

    @Test
    void theHealthCentreAcceptsAndAnswersAndTheTownshipSeesIt() {
        String enrolment = fixtures.gradedAndVisited("部门转办端到端", "360199003004", CareGroup.SEVERE_DISABILITY_OR_ILLNESS,
                new CareFacts(false, SelfCare.FULL, false, 3, true, false, false, false), 2);
        String no = tx.execute(s -> care.referProblem(enrolment, Department.HEALTH_CENTRE, "需要卫生院上门体检", null, CLERK))
                .getReferralNo();

        Page phone = browser.phone("dept-health");
        String accept = tasks.createTaskQuery().processInstanceBusinessKey(no).singleResult().getId();
        phone.navigate("/tasks/" + accept);
        assertThat(phone.getByTestId("domain-form-department-accept")).isVisible();
        assertThat(phone.getByTestId("department-referral-summary")).containsText("部门转办端到端");
        assertThat(phone.getByTestId("department-referral-summary")).containsText("需要卫生院上门体检");
        Object fits = phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).isEqualTo(Boolean.TRUE);
        phone.getByTestId("department-accept-submit").click();
        assertThat(phone).hasURL(Pattern.compile(".*/tasks$"));

        String answer = tasks.createTaskQuery().processInstanceBusinessKey(no).singleResult().getId();
        phone.navigate("/tasks/" + answer);
        phone.getByTestId("department-feedback-summary").fill("卫生院已上门体检，血压控制良好，已签约家庭医生");
        phone.getByTestId("department-feedback-submit").click();
        phone.getByTestId("department-confirm-ok").click();
        assertThat(phone).hasURL(Pattern.compile(".*/tasks$"));

        Page desk = browser.desktop("street003");
        desk.navigate("/departments");
        assertThat(desk.getByTestId("department-referral-row-" + no)).containsText("已解决");
        desk.getByTestId("department-referral-open-" + no).click();
        assertThat(desk.getByTestId("department-step-ACCEPTED")).isVisible();
        assertThat(desk.getByTestId("department-referral-result")).hasText("卫生院已上门体检，血压控制良好，已签约家庭医生");
        desk.navigate("/care/" + enrolment);
        assertThat(desk.getByTestId("care-enrolment")).containsText("卫生院已上门体检");
    }
}
