package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input changes nothing: every write operation of the OpenAPI document gets bodies derived
 * from its own schema with one value made wrong (coerced scalars, control characters, impossible
 * dates, over-long text, stray decimals, duplicate keys, truncated JSON, no body), every list
 * operation gets absurd paging, every upload a file name with NUL. Each request is sent by an
 * account that holds the endpoint's role, on real records of the demo data where the path names
 * one. No answer may be 5xx and no domain table may gain or change a row.
 */
@IntegrationTest
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * Tables left out of the before/after comparison, because they change on their own while the
     * corpus runs: the Flyway history, the mail outbox (the dispatcher marks notices sent), and
     * pure logs of requests (sign-in/PIN attempts, access logs) that record refused requests by
     * design, and the HTTP sessions (each client of the corpus signs in). ACT_* tables belong to the
     * engine and are compared through the domain tables and the inbox projection instead.
     */
    static final Set<String> EXCLUDED_TABLES = Set.of("flyway_schema_history", "mail_outbox", "spring_session",
            "spring_session_attributes");
    static final Pattern EXCLUDED_LOG_TABLES = Pattern.compile("(?i).*(_log|attempts?|_audit)$");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    private final Map<String, Raw> clients = new ConcurrentHashMap<>();
    private JsonNode api;

    @Test
    void everyWriteOperationRefusesBadInputWithoutServerErrorAndStoresNothing() throws Exception {
        long started = System.nanoTime();
        api = client("admin").send("GET", "/v3/api-docs", null, null).json();
        Map<String, String> before = snapshot();

        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        int withRealIds = 0;
        int reachedField = 0;
        List<String> accepted = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> notReal = new ArrayList<>();

        var paths = api.get("paths").fields();
        while (paths.hasNext()) {
            var entry = paths.next();
            String template = entry.getKey();
            if (!template.startsWith("/api/")) {
                continue;
            }
            var methods = entry.getValue().fields();
            while (methods.hasNext()) {
                var m = methods.next();
                String method = m.getKey().toUpperCase();
                JsonNode op = m.getValue();
                List<Probe> probes = probes(method, template, op);
                if (probes.isEmpty()) {
                    continue;
                }
                Target target = target(template);
                operations++;
                if (target.real()) {
                    withRealIds++;
                } else {
                    notReal.add(method + " " + template);
                }
                boolean fieldSeen = false;
                for (Probe p : probes) {
                    Result r = client(target.user()).send(method, target.path() + p.query(), p.contentType(), p.body());
                    requests++;
                    histogram.merge(r.status(), 1, Integer::sum);
                    if (r.status() >= 500) {
                        serverErrors.add(method + " " + template + " [" + p.label() + "] → " + r.status());
                    } else if (r.status() < 300) {
                        accepted.add(method + " " + template + " [" + p.label() + "] → " + r.status());
                    } else if (r.status() != 400) {
                        other.add(method + " " + template + " [" + p.label() + "] → " + r.status());
                    }
                    if (r.status() == 400 && p.field() != null && r.body().contains(p.field())) {
                        fieldSeen = true;
                    }
                }
                if (fieldSeen) {
                    reachedField++;
                }
            }
        }

        Map<String, String> after = snapshot();
        List<String> changed = new ArrayList<>();
        for (var e : after.entrySet()) {
            String was = before.get(e.getKey());
            if (!e.getValue().equals(was)) {
                changed.add(e.getKey() + ": " + was + " → " + e.getValue());
            }
        }
        System.out.printf("Bad-input corpus: %d operations (%d on real demo records, %d answered 400 naming the"
                        + " bad field), %d requests in %.1f s, status histogram %s, %d tables compared%n",
                operations, withRealIds, reachedField, requests, (System.nanoTime() - started) / 1e9, histogram,
                after.size());
        serverErrors.forEach(s -> System.out.println("  5xx: " + s));
        accepted.forEach(s -> System.out.println("  2xx: " + s));
        other.forEach(s -> System.out.println("  other: " + s));
        notReal.forEach(s -> System.out.println("  no demo record for the path: " + s));
        changed.forEach(s -> System.out.println("  changed: " + s));

        assertThat(operations).as("write and list operations found in /v3/api-docs").isGreaterThan(40);
        // The corpus must reach the binding and validation, not stop at 401/403/404.
        assertThat(reachedField).as("operations answering 400 naming the bad field").isGreaterThan(operations * 8 / 10);
        assertThat(withRealIds).as("operations sent to real demo records").isGreaterThan(operations / 2);
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(changed).as("domain tables changed by bad input").isEmpty();
    }

    @Test
    void refusalsAreProblemDetailsNamingTheField() {
        Raw officer = client("vo001001");
        String lead = "{\"name\":%s,\"idNumber\":\"110101194501010014\",\"villageCode\":\"360199001001\","
                + "\"source\":\"OWN_VISIT\",\"focusGroup\":\"NO_CARER\",\"situation\":\"测试\"}";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(lead.formatted("12345"), "name");
        cases.put(lead.formatted("true"), "name");
        cases.put(lead.formatted("\"王\\u0000丽\""), "name");
        cases.put(lead.formatted("\"王\\u202e丽\""), "name");
        cases.put(lead.formatted("\"王丽\"").replace("{", "{\"name\":\"李强\","), "name");
        cases.put(lead.formatted("\"王丽\"").replace("}", ",\"nickname\":\"x\"}"), "nickname");
        for (var c : cases.entrySet()) {
            Result r = officer.send("POST", "/api/leads", "application/json", c.getKey().getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(c.getKey()).isEqualTo(400);
            assertThat(r.contentType()).as(c.getKey()).startsWith("application/problem+json");
            assertThat(r.json().path("errors").get(0).path("field").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        Result paging = officer.send("GET", "/api/cases?page=2147483647&size=100", null, null);
        assertThat(paging.status()).isEqualTo(400);
        assertThat(paging.json().path("errors").get(0).path("field").asText()).isEqualTo("page");
        Result deadline = officer.send("GET", "/api/calendar/deadline?from=0001-01-01&workingDays=1", null, null);
        assertThat(deadline.status()).isEqualTo(400);
        assertThat(deadline.json().path("errors").get(0).path("field").asText()).isEqualTo("from");
    }

    // ---- what to send ------------------------------------------------------------------------

    record Probe(String label, String field, String query, String contentType, byte[] body) {
        static Probe json(String label, String field, String text) {
            return new Probe(label, field, "", "application/json", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<Probe> probes(String method, String template, JsonNode op) {
        List<Probe> out = new ArrayList<>();
        if (method.equals("GET")) {
            boolean paged = false;
            for (JsonNode p : op.path("parameters")) {
                paged |= "page".equals(p.path("name").asText());
            }
            if (paged) {
                out.add(new Probe("page=2147483647", "page", "?page=2147483647&size=100", null, null));
                out.add(new Probe("page=10001", "page", "?page=10001", null, null));
                out.add(new Probe("size=-1", "size", "?size=-1", null, null));
                out.add(new Probe("page=-1", "page", "?page=-1", null, null));
            }
            return out;
        }
        if (method.equals("DELETE") || template.equals("/api/auth/login")) {
            // A body-less DELETE has nothing to corrupt; sign-in is covered by the security tests.
            return out;
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.get("application/json").path("schema"));
            JsonNode base = base(schema, 0);
            String baseText = base.toString();
            List<Mutation> mutations = new ArrayList<>();
            mutate(schema, base, new ArrayList<>(), mutations, 0);
            for (Mutation mu : mutations) {
                out.add(Probe.json(mu.label(), mu.field(), mu.body().toString()));
            }
            if (base instanceof ObjectNode o && o.size() > 0) {
                String first = o.fieldNames().next();
                String dup = "{" + F.textNode(first) + ":" + o.get(first) + "," + baseText.substring(1);
                out.add(Probe.json("duplicate key " + first, first, dup));
            }
            out.add(Probe.json("truncated", null, baseText.substring(0, Math.max(1, baseText.length() / 2))));
            out.add(Probe.json("empty body", null, ""));
            out.add(Probe.json("array instead of object", null, "[]"));
            if (template.equals("/api/tasks/{id}/complete")) {
                out.addAll(genericFormProbes());
            }
        } else if (content.has("multipart/form-data")) {
            JsonNode schema = resolve(content.get("multipart/form-data").path("schema"));
            Map<String, JsonNode> jsonParts = new LinkedHashMap<>();
            List<String> fileParts = new ArrayList<>();
            var props = schema.path("properties").fields();
            while (props.hasNext()) {
                var p = props.next();
                JsonNode ps = resolve(p.getValue());
                if ("binary".equals(ps.path("format").asText())) {
                    fileParts.add(p.getKey());
                } else if (ps.has("properties")) {
                    jsonParts.put(p.getKey(), ps);
                }
            }
            Map<String, JsonNode> baseParts = new LinkedHashMap<>();
            jsonParts.forEach((name, s) -> baseParts.put(name, base(s, 0)));
            String fileName = template.contains("calendar") ? "holidays.csv"
                    : template.contains("roster") ? "roster.xlsx" : "photo.png";
            byte[] file = fileContent(template, "国庆节");
            for (String fp : fileParts) {
                out.add(multipart("file name with NUL", fp, baseParts, fp, "a\u0000b.png", file));
                out.add(multipart("file name with BEL", fp, baseParts, fp, "a\u0007b.png", file));
                out.add(multipart("file name with U+202E", fp, baseParts, fp, "a\u202Egnp.exe", file));
                out.add(multipart("file name of 300 chars", fp, baseParts, fp, "x".repeat(296) + ".png", file));
            }
            if (template.contains("calendar")) {
                out.add(multipart("holiday name of 51 chars", null, baseParts, fileParts.get(0), fileName,
                        fileContent(template, "节".repeat(51))));
                out.add(multipart("holiday name with NUL", null, baseParts, fileParts.get(0), fileName,
                        fileContent(template, "国庆\u0000节")));
            }
            for (var jp : jsonParts.entrySet()) {
                List<Mutation> mutations = new ArrayList<>();
                mutate(jp.getValue(), baseParts.get(jp.getKey()), new ArrayList<>(), mutations, 0);
                for (Mutation mu : mutations) {
                    Map<String, JsonNode> parts = new LinkedHashMap<>(baseParts);
                    parts.put(jp.getKey(), mu.body());
                    out.add(multipartJson(jp.getKey() + ": " + mu.label(), mu.field(), parts));
                }
            }
        }
        return out;
    }

    /** The generic task form of a real generic task: each field with a wrong or control-character value. */
    private List<Probe> genericFormProbes() {
        List<Probe> out = new ArrayList<>();
        Task task = genericTask();
        if (task == null) {
            return out;
        }
        JsonNode fields = client(memberFor(task)).send("GET", "/api/tasks/" + task.getId(), null, null).json()
                .path("formFields");
        ObjectNode good = F.objectNode();
        for (JsonNode f : fields) {
            good.set(f.path("id").asText(), goodFormValue(f.path("type").asText()));
        }
        for (JsonNode f : fields) {
            String id = f.path("id").asText();
            List<JsonNode> bad = switch (f.path("type").asText()) {
                case "boolean" -> List.of(F.textNode("yes"), F.numberNode(1));
                case "long" -> List.of(F.textNode("abc"), F.numberNode(0.5));
                case "date" -> List.of(F.numberNode(12345), F.textNode("+999999999-12-31"), F.textNode("2026-13-45"));
                default -> List.of(F.textNode("a\u0000b"), F.textNode("a\u0007b"), F.textNode("a\u202Eb"),
                        F.numberNode(12345), F.booleanNode(true));
            };
            for (JsonNode value : bad) {
                ObjectNode values = good.deepCopy();
                values.set(id, value);
                out.add(Probe.json("form field " + id + " = " + value, id,
                        F.objectNode().set("variables", values).toString()));
            }
        }
        return out;
    }

    private static JsonNode goodFormValue(String type) {
        return switch (type) {
            case "boolean" -> F.booleanNode(true);
            case "long" -> F.numberNode(1);
            case "date" -> F.textNode(LocalDate.now().toString());
            default -> F.textNode("测试");
        };
    }

    private static byte[] fileContent(String template, String holidayName) {
        if (template.contains("calendar")) {
            return ("date,kind,name\n2030-10-01,holiday," + holidayName + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    }

    private static Probe multipart(String label, String field, Map<String, JsonNode> jsonParts, String filePart,
            String fileName, byte[] file) {
        return multipartOf(label, field, jsonParts, filePart, fileName, file);
    }

    private static Probe multipartJson(String label, String field, Map<String, JsonNode> jsonParts) {
        return multipartOf(label, field, jsonParts, null, null, null);
    }

    private static Probe multipartOf(String label, String field, Map<String, JsonNode> jsonParts, String filePart,
            String fileName, byte[] file) {
        String boundary = "----corpus" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        try {
            for (var p : jsonParts.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey()
                        + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(p.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            if (filePart != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePart
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Probe(label, field, "", "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    record Mutation(String label, String field, JsonNode body) {}

    /** One mutation per (leaf property, wrong value); the rest of the body keeps its plausible values. */
    private void mutate(JsonNode schema, JsonNode base, List<Object> path, List<Mutation> out, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 4) {
            return;
        }
        if (s.has("properties")) {
            if (!path.isEmpty()) {
                addAll(out, base, path, List.of(F.textNode(""), F.numberNode(1)));
            }
            var props = s.get("properties").fields();
            while (props.hasNext()) {
                var p = props.next();
                List<Object> sub = new ArrayList<>(path);
                sub.add(p.getKey());
                mutate(p.getValue(), base, sub, out, depth + 1);
            }
            return;
        }
        if (path.isEmpty()) {
            return;
        }
        String type = s.path("type").asText();
        String format = s.path("format").asText();
        List<JsonNode> bad = new ArrayList<>();
        switch (type) {
            case "string" -> {
                if (format.equals("date") || format.equals("date-time")) {
                    bad.addAll(List.of(F.numberNode(12345), F.textNode("+999999999-12-31"), F.textNode("2026-13-45"),
                            F.textNode("1899-12-31")));
                    // Well-formed and within the binding's years, but no event of this app happened then:
                    // the domain services must refuse it.
                    bad.add(F.textNode(format.equals("date") ? "1900-01-01" : "1900-01-01T00:00:00Z"));
                } else {
                    int max = s.path("maxLength").asInt(2000);
                    bad.addAll(List.of(F.numberNode(12345), F.booleanNode(true), F.textNode("名\u0000字"),
                            F.textNode("名\u0007字"), F.textNode("名\u202E字"), F.textNode("名\u0085字"),
                            F.textNode("x".repeat(max + 1)), F.objectNode()));
                }
            }
            case "integer" -> bad.addAll(List.of(F.textNode("abc"), F.textNode("12"), F.numberNode(0.0001),
                    F.numberNode(new java.math.BigDecimal("1e30")), F.booleanNode(true), F.textNode("")));
            case "number" -> bad.addAll(List.of(F.textNode("abc"), F.textNode("12.5"), F.numberNode(
                    new java.math.BigDecimal("0.0001")), F.numberNode(new java.math.BigDecimal("1e30")),
                    F.booleanNode(true), F.numberNode(-1)));
            case "boolean" -> bad.addAll(List.of(F.textNode("yes"), F.textNode("true"), F.numberNode(1)));
            case "array" -> {
                bad.add(F.textNode("x"));
                List<Object> sub = new ArrayList<>(path);
                sub.add(0);
                if (nodeAt(base, sub) != null) {
                    mutate(s.path("items"), base, sub, out, depth + 1);
                }
            }
            default -> { }
        }
        addAll(out, base, path, bad);
    }

    private void addAll(List<Mutation> out, JsonNode base, List<Object> path, List<JsonNode> values) {
        String field = String.valueOf(path.get(path.size() - 1) instanceof Integer && path.size() > 1
                ? path.get(path.size() - 2) : path.get(path.size() - 1));
        for (JsonNode v : values) {
            JsonNode copy = base.deepCopy();
            JsonNode parent = nodeAt(copy, path.subList(0, path.size() - 1));
            Object last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode o) {
                o.set((String) last, v);
            } else if (parent instanceof ArrayNode a && a.size() > (Integer) last) {
                a.set((Integer) last, v);
            } else {
                continue;
            }
            String shown = v.isTextual() && v.asText().length() > 20 ? "\"" + v.asText().length() + " chars\"" : v.toString();
            out.add(new Mutation(path + " = " + shown, field, copy));
        }
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object p : path) {
            n = p instanceof Integer i ? n.get(i) : n.get((String) p);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** A plausible value for a schema, so one wrong value at a time is what the server sees. */
    private JsonNode base(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("properties")) {
            ObjectNode o = F.objectNode();
            if (depth < 5) {
                s.get("properties").fields().forEachRemaining(p -> o.set(p.getKey(), base(p.getValue(), depth + 1)));
            }
            return o;
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        return switch (s.path("type").asText()) {
            case "string" -> switch (s.path("format").asText()) {
                case "date" -> F.textNode(LocalDate.now().toString());
                case "date-time" -> F.textNode(OffsetDateTime.now().toString());
                default -> F.textNode(plausibleText(s));
            };
            case "integer" -> F.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
            case "number" -> F.numberNode(s.has("minimum") ? s.get("minimum").decimalValue()
                    : new java.math.BigDecimal("10.00"));
            case "boolean" -> F.booleanNode(true);
            case "array" -> F.arrayNode().add(base(s.path("items"), depth + 1));
            case "object" -> F.objectNode();
            default -> F.textNode("测试");
        };
    }

    private static final List<String> CANDIDATES = List.of("测试", "360199001001", "360199001", "360199",
            "110101194501010014", "13900000000", "2026-01", "A1", "1", "测试说明文字足够长的一段内容");

    private static String plausibleText(JsonNode s) {
        if (!s.has("pattern")) {
            return "测试";
        }
        Pattern p = Pattern.compile(s.get("pattern").asText());
        return CANDIDATES.stream().filter(c -> p.matcher(c).matches()).findFirst().orElse("测试");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = api.at(ref.substring(1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    // ---- whom and where ----------------------------------------------------------------------

    record Target(String path, String user, boolean real) {}

    /** Real path values from the demo data, and an account holding the operation's role and scope. */
    private Target target(String template) {
        boolean real = true;
        String path = template;
        String user = userFor(template);
        if (path.contains("{taskId}") || path.startsWith("/api/tasks/{id}")) {
            String suffix = path.replaceFirst("^/api/tasks/\\{(taskId|id)}/?", "");
            Task task = suffix.equals("complete") ? genericTask() : taskWithForm("app:" + suffix);
            if (task != null) {
                path = path.replaceFirst("\\{(taskId|id)}", task.getId());
                user = memberFor(task);
            } else {
                real = false;
                path = path.replaceFirst("\\{(taskId|id)}", "00000000-0000-0000-0000-000000000000");
            }
        }
        real &= replace(path, "{caseNo}", "SELECT case_no FROM service_case WHERE village_code = '360199001001' ORDER BY id");
        path = sub(path, "{caseNo}", "SELECT case_no FROM service_case WHERE village_code = '360199001001' ORDER BY id");
        String[][] rules = {
            {"/api/care/enrolments/{no}", "{no}", "SELECT enrolment_no FROM care_enrolment WHERE village_code = '360199001001' ORDER BY id"},
            {"/api/services/statements/{no}", "{no}", "SELECT statement_no FROM settlement_statement ORDER BY id"},
            {"/api/care/emergencies/{id}", "{id}", "SELECT id FROM care_emergency ORDER BY id"},
            {"/api/services/deliveries/{id}", "{id}", "SELECT id FROM service_delivery ORDER BY id"},
            {"/api/services/helpers/{id}", "{id}", "SELECT id FROM neighbour_helper ORDER BY id"},
            {"/api/referrals/consents/{id}", "{id}", "SELECT id FROM referral_consent ORDER BY id"},
            {"/api/referrals/{batchNo}", "{batchNo}", "SELECT batch_no FROM referral_batch ORDER BY id"},
            {"/items/{itemId}", "{itemId}", "SELECT id FROM referral_item ORDER BY id"},
            {"/plans/{planId}", "{planId}", "SELECT id FROM referral_plan ORDER BY id"},
            {"/api/meeting/agenda-items/{itemNo}", "{itemNo}", "SELECT item_no FROM meeting_item ORDER BY id"},
        };
        for (String[] r : rules) {
            if (template.contains(r[0])) {
                real &= replace(path, r[1], r[2]);
                path = sub(path, r[1], r[2]);
            }
        }
        if (path.contains("{")) {
            real = false;
            path = path.replaceAll("\\{[^}]+}", "1");
        }
        return new Target(path, user, real);
    }

    private static String userFor(String template) {
        if (template.startsWith("/api/services/contracts") || template.startsWith("/api/services/spot-checks")
                || template.startsWith("/api/care/emergencies") || template.startsWith("/api/calendar")
                || template.startsWith("/api/monitoring") || template.startsWith("/api/reports")
                || template.startsWith("/api/recognitions")) {
            return "manager";
        }
        if (template.startsWith("/api/services/registrations") || template.startsWith("/api/services/deliveries")
                || template.startsWith("/api/services/statements")) {
            return "provider1";
        }
        if (template.startsWith("/api/cases/{caseNo}/card/")) {
            return "street001"; // PIN slip and reset: the street clerk of 南门社区's street
        }
        if (template.startsWith("/api/referrals/{batchNo}")) {
            return "charity1";
        }
        if (template.startsWith("/api/referrals")) {
            return "street001";
        }
        if (template.startsWith("/api/meeting/agenda-items/{itemNo}/deliveries")) {
            return "agency1";
        }
        if (template.startsWith("/api/meeting/meetings") || template.startsWith("/api/meeting/agenda-items/{itemNo}")) {
            return "manager";
        }
        if (template.startsWith("/api/meeting")) {
            return "street002"; // the demo agenda item is in 东湖街道
        }
        if (template.startsWith("/api/intakes")) {
            return "vo001001"; // one door: the village officer takes an intake in (the street clerk may too)
        }
        if (template.startsWith("/api/care/enrolments/{no}/visits") || template.startsWith("/api/care/enrolments/{no}/problems")) {
            return "cadre1";
        }
        return "vo001001";
    }

    private boolean replace(String path, String var, String sql) {
        return !path.contains(var) || firstValue(sql) != null;
    }

    private String sub(String path, String var, String sql) {
        if (!path.contains(var)) {
            return path;
        }
        String v = firstValue(sql);
        return path.replace(var, v == null ? "1" : v);
    }

    private String firstValue(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Task taskWithForm(String formKey) {
        return taskService.createTaskQuery().initializeFormKeys().list().stream()
                .filter(t -> formKey.equals(t.getFormKey())).findFirst().orElse(null);
    }

    /** A task with a generic form that has a required field, so an empty completion is refused. */
    private Task genericTask() {
        return taskService.createTaskQuery().taskDefinitionKey("verifyLead").list().stream().findFirst()
                .orElse(null);
    }

    private String memberFor(Task task) {
        for (IdentityLink l : taskService.getIdentityLinksForTask(task.getId())) {
            if (l.getGroupId() != null) {
                List<User> members = identityService.createUserQuery().memberOfGroup(l.getGroupId()).list();
                if (!members.isEmpty()) {
                    return members.get(0).getId();
                }
            }
        }
        return task.getAssignee() != null ? task.getAssignee() : "admin";
    }

    // ---- the database before and after --------------------------------------------------------

    /** Per domain table: row count and a digest of every row, so changed rows count as well as new ones. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String name = rs.getString("TABLE_NAME");
                    if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                        continue;
                    }
                    String lower = name.toLowerCase();
                    if (lower.startsWith("act_") || EXCLUDED_TABLES.contains(lower)
                            || EXCLUDED_LOG_TABLES.matcher(lower).matches()) {
                        continue;
                    }
                    tables.add(name);
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(b.toString());
                    }
                }
                rows.sort(null);
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> md.update(r.getBytes(StandardCharsets.UTF_8)));
                out.put(t.toLowerCase(), rows.size() + " rows " + HexFormat.of().formatHex(md.digest(), 0, 4));
            }
        }
        return out;
    }

    // ---- HTTP --------------------------------------------------------------------------------

    private Raw client(String user) {
        return clients.computeIfAbsent(user, u -> Raw.signedIn(port, u));
    }

    record Result(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sends raw bytes (the SPA's client serialises objects, which cannot express broken JSON). */
    static final class Raw {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Raw(int port) {
            base = "http://localhost:" + port;
            http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static Raw signedIn(int port, String user) {
            Raw r = new Raw(port);
            r.send("GET", "/api/auth/csrf", null, null);
            Result login = r.send("POST", "/api/auth/login", "application/json",
                    ("{\"username\":\"" + user + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
            if (login.status() != 200) {
                throw new IllegalStateException("login " + user + ": " + login.status() + " " + login.body());
            }
            return r;
        }

        Result send(String method, String path, String contentType, byte[] body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Accept", "application/json, application/problem+json");
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            cookies.getCookieStore().getCookies().stream().filter(c -> "SA-XSRF-TOKEN".equals(c.getName()))
                    .map(HttpCookie::getValue).findFirst().ifPresent(t -> b.header("X-SA-XSRF-TOKEN", t));
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Result(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
