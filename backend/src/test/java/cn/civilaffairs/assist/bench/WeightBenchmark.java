package cn.civilaffairs.assist.bench;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.Browsers;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Weight on a field phone (issue #15), not a test: the app started twice (demo data, its own H2
 * file), once with {@code app.web.optimise=false} (no compression, Spring Security's no-store on
 * every file: the app before) and once as shipped. Each time a 390 px Chromium under the issue's
 * throttle (CDP: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower) opens the sign-in
 * page, signs in as a village officer (vo002003) and lands on the inbox, then comes back to the inbox
 * the next day (a second visit, same browser cache). Per step it reports the bytes received as sent
 * (encoded, headers included) for all responses and for JS+CSS alone, and the time until the page
 * can be used: the sign-in button on screen, the inbox's first task (or its empty state) on screen.
 * Run: {@code ./mvnw -B -q -Pbench -pl frontend,backend verify -Dskip.npm -Dskip.installnodenpm
 * -DskipTests -Dbench.main=cn.civilaffairs.assist.bench.WeightBenchmark}.
 */
public final class WeightBenchmark {
    private static final String USER = "vo002003";
    private static final double LATENCY_MS = 150;
    private static final double DOWN_BYTES_PER_S = 1_600_000 / 8.0;
    private static final double UP_BYTES_PER_S = 750_000 / 8.0;
    private static final int CPU_SLOWDOWN = 4;
    /** Ready means usable: the first task card or the empty inbox. */
    private static final String INBOX_READY = "[data-testid=task-item], .ant-list-empty-text .ant-empty";

    /** One step's figures. */
    record Step(String name, long totalBytes, long jsCssBytes, int requests, long millis, long jsCssMillis,
            String entryEncoding) {}

    /** When the step's last JS or CSS file had arrived, in ms after the step began (the rest of "ready" is CPU and API). */
    private static final String LAST_JS_CSS = "since => Math.max(0, ...performance.getEntriesByType('resource')"
            + ".filter(e => /\\.(js|css)$/.test(e.name) && e.startTime >= since).map(e => e.responseEnd - since))";

