package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, under the app's Content-Security-Policy: an officer opens a case (diagram included), an
 * admin finds that view in 访问日志 on a 390 px phone, and Swagger UI and Cockpit still work — with no CSP
 * violation reported on any of these pages.
 */
@IntegrationTest
@Tag("e2e")
class AccessLogE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Autowired CaseService caseService;

    /** Console messages about a blocked resource or script, on every page of the context. */
    private static List<String> watchCsp(BrowserContext context) {
        List<String> violations = new CopyOnWriteArrayList<>();
        context.onPage(p -> p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(p.url() + ": " + m.text());
            }
        }));
        return violations;
    }

    @Test
    void anAdminFindsWhoSawACaseOnAPhoneAndNoPageBreaksTheCsp() {
        LeadCommand lead = Leads.lead("360199001003", "日志测试对象");
        String caseNo = caseService.openLead(lead, "test");
        String idNumber = lead.idNumber();

        BrowserContext desk = browser.newDesktopContext();
        List<String> violations = watchCsp(desk);
        Page page = browser.signIn(desk, "vo001003");
        page.navigate("/cases/" + caseNo);
        assertThat(page.getByText("日志测试对象").first()).isVisible();
        // The process diagram (bpmn-js: inline styles and SVG) renders under the CSP.
        page.getByText("流程图", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".djs-container svg").first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30000));
        Browsers.snapshot(page, "csp-case-page");
        assertThat(violations).isEmpty();

        BrowserContext phone = browser.newPhoneContext();
        List<String> phoneViolations = watchCsp(phone);
        page = browser.signIn(phone, "admin");
        page.navigate("/audit/access-log");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("访问日志"))).isVisible();
        page.getByTestId("filter-id-number").fill(idNumber);
        page.getByTestId("access-log-search").click();
        // The case page also loads the case's referrals (phone, address): a second row.
        com.microsoft.playwright.Locator caseView = page.getByTestId("access-log-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("查看案件"));
        assertThat(caseView).hasCount(1);
        assertThat(caseView).containsText("张敏");
        assertThat(caseView).containsText("日志测试对象");
        assertThat(caseView).containsText(caseNo);
        assertThat(caseView).not().containsText("vo001003");
        // Nothing wider than the phone.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Browsers.snapshot(page, "access-log-phone");

        page.navigate("/swagger-ui/index.html");
        assertThat(page.locator(".swagger-ui .info .title")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30000));
        Browsers.snapshot(page, "csp-swagger-ui");

        page.navigate("/camunda/app/cockpit/default/#/dashboard");
        assertThat(page.getByTestId("finished-instances")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(60000));
        assertThat(phoneViolations).isEmpty();
    }
}
