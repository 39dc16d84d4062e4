package cn.civilaffairs.assist.e2e;

import static cn.civilaffairs.assist.support.InboxSteps.openTask;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CardPinSlipProcess;
import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Part;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Browsers;
import cn.civilaffairs.assist.support.E2eBrowser;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PIN slip in the browser: the street clerk opens the inbox task 打印密码函 of a new card and
 * prints its slip from there (shown once, gone on reload; the task is done), a provider's staff member confirms a service at the door with that PIN on a phone; the
 * clerk resets the PIN, the old one is refused and the new one accepted; after the case exits the
 * card shows 已注销 with its date and reason and is not offered for printing.
 */
@IntegrationTest
@Tag("e2e")
class CardPinSlipE2eTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String VILLAGE = "360199001004"; // 花园社区, 城关街道: provider1 (P360199001) serves it
    private static final String CLERK = "street001";
    private static final String STAFF = "slipe2e"; // own staff member: no other test's deliveries overlap
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @LocalServerPort int port;
    @Autowired CaseWalkthrough walkthrough;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    private long deliver(ApiClient staff, String orderNo, String start, String end) {
        String today = clock.today().toString();
        Response r = staff.multipart("/api/services/deliveries", List.of(Part.json("delivery",
                Map.of("orderNo", orderNo, "serviceDate", today, "startTime", start, "endTime", end))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static void openCardSection(Page page) {
        page.locator(".ant-collapse-header").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^服务卡$"))).click();
        assertThat(page.getByTestId("case-card")).isVisible();
    }

    /** On the slip page: the PIN, after checking what the slip says and that it prints alone. */
    private static String readSlip(Page page, String holder, String cardNo) {
        assertThat(page).hasURL(Pattern.compile(".*/pin-slip$"));
        Locator slip = page.getByTestId("pin-slip");
        assertThat(slip).containsText(holder);
        assertThat(page.getByTestId("pin-slip-card-no")).hasText(cardNo);
        assertThat(slip).containsText("确认本次服务确实已经收到");
        assertThat(page.getByTestId("pin-slip-secret")).containsText("绝不会通过电话");
        assertThat(page.getByTestId("pin-slip-new")).containsText("城关街道");
        String pin = page.getByTestId("pin-slip-pin").innerText().strip();
        assertThat(pin).matches("\\d{6}");
        // The print button prints; on paper only the slip, without the app's header and buttons.
        page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }");
        page.getByTestId("pin-slip-print").click();
        assertThat(page.evaluate("() => window.__printed")).isEqualTo(1);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByTestId("pin-slip-print")).isHidden();
        assertThat(page.locator(".app-header")).isHidden();
        assertThat(slip).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        return pin;
    }

    @Test
    void theStreetClerkPrintsTheSlipOnceAndTheRecipientConfirmsWithItsPin() {
        // Late in the Beijing day: the deliveries below, earlier today, are never in the future.
        clock.at(LocalDate.now(SHANGHAI), 23, 40);
        if (identityService.createUserQuery().userId(STAFF).count() == 0) {
            User user = identityService.newUser(STAFF);
            user.setLastName("上门服务员");
            user.setFirstName("");
            user.setPassword(ApiClient.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(STAFF, "PROVIDER_STAFF@P360199001");
        }
        String caseNo = walkthrough.toServing(Leads.lead(VILLAGE, "密码函测试"), 2, "FULL", List.of("MEAL_DELIVERY"));
        String cardNo = jdbc.queryForObject("select card_no from service_card c join service_case s"
                + " on s.id = c.case_id where s.case_no = ?", String.class, caseNo);
        ApiClient provider1 = ApiClient.signedIn(port, "provider1");
        JsonNode order = provider1.get("/api/services/orders?text=" + caseNo + "&size=10").json().get("items").get(0);
        assertThat(provider1.post("/api/tasks/" + order.get("taskId").asText() + "/order-response",
                Map.of("accept", true)).status()).isEqualTo(204);
        assertThat(provider1.post("/api/services/registrations", Map.of("cardNo", cardNo)).status()).isLessThan(300);
        String orderNo = order.get("orderNo").asText();
        ApiClient staffApi = ApiClient.signedIn(port, STAFF);
        long first = deliver(staffApi, orderNo, "21:10", "21:30");
        long second = deliver(staffApi, orderNo, "22:10", "22:30");

        String pin;
        Page page = browser.desktop(CLERK);
        // 1. The new card has no PIN yet; its inbox task 打印密码函 leads the clerk to the slip.
        page.navigate("/cases/" + caseNo);
        openCardSection(page);
        assertThat(page.getByTestId("case-card-pin-state")).containsText("密码函尚未打印");
        openTask(page, taskService, caseNo, "打印密码函");
        assertThat(page.getByTestId("domain-form-pin-slip")).isVisible();
        assertThat(page.getByTestId("domain-case-subject")).containsText("密码函测试");
        assertThat(page.getByTestId("pin-slip-task-card")).hasText(cardNo);
        assertThat(page.getByTestId("pin-slip-task-handover")).containsText("当面交给服务对象本人");
        assertThat(page.getByTestId("pin-slip-task-handover")).containsText("与服务卡分开");
        Browsers.snapshot(page, "pin-slip-task-desktop");
        page.getByTestId("pin-slip-task-print").click();
        pin = readSlip(page, "密码函测试", cardNo);
        Browsers.snapshot(page, "pin-slip-desktop");
        // Printing the slip did the task: it left the inbox.
        assertThat(taskService.createTaskQuery().processDefinitionKey(CardPinSlipProcess.KEY)
                .processInstanceBusinessKey(caseNo).count()).isZero();

        // 2. Shown once: a reload, or coming back, shows no PIN.
        page.reload();
        assertThat(page.getByTestId("pin-slip-gone")).containsText("只能查看一次");
        assertThat(page.getByTestId("pin-slip-pin")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(pin);
        page.getByTestId("pin-slip-back").click();
        openCardSection(page);
        assertThat(page.getByTestId("case-card-pin-state")).containsText("密码函已于");
        assertThat(page.getByTestId("case-card-pin-slip")).hasCount(0);
        assertThat(page.getByTestId("case-card-pin-reset")).isVisible();

        // 3. The printed card tells where the PIN is, never the PIN.
        page.navigate("/cases/" + caseNo + "/card");
        assertThat(page.getByTestId("card-pin-note")).hasText("服务确认密码见密码函，请妥善保管");
        org.assertj.core.api.Assertions.assertThat(page.getByTestId("service-card").innerText()).doesNotContain(pin);

        // 4. At the door, the recipient types the slip's PIN on the staff member's phone.
        page = browser.phone(STAFF);
        page.navigate("/services/today");
        page.getByTestId("confirm-pin-" + first).click();
        assertThat(page.getByText("密码函上的6位服务确认密码")).isVisible();
        page.getByTestId("confirm-pin-input").fill(pin);
        page.getByTestId("confirm-pin-submit").click();
        assertThat(page.getByTestId("delivery-status-" + first)).hasText("已确认");
        assertThat(jdbc.queryForObject("select confirm_method from service_delivery where id = ?", String.class, first))
                .isEqualTo("PIN");

        // 5. The slip is lost: the clerk resets the PIN and prints the new slip.
        String newPin;
        page = browser.desktop(CLERK);
        page.navigate("/cases/" + caseNo);
        openCardSection(page);
        page.getByTestId("case-card-pin-reset").click();
        page.getByTestId("case-card-pin-reset-confirm").click();
        newPin = readSlip(page, "密码函测试", cardNo);
        assertThat(page.getByTestId("pin-slip-reset")).isVisible();
        assertThat(newPin).isNotEqualTo(pin);
        page.getByTestId("pin-slip-back").click();
        assertThat(page.getByTestId("case-timeline")).containsText("重置服务卡");

        // 6. The old PIN is refused at once; the new one confirms.
        page = browser.phone(STAFF);
        page.navigate("/services/today");
        page.getByTestId("confirm-pin-" + second).click();
        page.getByTestId("confirm-pin-input").fill(pin);
        page.getByTestId("confirm-pin-submit").click();
        assertThat(page.getByTestId("confirm-pin-error")).isVisible();
        page.getByTestId("confirm-pin-input").fill(newPin);
        page.getByTestId("confirm-pin-submit").click();
        assertThat(page.getByTestId("delivery-status-" + second)).hasText("已确认");
        Browsers.snapshot(page, "pin-confirm-phone");

        // 7. The case exits: the card shows 已注销 with date and reason, and is not offered for printing.
        ApiClient clerk = ApiClient.signedIn(port, CLERK);
        assertThat(clerk.post("/api/cases/" + caseNo + "/status-change", Map.of("reason", "去世")).status())
                .isEqualTo(204);
        String review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review")
                .singleResult().getId();
        assertThat(clerk.post("/api/tasks/" + review + "/review", Map.of("decision", "STOP", "reason",
                "服务对象去世，停止服务")).status()).isEqualTo(204);
        String today = clock.today().toString();
        page = browser.phone(CLERK);
        page.navigate("/cases/" + caseNo);
        openCardSection(page);
        assertThat(page.getByTestId("case-card-status")).hasText("已注销");
        assertThat(page.getByTestId("case-card-revoked-at")).hasText(today);
        assertThat(page.getByTestId("case-card-revoke-reason")).hasText("服务对象去世，停止服务");
        assertThat(page.getByTestId("case-card-pin-reset")).hasCount(0);
        page.navigate("/cases/" + caseNo + "/card");
        assertThat(page.getByTestId("card-revoked-notice")).containsText(today);
        assertThat(page.getByTestId("card-revoked-notice")).containsText("服务对象去世");
        assertThat(page.getByTestId("card-revoked-mark")).isVisible();
        assertThat(page.getByTestId("card-print")).hasCount(0);
        Browsers.snapshot(page, "card-revoked-phone");

        // And in English.
        page.evaluate("() => localStorage.setItem('social-assist.lang', 'en')");
        page.reload();
        assertThat(page.getByTestId("card-revoked-notice")).containsText("was revoked on " + today);
        assertThat(page.getByTestId("card-revoked-mark")).hasText("This card has been revoked");
        page.navigate("/cases/" + caseNo);
        page.locator(".ant-collapse-header").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Service card$"))).click();
        assertThat(page.getByTestId("case-card-status")).hasText("Revoked");
        assertThat(page.getByTestId("case-card-pin-state")).containsText("the PIN no longer works");
    }
}
