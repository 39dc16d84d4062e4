package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A district manager drills down in Cockpit — dashboard, a process definition, one of its
 * instances, back to the dashboard — and stays signed in: no request is refused on the way (the
 * webapps' CSRF check once got the app's token, answered 403 and ended the shared session).
 */
@IntegrationTest
@Tag("e2e")
class CockpitDrillDownE2eTest {
    private static final LocatorAssertions.IsVisibleOptions SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30000);

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private static Locator finishedPanel(Page page) {
        return page.locator("[data-testid=finished-instances], [data-testid=finished-empty]").first();
    }

    @Test
    void managerDrillsFromDashboardToAnInstanceAndBackAndStaysSignedIn() {
        Page page = browser.desktop("manager");
        // From here on (the sign-in page itself asks /api/auth/me and gets 401 before signing in).
        List<String> refused = new CopyOnWriteArrayList<>();
        page.context().onResponse(r -> {
            if (r.status() == 401 || r.status() == 403) {
                refused.add(r.status() + " " + r.request().method() + " " + r.url());
            }
        });

        page.navigate("/camunda/app/cockpit/default/#/dashboard");
        // The dashboard's panel of finished instances (or its empty note) has loaded from the API.
        assertThat(finishedPanel(page)).isVisible(SLOW);

        // The definitions list, then the case process (demo leads keep instances of it running).
        page.navigate("/camunda/app/cockpit/default/#/processes");
        Locator definition = page.locator("a[href*='#/process-definition/']", new Page.LocatorOptions()
                .setHasText("服务类社会救助案件")).first();
        assertThat(definition).isVisible(SLOW);
        definition.click();
        assertThat(page).hasURL(Pattern.compile(".*#/process-definition/.*"));
        Locator instance = page.locator("a[href*='#/process-instance/']").first();
        try {
            assertThat(instance).isVisible(SLOW);
        } catch (AssertionError e) {
            throw new AssertionError("the definition page lists no instance; refused: " + refused, e);
        }
        // The definition page has loaded its instance list through the webapps' API (POST queries).
        Browsers.snapshot(page, "cockpit-process-definition");
        assertThat(refused).as("refused requests on the definition page").isEmpty();

        String instanceId = instance.textContent().trim();
        instance.click();
        assertThat(page).hasURL(Pattern.compile(".*#/process-instance/" + instanceId + ".*"),
                new PageAssertions.HasURLOptions().setTimeout(15000));
        // The instance page (its id in the breadcrumb and details) has loaded through the webapps' API.
        assertThat(page.getByText(instanceId).first()).isVisible(SLOW);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Browsers.snapshot(page, "cockpit-process-instance");

        // Back to the dashboard through the breadcrumb.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*#/(dashboard)?([?].*)?$"));
        assertThat(finishedPanel(page)).isVisible(SLOW);

        // The app's session is the same one, still valid: the SPA works and knows the manager.
        APIResponse me = page.request().get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("\"username\":\"manager\"");
        page.navigate("/tasks");
        assertThat(page).hasURL(Pattern.compile(".*/tasks$"));
        assertThat(page.getByTestId("lang-switch")).isVisible();

        assertThat(refused).as("refused requests on the way").isEmpty();
    }
}
