package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Weight on a field phone (issue #15) over real HTTP: hashed assets precompressed and cached for a
 * year, index.html and the route fallbacks revalidated, API JSON compressed and never stored.
 * Needs the frontend built by this build (its .br/.gz files).
 */
@IntegrationTest
class StaticWeightTest {
    private static final Pattern ENTRY = Pattern.compile("src=\"/assets/(index-[\\w-]+\\.js)\"");

    @LocalServerPort int port;

    private final CookieManager cookies = new CookieManager();
    // java.net.http neither asks for nor undoes compression: what the test sees is what was sent.
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] classpath(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static String entryChunk() throws IOException {
        Matcher m = ENTRY.matcher(new String(classpath("static/index.html"), StandardCharsets.UTF_8));
        assertThat(m.find()).as("index.html names its entry chunk").isTrue();
        return m.group(1);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void aHashedAssetIsCompressedAndCachedForAYear() throws Exception {
        String entry = entryChunk();
        byte[] raw = classpath("static/assets/" + entry);

        HttpResponse<byte[]> gzip = get("/assets/" + entry, "gzip, deflate");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Content-Type")).startsWith("text/javascript");
        assertThat(header(gzip, "Vary")).contains("Accept-Encoding");
        assertThat(gzip.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, public, immutable");
        assertThat(gzip.headers().allValues("Pragma")).isEmpty();
        assertThat(gunzip(gzip.body())).isEqualTo(raw);
        assertThat(gzip.body().length).isLessThan(raw.length / 2);

        // Chromium lists gzip first, yet br is the smaller file.
        HttpResponse<byte[]> brotli = get("/assets/" + entry, "gzip, deflate, br, zstd");
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(brotli.body().length).isLessThan(gzip.body().length);
        assertThat(header(brotli, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");

        HttpResponse<byte[]> plain = get("/assets/" + entry, null);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(plain.body()).isEqualTo(raw);
        assertThat(header(plain, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    }

    @Test
    void aMissingHashedAssetIsNotFoundNotTheApp() throws Exception {
        HttpResponse<byte[]> missing = get("/assets/index-gone0000.js", "gzip");
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> route = get("/assets/nothing-here", "gzip");
        assertThat(route.statusCode()).isEqualTo(404);
    }

    @Test
    void indexAndRouteFallbacksAreRevalidatedEveryTime() throws Exception {
        byte[] index = classpath("static/index.html");
        for (String path : new String[] {"/", "/index.html", "/tasks/42", "/login"}) {
            HttpResponse<byte[]> r = get(path, "gzip");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Cache-Control")).as(path).containsExactly("no-cache");
            assertThat(header(r, "Content-Type")).as(path).startsWith("text/html");
            assertThat(header(r, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(gunzip(r.body())).as(path).isEqualTo(index);
        }
    }

    @Test
    void apiJsonIsCompressedAndNeverStored() throws Exception {
        get("/api/auth/csrf", null);
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> "SA-XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/auth/login")).header("Content-Type", "application/json").header("X-SA-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"manager\",\"password\":\""
                        + ApiClient.DEMO_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> docs = get("/v3/api-docs", "gzip");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(header(docs, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(docs, "Cache-Control")).contains("no-store");
        assertThat(new String(gunzip(docs.body()), StandardCharsets.UTF_8)).startsWith("{").contains("\"openapi\"");

        HttpResponse<byte[]> plain = get("/v3/api-docs", null);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(plain, "Cache-Control")).contains("no-store");
    }
}
