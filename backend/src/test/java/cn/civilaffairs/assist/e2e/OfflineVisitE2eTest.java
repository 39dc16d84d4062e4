package cn.civilaffairs.assist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.CareTestFixtures;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #15: a township cadre in a village without signal records a visit with a photo; it waits on
 * the phone, the roster says so, and when the network returns it reaches the server once, with the
 * time the cadre entered, and the waiting list empties.
 */
@IntegrationTest
@Tag("e2e")
class OfflineVisitE2eTest {
    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** Living alone, not self-caring, remote, no neighbours: level 3, the township cadre's (石桥镇 → cadre3). */
    private static final CareFacts LEVEL_3 = new CareFacts(true, SelfCare.NONE, true, 0, false, false, false, false);

    @LocalServerPort int port;
    @Autowired CareTestFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aVisitRecordedOfflineIsSentOnceWithItsOwnTimeWhenTheNetworkReturns() {
        String no = fixtures.gradedAndVisited("离线走访对象", "360199003002", CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY,
                LEVEL_3, 1);
        // A time earlier today (Beijing), so the one stored cannot be the time it was sent.
        ZonedDateTime now = ZonedDateTime.now(CarePolicy.ZONE);
        ZonedDateTime visited = now.minusHours(2).isBefore(now.truncatedTo(ChronoUnit.DAYS))
                ? now.truncatedTo(ChronoUnit.DAYS) : now.minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        String visitedText = visited.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

        Page page = browser.desktop("cadre3");
        BrowserContext context = page.context();
        // The service worker installed at sign-in; the next opening of the app goes through it (the
        // app shell and who is signed in are then on the phone).
        page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
        page.reload();
        page.getByTestId("nav-care").click();
        Locator row = page.getByTestId("care-row-" + no);
        assertThat(row).isVisible();
        assertThat(page.getByTestId("care-offline-queue")).hasCount(0);
        row.click();
        assertThat(page).hasURL(Pattern.compile(".*/care/" + no));
        assertThat(page.getByTestId("care-visit-form")).isVisible();

        context.setOffline(true);
        Locator when = page.getByTestId("care-visit-visitedAt");
        when.fill(visitedText);
        when.press("Enter");
        page.getByTestId("care-visit-met").fill("本人");
        page.getByTestId("care-visit-findings").fill("山里无信号，老人身体尚可，柴米充足。");
        page.getByTestId("care-visit-risk-NONE").click();
        page.getByTestId("care-visit-photo").locator("input[type=file]")
                .setInputFiles(new FilePayload("visit.png", "image/png", PHOTO));
        assertThat(page.getByTestId("care-visit-photo-name")).hasText("visit.png");
        page.getByTestId("care-visit-submit").click();
        assertThat(page.getByText("当前无网络，走访已保存在本机")).isVisible();

        // Still offline: back to the roster, which lists what waits.
        page.getByTestId("nav-care").click();
        Locator queue = page.getByTestId("care-offline-queue");
        assertThat(queue).isVisible();
        assertThat(page.getByTestId("care-offline-count")).hasAttribute("data-count", "1");
        assertThat(queue.getByTestId("care-offline-item")).hasCount(1);
        assertThat(queue).containsText("离线走访对象");
        assertThat(queue).containsText(visitedText);
        assertThat(queue).containsText("等待联网");
        assertThat(queue).containsText("含照片");
        assertThat(visits(no)).isEqualTo(1); // only the set-up visit

        // A reload without signal still opens the app from the service worker; the visit is still kept.
        page.reload();
        assertThat(page.getByTestId("care-offline-count")).hasAttribute("data-count", "1");

        context.setOffline(false);
        assertThat(page.getByTestId("care-offline-queue")).hasCount(0);
        assertThat(visits(no)).isEqualTo(2);
        Map<String, Object> stored = jdbc.queryForMap("select v.visited_at, v.client_id, v.photo_key, v.recorded_by"
                + " from care_visit v join care_enrolment e on e.id = v.enrolment_id"
                + " where e.enrolment_no = ? and v.client_id is not null", no);
        assertThat(stored.get("client_id").toString()).matches("[0-9a-f-]{36}");
        assertThat(stored.get("photo_key")).isNotNull();
        assertThat(stored.get("recorded_by")).isEqualTo("cadre3");
        // The time the cadre entered, not the time it was sent (as the API reports it).
        JsonNode sent = null;
        for (JsonNode v : ApiClient.signedIn(port, "cadre3").get("/api/care/enrolments/" + no).json().get("visits")) {
            if (v.get("findings").asText().startsWith("山里无信号")) {
                sent = v;
            }
        }
        assertThat(sent).isNotNull();
        assertThat(Instant.parse(sent.get("visitedAt").asText()).truncatedTo(ChronoUnit.MINUTES))
                .isEqualTo(visited.toInstant());
        assertThat(Instant.parse(sent.get("recordedAt").asText())).isAfter(visited.toInstant());
        // The person's page shows it, once.
        page.getByTestId("care-row-" + no).click();
        assertThat(page.getByTestId("care-visits")).containsText("山里无信号");
    }

    private long visits(String no) {
        return jdbc.queryForObject("select count(*) from care_visit v join care_enrolment e on e.id = v.enrolment_id"
                + " where e.enrolment_no = ?", Long.class, no);
    }
}
