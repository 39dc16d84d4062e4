package cn.civilaffairs.assist.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one way an end-to-end test drives a browser: Debian's Chromium ({@link Browsers}), launched once
 * per class, a fresh browser context per user, signed in with the demo password. One context is open
 * at a time: opening the next one closes the one before. The open one is traced; after the test it is
 * closed, and if the test failed it leaves a screenshot of its last page and its Playwright trace
 * under target/e2e-failures/ (open a trace with {@code npx playwright show-trace <file>.zip}).
 *
 * <pre>
 * &#64;IntegrationTest &#64;Tag("e2e")
 * class SomeE2eTest {
 *     &#64;RegisterExtension static final E2eBrowser browser = new E2eBrowser();
 *
 *     &#64;Test void aClerkDoesSomething() {
 *         Page page = browser.desktop("street001");   // or browser.phone(user): 390 px wide
 *         ...
 * </pre>
 */
public final class E2eBrowser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private static final Path FAILURES = Paths.get("target", "e2e-failures");

    private Playwright playwright;
    private Browser browser;
    private ExtensionContext test;
    private final List<BrowserContext> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context;
    }

    /** A phone-width (390 px) browser signed in as this demo user, on their start page (inbox or monitoring centre). */
    public Page phone(String user) {
        return InboxSteps.signIn(newPhoneContext(), user);
    }

    /** A desktop-width (1366 px) browser signed in as this demo user, on their start page (inbox or monitoring centre). */
    public Page desktop(String user) {
        return InboxSteps.signIn(newDesktopContext(), user);
    }

    /** A phone-width browser nobody has signed in to yet (to watch it before, or to sign in by hand). */
    public BrowserContext newPhoneContext() {
        return traced(Browsers.phone(browser, baseUrl()));
    }

    /** A desktop-width browser nobody has signed in to yet. */
    public BrowserContext newDesktopContext() {
        return traced(Browsers.desktop(browser, baseUrl()));
    }

    /** Signs this browser in as a demo user; lands on their start page (inbox or monitoring centre). */
    public Page signIn(BrowserContext context, String user) {
        return InboxSteps.signIn(context, user);
    }

    /**
     * One browser at a time, as the walks hand the work from person to person: opening the next closes
     * the one before (its part passed), so it neither loads the machine nor keeps asking the server
     * for anything while the next person works.
     */
    private BrowserContext traced(BrowserContext context) {
        for (BrowserContext before : open) {
            before.tracing().stop();
            before.close();
        }
        open.clear();
        // DOM snapshots per action, not a screencast: light enough for a loaded CI machine.
        context.tracing().start(new Tracing.StartOptions().setScreenshots(false).setSnapshots(true));
        open.add(context);
        return context;
    }

    private String baseUrl() {
        if (test == null) {
            throw new IllegalStateException("E2eBrowser opens browsers inside a test: register it with @RegisterExtension");
        }
        String port = SpringExtension.getApplicationContext(test).getEnvironment().getProperty("local.server.port");
        return "http://localhost:" + port;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().isPresent();
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            for (int i = 0; i < open.size(); i++) {
                BrowserContext c = open.get(i);
                if (failed) {
                    String file = open.size() == 1 ? name : name + "-" + (i + 1);
                    List<Page> pages = c.pages();
                    if (!pages.isEmpty()) {
                        try {
                            pages.get(pages.size() - 1).screenshot(new Page.ScreenshotOptions()
                                    .setPath(FAILURES.resolve(file + ".png")).setFullPage(true));
                        } catch (RuntimeException e) {
                            System.err.println("e2e: no screenshot for " + file + ": " + e.getMessage());
                        }
                    }
                    c.tracing().stop(new Tracing.StopOptions().setPath(FAILURES.resolve(file + ".zip")));
                    System.err.println("e2e: " + name + " failed; screenshot and trace in " + FAILURES.resolve(file)
                            + ".{png,zip}");
                } else {
                    c.tracing().stop();
                }
                c.close();
            }
        } finally {
            open.clear();
            test = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
