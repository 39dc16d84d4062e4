package cn.civilaffairs.assist.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Talks to the running app over HTTP the way the SPA does: session cookie plus CSRF header. */
public class ApiClient {
    public static final String DEMO_PASSWORD = "Demo@2026";
    /** The app's CSRF cookie and header (names the Camunda webapps never read). */
    public static final String CSRF_COOKIE = "SA-XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-SA-XSRF-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    public ApiClient(int port) {
        this(port, new CookieManager());
    }

    private ApiClient(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (its cookies: session, CSRF) talking to another node of a cluster. */
    public ApiClient onPort(int port) {
        return new ApiClient(port, cookies);
    }

    /** Sends this header on every request, e.g. X-Forwarded-For to speak for another client address. */
    public ApiClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public static ApiClient signedIn(int port, String username) {
        ApiClient client = new ApiClient(port);
        Response r = client.login(username, DEMO_PASSWORD);
        if (r.status() != 200) {
            throw new IllegalStateException("login " + username + " failed: " + r.status() + " " + r.body());
        }
        return client;
    }

    public Response login(String username, String password) {
        get("/api/auth/csrf");
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
    }

    public Response post(String path, Object body) {
        return post(path, body, true);
    }

    public Response post(String path, Object body, boolean withCsrf) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(publisher)
                    .header("Content-Type", "application/json");
            return send(b, withCsrf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response put(String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            return send(b, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One part of a multipart request: a JSON object (fileName null) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part json(String name, Object value) {
            try {
                return new Part(name, null, "application/json", JSON.writeValueAsBytes(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    public Response multipart(String path, java.util.List<Part> parts) {
        String boundary = "----sa" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"")
                        + "\r\nContent-Type: " + p.contentType() + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(p.content());
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return send(b, true);
    }

    /** The raw bytes of a GET (downloads). */
    public byte[] download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of one file plus plain form fields. */
    public Response upload(String path, Map<String, String> fields, String fileName, String contentType, byte[] file) {
        String boundary = "----sa" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return send(b, true);
    }

    /** Any method with a raw body and extra headers (the app's CSRF header is added as usual). */
    public Response request(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b, true);
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> name.equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Response send(HttpRequest.Builder builder, boolean withCsrf) {
        builder.header("Accept", "application/json, application/problem+json");
        extraHeaders.forEach(builder::header);
        if (withCsrf) {
            String token = csrfToken();
            if (token != null) {
                builder.header(CSRF_HEADER, token);
            }
        }
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> CSRF_COOKIE.equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public record Response(int status, String contentType, String location, String body,
            java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