    public static void main(String[] args) throws Exception {
        Map<String, List<Step>> runs = new LinkedHashMap<>();
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            for (boolean optimise : new boolean[] {false, true}) {
                String label = optimise ? "after (optimised)" : "before (app.web.optimise=false)";
                try (ConfigurableApplicationContext app = start(optimise)) {
                    String port = app.getEnvironment().getProperty("local.server.port");
                    // One unthrottled visit first, so both runs meet a warmed-up server (JIT, caches), not a cold JVM.
                    warmUp(browser, "http://localhost:" + port);
                    runs.put(label, walk(browser, "http://localhost:" + port));
                }
            }
        }
        report(runs);
    }

    private static ConfigurableApplicationContext start(boolean optimise) {
        return new SpringApplicationBuilder(Application.class).run(
                "--app.web.optimise=" + optimise,
                "--spring.datasource.url=jdbc:h2:file:./target/bench/weight-" + optimise + "-" + System.currentTimeMillis(),
                "--logging.level.root=warn", "--logging.file.name=target/bench/weight.log",
                "--spring.main.banner-mode=off", "--server.port=0");
    }

    private static void warmUp(Browser browser, String base) {
        try (BrowserContext context = Browsers.phone(browser, base)) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page);
        }
    }

    private static List<Step> walk(Browser browser, String base) {
        List<Step> steps = new ArrayList<>();
        try (BrowserContext context = Browsers.phone(browser, base)) {
            Page page = context.newPage();
            Meter meter = new Meter(context.newCDPSession(page));

            meter.reset();
            long t0 = System.nanoTime();
            page.navigate("/login");
            page.getByTestId("login-submit").waitFor();
            steps.add(meter.step("sign-in page, first visit", t0, lastJsCss(page, 0)));

            page.getByTestId("login-username").fill(USER);
            page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
            meter.reset();
            double since = ((Number) page.evaluate("performance.now()")).doubleValue();
            t0 = System.nanoTime();
            page.getByTestId("login-submit").click();
            page.locator(INBOX_READY).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            steps.add(meter.step("sign in → inbox", t0, lastJsCss(page, since)));

            meter.reset();
            t0 = System.nanoTime();
            page.navigate("/tasks");
            page.locator(INBOX_READY).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            steps.add(meter.step("inbox, next visit (cache warm)", t0, lastJsCss(page, 0)));
            meter.reset();
            steps.add(precache(base, meter.seenUrls()));
        }
        return steps;
    }

    /**
     * What the offline shell's worker fetches in the background after the first page: the entries of its
     * precache manifest (sw.js) the pages of the walk have not already received, as the server sends
     * them to a browser that accepts brotli. The page's DevTools session cannot see the worker's own
     * requests, so they are counted from the manifest; the unoptimised run has no worker.
     */
    private static Step precache(String base, Set<String> seenUrls) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> sw = http.send(HttpRequest.newBuilder(URI.create(base + "/sw.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sw.statusCode() != 200 || !sw.body().contains("precacheAndRoute")) {
                return new Step("offline shell precache (background)", 0, 0, 0, 0, 0, "-");
            }
            Matcher url = Pattern.compile("url:\"([^\"]+)\"").matcher(sw.body());
            long bytes = 0;
            int requests = 0;
            while (url.find()) {
                String path = "/" + url.group(1).replaceFirst("^/", "");
                if (seenUrls.stream().anyMatch(seen -> seen.endsWith(path))) {
                    continue;
                }
                HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                bytes += file.body().length;
                requests++;
            }
            return new Step("offline shell precache (background)", bytes, bytes, requests, 0, 0, "br");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lastJsCss(Page page, double since) {
        return Math.round(((Number) page.evaluate(LAST_JS_CSS, since)).doubleValue());
    }

    private static void signIn(Page page) {
        page.getByTestId("login-username").fill(USER);
        page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        page.locator(INBOX_READY).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    /** Counts what the network hands the page, through the DevTools protocol, and applies the throttle. */
    private static final class Meter {
        private final Map<String, String> types = new ConcurrentHashMap<>();
        private final Map<String, String> urls = new ConcurrentHashMap<>();
        private final Map<String, Long> encoded = new ConcurrentHashMap<>();
        private final Map<String, String> encodings = new ConcurrentHashMap<>();

        Meter(CDPSession cdp) {
            cdp.send("Network.enable");
            JsonObject network = new JsonObject();
            network.addProperty("offline", false);
            network.addProperty("latency", LATENCY_MS);
            network.addProperty("downloadThroughput", DOWN_BYTES_PER_S);
            network.addProperty("uploadThroughput", UP_BYTES_PER_S);
            cdp.send("Network.emulateNetworkConditions", network);
            JsonObject cpu = new JsonObject();
            cpu.addProperty("rate", CPU_SLOWDOWN);
            cdp.send("Emulation.setCPUThrottlingRate", cpu);
            cdp.on("Network.responseReceived", event -> {
                String id = event.get("requestId").getAsString();
                types.put(id, event.get("type").getAsString());
                JsonObject response = event.getAsJsonObject("response");
                urls.put(id, response.get("url").getAsString());
                JsonObject headers = response.getAsJsonObject("headers");
                headers.keySet().stream().filter("content-encoding"::equalsIgnoreCase).findFirst()
                        .ifPresent(h -> encodings.put(id, headers.get(h).getAsString()));
            });
            cdp.on("Network.loadingFinished", event -> encoded.put(event.get("requestId").getAsString(),
                    (long) event.get("encodedDataLength").getAsDouble()));
        }

        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        Set<String> seenUrls() {
            return seen;
        }

        void reset() {
            seen.addAll(urls.values());
            types.clear();
            urls.clear();
            encoded.clear();
            encodings.clear();
        }

        Step step(String name, long startNanos, long jsCssMillis) {
            long millis = (System.nanoTime() - startNanos) / 1_000_000;
            long total = 0;
            long jsCss = 0;
            String entryEncoding = "-";
            for (Map.Entry<String, Long> e : encoded.entrySet()) {
                total += e.getValue();
                String type = types.getOrDefault(e.getKey(), "");
                if (type.equals("Script") || type.equals("Stylesheet")) {
                    jsCss += e.getValue();
                }
                if (urls.getOrDefault(e.getKey(), "").matches(".*/assets/index-[^/]+\\.js")) {
                    entryEncoding = encodings.getOrDefault(e.getKey(), "identity");
                }
            }
            return new Step(name, total, jsCss, encoded.size(), millis, jsCssMillis, entryEncoding);
        }
    }

    private static void report(Map<String, List<Step>> runs) {
        System.out.printf(Locale.ROOT, "%nWeight on a field phone: 390 px Chromium, %.0f ms latency, %.1f Mbit/s down, "
                + "%.0f kbit/s up, CPU %d× slower%n", LATENCY_MS, DOWN_BYTES_PER_S * 8 / 1e6, UP_BYTES_PER_S * 8 / 1e3,
                CPU_SLOWDOWN);
        System.out.printf(Locale.ROOT, "%-32s %-32s %10s %10s %5s %8s %10s %s%n", "run", "step", "all kB", "JS+CSS kB",
                "reqs", "ready s", "JS+CSS s", "entry chunk sent as");
        runs.forEach((run, steps) -> steps.forEach(s -> System.out.printf(Locale.ROOT,
                "%-32s %-32s %10.1f %10.1f %5d %8.2f %10.2f %s%n", run, s.name(), s.totalBytes() / 1000.0,
                s.jsCssBytes() / 1000.0, s.requests(), s.millis() / 1000.0, s.jsCssMillis() / 1000.0,
                s.entryEncoding())));
    }
}
