package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.security.internal.SecurityConfig;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CSP and Referrer-Policy on the app and its API, the webapps' own CSP left alone, the API docs closed. */
@IntegrationTest
class SecurityHeadersTest {
    @LocalServerPort int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws IOException, InterruptedException {
        get("/api/auth/csrf");
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> "SA-XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/auth/login")).header("Content-Type", "application/json").header("X-SA-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + ApiClient.DEMO_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private static void assertAppHeaders(HttpResponse<String> r) {
        List<String> csp = r.headers().allValues("Content-Security-Policy");
        assertThat(csp).as(r.uri().toString()).containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(csp.get(0)).contains("default-src 'self'", "script-src 'self';",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(r.headers().allValues("Referrer-Policy")).as(r.uri().toString()).containsExactly("same-origin");
    }

    @Test
    void theSpaAndTheApiSendCspAndReferrerPolicy() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertAppHeaders(index);
        assertAppHeaders(get("/cases/SA-2026-000001"));
        HttpResponse<String> anonymousApi = get("/api/auth/me");
        assertThat(anonymousApi.statusCode()).isEqualTo(401);
        assertAppHeaders(anonymousApi);
        signIn("manager");
        HttpResponse<String> api = get("/api/auth/me");
        assertThat(api.statusCode()).isEqualTo(200);
        assertAppHeaders(api);
        HttpResponse<String> swagger = get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertAppHeaders(swagger);
    }

    @Test
    void theCamundaWebappsKeepTheirOwnSingleCsp() throws Exception {
        signIn("manager");
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        List<String> csp = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(csp).hasSize(1);
        assertThat(csp.get(0)).isNotEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src");
        assertThat(cockpit.headers().allValues("Referrer-Policy")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theApiDocsInJsonAndYamlNeedASignedInUser() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(401);
        }
        signIn("vo001001");
        HttpResponse<String> yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi:");
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }
}
