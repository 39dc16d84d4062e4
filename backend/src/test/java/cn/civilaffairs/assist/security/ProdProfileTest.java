package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile behind a TLS-terminating proxy: Secure session and CSRF cookies, and the client's
 * address (X-Forwarded-For) in the access log. Own in-memory database: a second application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Its own engine name: the engine REST API finds its engine by name in a static registry, and a
        // second "default" would take the place of the shared test context's engine there.
        properties = {"spring.datasource.url=jdbc:h2:mem:prod-profile-test;DB_CLOSE_DELAY=-1",
                "camunda.bpm.process-engine-name=prodProfileTest"})
@ActiveProfiles({"prod", "test"}) // test last: demo accounts on, everything else as in prod
class ProdProfileTest {
    private static final String CLIENT = "203.0.113.7";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpRequest.Builder viaProxy(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", CLIENT);
    }

    private static String cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers().map()));
    }

    private static String value(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void cookiesAreSecureAndTheAccessLogHasTheClientsAddress() throws Exception {
        HttpResponse<String> csrf = http.send(viaProxy("/api/auth/csrf").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(csrf, "SA-XSRF-TOKEN");
        assertThat(xsrf).contains("; Secure");
        String token = value(xsrf).substring("SA-XSRF-TOKEN=".length());

        HttpResponse<String> login = http.send(viaProxy("/api/auth/login").header("Content-Type", "application/json")
                .header("Cookie", value(xsrf)).header("X-SA-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + ApiClient.DEMO_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String session = cookie(login, "SESSION");
        assertThat(session).contains("; Secure").contains("; HttpOnly");
        assertThat(cookie(login, "SA-XSRF-TOKEN")).contains("; Secure");

        String caseNo = jdbc.queryForObject("SELECT MIN(case_no) FROM service_case WHERE person_id IS NOT NULL",
                String.class);
        List<String> cookies = List.of(value(session), value(cookie(login, "SA-XSRF-TOKEN")));
        HttpResponse<String> view = http.send(viaProxy("/api/cases/" + caseNo)
                .header("Cookie", cookies.stream().collect(Collectors.joining("; "))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT client_ip FROM access_log WHERE username = 'admin' AND resource = ?",
                String.class, caseNo)).containsExactly(CLIENT);
    }

    @Test
    void theEngineKeepsHistoryAtTheProductionLevel() {
        // app-audit (workflow/internal/AuditHistoryLevel), and the demo's cases ran through at it.
        assertThat(jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class))
                .isEqualTo("12");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class)).isPositive();
    }
}
