package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document's nullability is a promise the frontend's types rely on: a property not typed
 * {@code [X, "null"]} is never null, and every {@code required} property is there (see {@link MayBeNull}
 * and {@code common.internal.NullableProperties}). This test holds the answers to that promise: it signs
 * in as each demo role, reads every list and, from what the lists name, every detail (cases, tasks, care,
 * services, referrals, notices, calendar, access log), and walks each JSON answer along its schema in the
 * served document. A null on a property not marked nullable, or a required property missing, fails it
 * with the endpoint and the schema path.
 */
@IntegrationTest
class NullabilityContractTest {
    private static final String REF = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo users of every role (README, "Demo accounts"). */
    private static final List<String> USERS = List.of("admin", "manager", "street001", "street002", "vo001001",
            "provider1", "provider2", "charity1", "cadre1", "vc001001", "agency1");
    /**
     * Views the demo data must reach, so the test cannot pass by reading nothing. The demo has no service
     * deliveries, statements or emergencies yet, so DeliveryRow, StatementRow/View/Line and EmergencyView
     * are walked only when some earlier test of the same context has made one.
     */
    private static final Set<String> MUST_SEE = Set.of("CaseView", "CaseSummary", "PersonView", "AssessmentView",
            "CardView", "GrantView", "NoticeView", "TimelineEntry", "TaskSummary", "TaskDetail", "FormFieldDto",
            "RosterRow", "EnrolmentView", "VisitView", "CareWarningView", "OrderRow", "OrderView",
            "ContractView", "BatchRow", "BatchView",
            "ItemView", "PlanView", "EligibleRow", "NoticeBoard", "NoticeEntry", "Entry", "Status", "Deadline",
            "CurrentUserResponse", "MonitoringOverview", "MonitoredTask", "StepDurations", "StepDuration",
            "KpiReport", "KpiFigures", "StreetKpis", "AgendaItemRow", "AgendaItemView", "AgencyOption");

    @LocalServerPort int port;

    private JsonNode document;
    /** One entry per schema path and kind of problem, with the first answer that showed it. */
    private final Map<String, String> problems = new TreeMap<>();
    private final Set<String> seen = new TreeSet<>();
    private final Map<String, Integer> nulls = new TreeMap<>();
    private int answers;

    @Test
    void everyNullIsOnANullablePropertyAndEveryRequiredPropertyIsThere() {
        ApiClient admin = ApiClient.signedIn(port, "admin");
        ApiClient.Response docs = admin.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        document = docs.json();

        for (String username : USERS) {
            readEverything(username, ApiClient.signedIn(port, username));
        }

        assertThat(problems).as("JSON answers that break the OpenAPI document's nullability or required lists"
                + " (mark the record component @MayBeNull if null is right, or fix the code that left it null)")
                .isEmpty();
        assertThat(seen).as("views the demo data reaches").containsAll(MUST_SEE);
        assertThat(nulls).as("nulls were met on nullable properties (the walk looks at values)").isNotEmpty();
        assertThat(answers).isGreaterThan(100);
    }

