package cn.civilaffairs.assist.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright; Playwright's own browser download is not used. */
public final class Browsers {
    public static final Path CHROMIUM = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

    private Browsers() {}

    public static Playwright playwright() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " not found: install Debian's chromium (apt-get install chromium)");
        }
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return chromium(playwright, List.of());
    }

    /** With extra command-line switches, e.g. a fake camera playing a file. */
    public static Browser chromium(Playwright playwright, List<String> extraArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(extraArgs);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(args));
    }

    /** A phone-width page, as field staff use it. */
    public static BrowserContext phone(Browser browser, String baseUrl) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(390, 844)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
    }

    /** Keeps a picture of the page under target/e2e-screenshots, for a person to look at after the run. */
    public static void snapshot(com.microsoft.playwright.Page page, String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Paths.get("target", "e2e-screenshots", name + ".png")).setFullPage(true));
    }

    public static BrowserContext desktop(Browser browser, String baseUrl) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(1366, 900)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
    }
}