    /**
     * Every object schema an answer can reach is one of the app's records that NullableProperties
     * understood: it lists its properties under {@code required}. A schema without (a class, or a record
     * the customizer could not match by name) would leave the frontend guessing again.
     */
    @Test
    void everySchemaAnAnswerReachesSaysWhatIsRequired() {
        document = ApiClient.signedIn(port, "admin").get("/v3/api-docs").json();
        Set<String> reached = new TreeSet<>();
        java.util.Deque<JsonNode> todo = new java.util.ArrayDeque<>();
        document.path("paths").forEach(item -> item.forEach(op -> todo.add(op.path("responses"))));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.has("$ref") && node.get("$ref").asText().startsWith(REF)) {
                String name = node.get("$ref").asText().substring(REF.length());
                if (reached.add(name)) {
                    todo.add(document.path("components").path("schemas").path(name));
                }
            }
            node.forEach(todo::add);
        }
        List<String> without = reached.stream()
                .filter(name -> document.path("components").path("schemas").path(name).has("properties"))
                .filter(name -> !document.path("components").path("schemas").path(name).has("required"))
                .toList();
        assertThat(reached).hasSizeGreaterThan(80);
        assertThat(without).as("answered schemas without a required list").isEmpty();
    }

    /** The walk itself: it must see a null where none may be, a missing required property, and let the rest pass. */
    @Test
    void theWalkFindsANullOnANonNullablePropertyAndAMissingOne() throws Exception {
        document = JSON.readTree("""
                {"components": {"schemas": {
                  "V": {"type": "object", "required": ["a", "b", "c", "list"], "properties": {
                    "a": {"type": "string"},
                    "b": {"type": ["string", "null"]},
                    "c": {"oneOf": [{"$ref": "#/components/schemas/W"}, {"type": "null"}]},
                    "list": {"type": "array", "items": {"$ref": "#/components/schemas/W"}}}},
                  "W": {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}}}}}}
                """);
        JsonNode answer = JSON.readTree("""
                [{"a": null, "b": null, "c": null, "list": [{"x": null}, {}]},
                 {"a": "ok", "b": "ok", "c": {"x": 1}, "list": []}]
                """);
        JsonNode v = JSON.readTree("{\"$ref\": \"#/components/schemas/V\"}");
        for (JsonNode element : answer) {
            walk(element, v, "test → ", "");
        }
        assertThat(problems).containsOnlyKeys(
                "V.a is null, but the document does not mark it nullable",
                "V.list[].x is null, but the document does not mark it nullable",
                "V.list[].x is required but missing");
        assertThat(nulls).containsOnlyKeys("V.b", "V.c");
    }

    private void readEverything(String user, ApiClient api) {
        check(user, api, "/api/auth/me", "/api/auth/me");
        check(user, api, "/api/calendar/years", "/api/calendar/years");
        check(user, api, "/api/calendar/deadline", "/api/calendar/deadline?from=2026-12-24&workingDays=10");
        check(user, api, "/api/calendar/deadline", "/api/calendar/deadline?from=2027-12-24&workingDays=10");
        check(user, api, "/api/catalogue/items", "/api/catalogue/items");

        Set<String> villages = new LinkedHashSet<>();
        JsonNode cases = check(user, api, "/api/cases", "/api/cases?size=100");
        for (JsonNode c : items(cases)) {
            String no = enc(c.path("caseNo").asText());
            villages.add(c.path("villageCode").asText());
            check(user, api, "/api/cases/{caseNo}", "/api/cases/" + no);
            check(user, api, "/api/cases/{caseNo}/card", "/api/cases/" + no + "/card");
            check(user, api, "/api/cases/{caseNo}/diagram", "/api/cases/" + no + "/diagram");
            check(user, api, "/api/referrals/by-case/{caseNo}", "/api/referrals/by-case/" + no);
            check(user, api, "/api/referrals/consents", "/api/referrals/consents?caseNo=" + no);
        }
        for (String village : villages) {
            JsonNode board = check(user, api, "/api/notices", "/api/notices?villageCode=" + enc(village));
            if (board != null) {
                for (JsonNode entry : board.path("entries")) {
                    check(user, api, "/api/notices/{noticeId}", "/api/notices/" + entry.path("noticeId").asLong());
                }
            }
        }

        for (String scope : List.of("all", "mine", "group")) {
            JsonNode tasks = check(user, api, "/api/tasks", "/api/tasks?scope=" + scope + "&size=100");
            for (JsonNode t : items(tasks)) {
                String id = enc(t.path("id").asText());
                check(user, api, "/api/tasks/{id}", "/api/tasks/" + id);
                check(user, api, "/api/tasks/{id}/diagram", "/api/tasks/" + id + "/diagram");
                check(user, api, "/api/tasks/{id}/subject", "/api/tasks/" + id + "/subject");
            }
        }

        check(user, api, "/api/care/policy", "/api/care/policy");
        check(user, api, "/api/care/emergencies", "/api/care/emergencies");
        JsonNode roster = check(user, api, "/api/care/enrolments", "/api/care/enrolments?size=100");
        for (JsonNode row : items(roster)) {
            String no = enc(row.path("enrolmentNo").asText());
            check(user, api, "/api/care/enrolments/{no}", "/api/care/enrolments/" + no);
            check(user, api, "/api/care/enrolments/{no}/responsible-candidates",
                    "/api/care/enrolments/" + no + "/responsible-candidates");
        }

        check(user, api, "/api/services/contracts", "/api/services/contracts");
        check(user, api, "/api/services/providers", "/api/services/providers");
        check(user, api, "/api/services/standards", "/api/services/standards");
        check(user, api, "/api/services/today", "/api/services/today");
        check(user, api, "/api/services/helpers", "/api/services/helpers");
        check(user, api, "/api/services/deliveries", "/api/services/deliveries?size=100");
        JsonNode orders = check(user, api, "/api/services/orders", "/api/services/orders?size=100");
        for (JsonNode o : items(orders)) {
            String no = enc(o.path("orderNo").asText());
            check(user, api, "/api/services/orders/{orderNo}", "/api/services/orders/" + no);
            check(user, api, "/api/services/orders/{orderNo}/candidates", "/api/services/orders/" + no + "/candidates");
        }
        JsonNode statements = check(user, api, "/api/services/statements", "/api/services/statements");
        for (JsonNode s : statements == null ? List.<JsonNode>of() : statements) {
            check(user, api, "/api/services/statements/{no}",
                    "/api/services/statements/" + enc(s.path("statementNo").asText()));
        }
        Set<String> months = new TreeSet<>(List.of("2026-11", "2026-12"));
        for (String month : months) {
            check(user, api, "/api/services/helpers/aid", "/api/services/helpers/aid?month=" + month);
            check(user, api, "/api/services/spot-checks", "/api/services/spot-checks?month=" + month);
            check(user, api, "/api/services/standard-warnings", "/api/services/standard-warnings?month=" + month);
        }
        check(user, api, "/api/services/spot-checks", "/api/services/spot-checks");

        check(user, api, "/api/referrals/charities", "/api/referrals/charities");
        check(user, api, "/api/referrals/eligible", "/api/referrals/eligible");
        check(user, api, "/api/referrals/stats", "/api/referrals/stats");
        check(user, api, "/api/referrals/stats", "/api/referrals/stats?from=2026-01-01&to=2026-12-31");
        check(user, api, "/api/referrals/warnings", "/api/referrals/warnings?open=false");
        JsonNode batches = check(user, api, "/api/referrals", "/api/referrals?size=100");
        for (JsonNode b : items(batches)) {
            check(user, api, "/api/referrals/{batchNo}", "/api/referrals/" + enc(b.path("batchNo").asText()));
        }

        check(user, api, "/api/meeting/agencies", "/api/meeting/agencies");
        JsonNode agenda = check(user, api, "/api/meeting/agenda-items", "/api/meeting/agenda-items?size=100");
        for (JsonNode i : items(agenda)) {
            check(user, api, "/api/meeting/agenda-items/{itemNo}", "/api/meeting/agenda-items/" + enc(i.path("itemNo").asText()));
        }
        JsonNode meetings = check(user, api, "/api/meeting/meetings", "/api/meeting/meetings?size=100");
        for (JsonNode m : items(meetings)) {
            check(user, api, "/api/meeting/meetings/{meetingNo}", "/api/meeting/meetings/" + enc(m.path("meetingNo").asText()));
        }
        JsonNode intakes = check(user, api, "/api/intakes", "/api/intakes?size=100");
        for (JsonNode i : items(intakes)) {
            check(user, api, "/api/intakes/{intakeNo}", "/api/intakes/" + enc(i.path("intakeNo").asText()));
            check(user, api, "/api/persons/{personId}", "/api/persons/" + i.path("personId").asLong());
        }

        check(user, api, "/api/audit/access-log", "/api/audit/access-log?size=100");

        check(user, api, "/api/monitoring/overview", "/api/monitoring/overview");
        JsonNode processes = check(user, api, "/api/monitoring/processes", "/api/monitoring/processes");
        if (processes != null) {
            for (JsonNode p : processes) {
                check(user, api, "/api/monitoring/steps",
                        "/api/monitoring/steps?days=365&processKey=" + enc(p.path("processKey").asText()));
            }
        }
        for (String state : List.of("OPEN", "OVERDUE", "DUE_SOON")) {
            check(user, api, "/api/monitoring/tasks", "/api/monitoring/tasks?size=100&state=" + state);
        }
        check(user, api, "/api/monitoring/actions", "/api/monitoring/actions");
        check(user, api, "/api/reports/kpis", "/api/reports/kpis?from=2026-01-01&to=2026-12-31");
        check(user, api, "/api/reports", "/api/reports");
    }

    /** GETs {@code path}; a 200 answer is walked along the schema of {@code template}'s GET and returned. */
    private JsonNode check(String user, ApiClient api, String template, String path) {
        ApiClient.Response r = api.get(path);
        if (r.status() != 200) {
            return null; // another role's endpoint (403), or not in this user's scope (404)
        }
        JsonNode schema = document.path("paths").path(template).path("get").path("responses").path("200")
                .path("content").elements().next().path("schema");
        assertThat(schema.isMissingNode()).as("GET %s has a response schema", template).isFalse();
        answers++;
        walk(r.json(), schema, user + " GET " + path + " → ", "");
        return r.json();
    }

    private void walk(JsonNode value, JsonNode schema, String where, String at) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            String name = ref.substring(REF.length());
            seen.add(name);
            // named after the outermost schema: CaseView.person.gender, ItemDto.unit for a list of items
            walk(value, document.path("components").path("schemas").path(name), where,
                    at.matches("(\\[\\])*") ? name : at);
            return;
        }
        JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (choices != null) {
            if (value.isNull()) {
                boolean allowed = false;
                for (JsonNode choice : choices) {
                    allowed |= allowsNull(choice);
                }
                record(allowed, where, at);
                return;
            }
            // [X, null] for a nullable reference; several views (a task's subject): the one the value fits
            List<JsonNode> options = new java.util.ArrayList<>();
            choices.forEach(choice -> {
                if (!"null".equals(choice.path("type").asText())) {
                    options.add(choice);
                }
            });
            options.stream().filter(choice -> fits(value, choice)).findFirst()
                    .or(() -> options.stream().findFirst())
                    .ifPresent(choice -> walk(value, choice, where, at));
            return;
        }
        if (value.isNull()) {
            record(allowsNull(schema), where, at);
            return;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                walk(item, schema.path("items"), where, at + "[]");
            }
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.putIfAbsent(at + "." + required.asText() + " is required but missing", where);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (properties.has(field.getKey())) {
                    walk(field.getValue(), properties.get(field.getKey()), where, at + "." + field.getKey());
                } else if (schema.path("additionalProperties").isObject()) {
                    walk(field.getValue(), schema.get("additionalProperties"), where, at + "[" + field.getKey() + "]");
                }
            }
        }
    }

    /** An object fits a schema when it has all its required properties and no others. */
    private boolean fits(JsonNode value, JsonNode schema) {
        JsonNode resolved = schema.has("$ref")
                ? document.path("components").path("schemas").path(schema.get("$ref").asText().substring(REF.length()))
                : schema;
        if (!value.isObject() || !resolved.has("properties")) {
            return true;
        }
        for (JsonNode required : resolved.path("required")) {
            if (!value.has(required.asText())) {
                return false;
            }
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            if (!resolved.path("properties").has(names.next())) {
                return false;
            }
        }
        return true;
    }

    private void record(boolean allowed, String where, String at) {
        if (allowed) {
            nulls.merge(at, 1, Integer::sum);
        } else {
            problems.putIfAbsent(at + " is null, but the document does not mark it nullable", where);
        }
    }

    /** A schema admits null when its type lists "null", or when it names no type at all (free-form). */
    private boolean allowsNull(JsonNode schema) {
        if (schema.has("$ref")) {
            return false;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("properties") && !schema.has("items");
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "null".equals(type.asText());
    }

    private static Iterable<JsonNode> items(JsonNode page) {
        return page == null ? List.of() : page.path("items");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
