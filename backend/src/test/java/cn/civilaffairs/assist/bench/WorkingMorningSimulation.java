package cn.civilaffairs.assist.bench;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Issue 17 point 4: a working morning on two nodes over one MariaDB — village officers in their inbox
 * (list, search, open a task with its subject and diagram, record a lead and complete its verification),
 * officers visiting the graded people on their roster, provider staff recording deliveries that the
 * recipient confirms with the card's PIN or the village officer confirms afterwards. Every request goes
 * to the next node in turn, so one user's consecutive requests land on both nodes (sessions are in the
 * database). Not a test and not compiled without the bench profile: {@code ./mvnw -Pbench -pl backend
 * gatling:test}, nodes from {@code src/test/bench/two-nodes.sh}; failed requests with their answers go to
 * {@code target/gatling/failed-requests.log}. See the README.
 */
public class WorkingMorningSimulation extends Simulation {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSRF_HEADER = ApiClient.CSRF_HEADER;
    // A 1×1 PNG: the photo a phone attaches to a visit or a delivery (stored in the shared file store).
    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final List<String> NODES = List.of(System.getProperty("gatling.baseUrls",
            "http://127.0.0.1:18081,http://127.0.0.1:18082").split(","));
    private static final int USERS = Integer.getInteger("gatling.users", 200);
    private static final Duration RUN = Duration.ofSeconds(Math.round(
            Double.parseDouble(System.getProperty("gatling.minutes", "10")) * 60));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("gatling.rampSeconds", 60));
    /** Mean seconds between two actions of one person (a phone in the field); uniform 0.4–1.6 × this. */
    private static final double THINK = Double.parseDouble(System.getProperty("gatling.think", "5"));
    /** Mean seconds a person takes to fill in a form before sending it; uniform 0.5–1.5 × this. */
    private static final double FORM = Double.parseDouble(System.getProperty("gatling.formSeconds", "30"));

    /** The twelve demo village officers; inbox users share them. */
    private static final List<String> OFFICERS = List.of("vo001001", "vo001002", "vo001003", "vo001004",
            "vo002001", "vo002002", "vo002003", "vo002004", "vo003001", "vo003002", "vo003003", "vo003004");
    /** The officers of the villages with graded demo people (南门社区 4, 渔港村 1, 石桥村 1). */
    private static final List<String> VISITORS = List.of("vo001001", "vo001001", "vo001001", "vo001001",
            "vo002002", "vo003001");
    /** The village officer of the demo recipients (南门社区), who confirms deliveries afterwards. */
    private static final String CONFIRMING_OFFICER = "vo001001";
    private static final String PROVIDER = "provider1";
    private static final String PROVIDER_CLERK = "street001";

    private static final AtomicLong REQUESTS = new AtomicLong();
    /** The name every lead recorded by this load starts with. */
    private static final String LEAD_NAME = "压测对象";
    /** The graded people on each visiting officer's roster. */
    private static final Map<String, List<String>> PEOPLE = new ConcurrentHashMap<>();
    /** People whose visit is being sent right now. */
    private static final Set<String> VISITING = ConcurrentHashMap.newKeySet();
    /** Orders provider1 serves: accepted and registered in {@link #before()}, with their card's PIN. */
    private static final List<Order> ORDERS = new ArrayList<>();
    /** Deliveries left for the village officer to confirm. */
    private static final Queue<Long> TO_CONFIRM = new ConcurrentLinkedQueue<>();
    /**
     * One staff member's deliveries may not overlap; every provider user shares provider1, so each
     * delivery takes the next 30-second slot of today (Beijing) from midnight on: always in the past.
     */
    private static final AtomicInteger SLOT = new AtomicInteger();
    private static final AtomicInteger ID_SEQ = new AtomicInteger();
    /** Days after 1950-01-01 where this run's ID numbers start: a new block of ~30 days every minute. */
    private static final long RUN_SEED = (System.currentTimeMillis() / 60_000 * 30) % 10_000;
    private static volatile long deadline;

    record Order(String orderNo, String pin) {}

    // --- the mix: of 200 users, 160 inbox officers, 20 visiting officers, 12 provider staff, 8 confirming

    private final int providers = Math.max(1, USERS * 6 / 100);
    private final int confirmers = Math.max(1, USERS * 4 / 100);
    private final int visitors = Math.max(1, USERS / 10);
    /** At least one of each kind, so a small development run (under 20 users) still has every kind. */
    private final int inboxUsers = Math.max(1, USERS - providers - confirmers - visitors);

    {
        HttpProtocolBuilder protocol = http.acceptHeader("application/json, application/problem+json")
                .acceptLanguageHeader("zh-CN,zh;q=0.9").userAgentHeader("Mozilla/5.0 (Linux; Android 14) Gatling")
                .disableFollowRedirect();

        ScenarioBuilder inbox = scenario("village officer: inbox")
                .exec(session -> session.set("user", OFFICERS.get((int) (session.userId() % OFFICERS.size()))))
                .exec(signIn())
                .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(inboxRound()));

        ScenarioBuilder visits = scenario("village officer: care visits")
                .exec(session -> session.set("user", VISITORS.get((int) (session.userId() % VISITORS.size()))))
                .exec(signIn())
                .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(visitRound()));

        ScenarioBuilder deliveries = scenario("provider: record and confirm delivery")
                .exec(session -> session.set("user", PROVIDER))
                .exec(signIn())
                .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(deliveryRound()));

        ScenarioBuilder confirming = scenario("village officer: confirm deliveries")
                .exec(session -> session.set("user", CONFIRMING_OFFICER))
                .exec(signIn())
                .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(confirmRound()));

        setUp(inbox.injectOpen(rampUsers(inboxUsers).during(RAMP)),
                visits.injectOpen(rampUsers(visitors).during(RAMP)),
                deliveries.injectOpen(rampUsers(providers).during(RAMP)),
                confirming.injectOpen(rampUsers(confirmers).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RUN.plus(Duration.ofMinutes(2)))
                .assertions(global().responseTime().percentile(95.0).lte(300),
                        global().failedRequests().count().is(0L));
    }

    /** Orders accepted and registered, PINs printed, rosters read: what the morning starts from. */
    @Override
    public void before() {
        int port = URI.create(NODES.get(0)).getPort();
        ApiClient provider = ApiClient.signedIn(port, PROVIDER);
        for (JsonNode task : provider.get("/api/tasks?scope=all&type=respondToOrder&size=100").json().get("items")) {
            ApiClient.Response r = provider.post("/api/tasks/" + task.get("id").asText() + "/order-response",
                    Map.of("accept", true));
            require(r.status() == 204, "accept order", r);
        }
        ApiClient clerk = ApiClient.signedIn(port, PROVIDER_CLERK);
        Map<String, String> pinsByCase = new LinkedHashMap<>();
        for (JsonNode order : provider.get("/api/services/today").json().get("orders")) {
            String caseNo = order.get("caseNo").asText();
            if (!pinsByCase.containsKey(caseNo)) {
                ApiClient.Response slip = clerk.post("/api/cases/" + caseNo + "/card/pin-slip", null);
                if (slip.status() == 409) { // printed by an earlier run on this database
                    slip = clerk.post("/api/cases/" + caseNo + "/card/pin-reset", null);
                }
                require(slip.status() == 200, "print PIN slip", slip);
                pinsByCase.put(caseNo, slip.json().get("pin").asText());
                if (!order.get("registered").asBoolean()) {
                    ApiClient.Response reg = provider.post("/api/services/registrations",
                            Map.of("cardNo", slip.json().get("cardNo").asText()));
                    require(reg.status() == 200, "register card", reg);
                }
            }
        }
        for (JsonNode order : provider.get("/api/services/today").json().get("orders")) {
            // Hourly items would be paid nothing for a 30-second slot; the per-visit ones are the mix here.
            if (!"小时".equals(order.path("unit").asText())) {
                ORDERS.add(new Order(order.get("orderNo").asText(), pinsByCase.get(order.get("caseNo").asText())));
            }
        }
        require(!ORDERS.isEmpty(), "provider1 has per-visit orders to serve", null);
        // Slots after the last delivery recorded today (an earlier run on this database).
        for (JsonNode d : provider.get("/api/services/today").json().get("deliveries")) {
            int after = (LocalTime.parse(d.get("endTime").asText()).toSecondOfDay() + 29) / 30;
            SLOT.accumulateAndGet(after, Math::max);
        }
        for (String officer : VISITORS.stream().distinct().toList()) {
            List<String> people = new ArrayList<>();
            for (JsonNode row : ApiClient.signedIn(port, officer).get("/api/care/enrolments?size=50").json()
                    .get("items")) {
                people.add(row.get("enrolmentNo").asText());
            }
            require(!people.isEmpty(), officer + " has graded people", null);
            PEOPLE.put(officer, people);
        }
        deadline = System.currentTimeMillis() + RUN.toMillis();
        System.out.printf("working morning: %d users (%d inbox, %d visiting, %d provider, %d confirming) for %s"
                + " on %s; orders %s; people %s%n", USERS, inboxUsers, visitors, providers, confirmers, RUN, NODES,
                ORDERS, PEOPLE);
    }

    private static void require(boolean ok, String what, ApiClient.Response r) {
        if (!ok) {
            throw new IllegalStateException("set-up failed: " + what + (r == null ? "" : ": " + r.status() + " " + r.body()));
        }
    }

    // --- rounds

    /** The inbox, a search, a task opened; every other round a new lead recorded and its verification done. */
    private static ChainBuilder inboxRound() {
        return group("inbox").on(
                        get("inbox list", s -> "/api/tasks?scope=all&sort=due&page=0&size=20")
                                .check(jsonPath("$.items[*]").ofMap().findAll().optional().saveAs("items")),
                        get("inbox step counts", s -> "/api/tasks/types?scope=all"))
                .exec(WorkingMorningSimulation::pickTaskToOpen)
                .exec(think())
                .exec(group("inbox search").on(
                        get("inbox search", s -> "/api/tasks?scope=all&sort=due&page=0&size=20&q="
                                + (ThreadLocalRandom.current().nextBoolean() ? "SA-2026" : "%E6%B5%8B%E8%AF%95"))))
                .exec(think())
                .doIf(session -> session.contains("openId")).then(
                        group("open task").on(openTask("openId")).exec(think()))
                .doIf(session -> ThreadLocalRandom.current().nextBoolean()).then(
                        exec(session -> session.remove("caseNo").remove("leadTaskId"))
                        .exec(formFilling())
                        .exec(group("record lead").on(csrf(), post("record lead", s -> "/api/leads")
                                .body(StringBody(WorkingMorningSimulation::leadJson)).asJson()
                                .check(status().is(201), jsonPath("$.caseNo").saveAs("caseNo"))))
                        .exec(think())
                        // A failed step ends the round, not the user: no later step works on an old case.
                        .doIf(session -> session.contains("caseNo")).then(
                                group("open task").on(
                                        get("inbox search case", s -> "/api/tasks?scope=all&q=" + s.getString("caseNo"))
                                                .check(jsonPath("$.items[0].id").saveAs("leadTaskId")))
                                .doIf(session -> session.contains("leadTaskId")).then(
                                        group("open task").on(openTask("leadTaskId"))
                                        .exec(formFilling())
                                        .exec(group("complete task").on(csrf(), post("complete verification",
                                                s -> "/api/tasks/" + s.getString("leadTaskId") + "/complete")
                                                .body(StringBody(WorkingMorningSimulation::verificationJson)).asJson()
                                                .check(status().is(204))))
                                        .exec(think()))));
    }

    /**
     * A task from the list to look at, but none that another virtual user on the same shared account
     * may end this very second: the leads this load records, and the lapse warnings (visitNow) that
     * the visiting users' visits end. Opened at that moment, they answer 409, as they should.
     */
    private static Session pickTaskToOpen(Session session) {
        List<Map<String, Object>> items = session.contains("items") ? session.getList("items") : List.of();
        List<Object> ids = items.stream()
                .filter(t -> !String.valueOf(t.get("recipientName")).startsWith(LEAD_NAME))
                .filter(t -> !"visitNow".equals(t.get("taskKey")))
                .map(t -> t.get("id")).toList();
        Session picked = session.remove("items").remove("openId");
        return ids.isEmpty() ? picked
                : picked.set("openId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())).toString());
    }

    private static ChainBuilder openTask(String idAttribute) {
        return exec(get("task", s -> "/api/tasks/" + s.getString(idAttribute)),
                get("task subject", s -> "/api/tasks/" + s.getString(idAttribute) + "/subject"),
                get("task diagram", s -> "/api/tasks/" + s.getString(idAttribute) + "/diagram"));
    }

    /** The roster, one person's page, a visit with a photo. */
    private static ChainBuilder visitRound() {
        return group("care roster").on(get("care roster", s -> "/api/care/enrolments?page=0&size=20"))
                .exec(think())
                .exec(session -> {
                    List<String> people = PEOPLE.get(session.getString("user"));
                    return session.set("person", people.get(ThreadLocalRandom.current().nextInt(people.size())));
                })
                .exec(group("care person").on(get("care person", s -> "/api/care/enrolments/" + s.getString("person"))))
                .exec(formFilling())
                // Two phones of one shared account never send a visit to the same person in the same second.
                .doIf(session -> VISITING.add(session.getString("person"))).then(
                        exec(group("record visit").on(csrf(), post("record visit",
                                s -> "/api/care/enrolments/" + s.getString("person") + "/visits")
                                .bodyPart(StringBodyPart("visit", WorkingMorningSimulation::visitJson)
                                        .contentType("application/json").charset("UTF-8"))
                                .bodyPart(ByteArrayBodyPart("photo", PHOTO).fileName("visit.png")
                                        .contentType("image/png"))
                                .check(status().is(201))))
                        .exec(session -> {
                            VISITING.remove(session.getString("person"));
                            return session;
                        }))
                .exec(think());
    }

    /** Today's orders, a delivery recorded with a photo, confirmed by PIN at the door or left for the officer. */
    private static ChainBuilder deliveryRound() {
        return group("provider today").on(get("provider today", s -> "/api/services/today"))
                .exec(think())
                .exec(session -> session.set("order", ORDERS.get(ThreadLocalRandom.current().nextInt(ORDERS.size())))
                        .remove("deliveryId"))
                .exec(formFilling())
                .exec(group("record delivery").on(csrf(), post("record delivery", s -> "/api/services/deliveries")
                        .bodyPart(StringBodyPart("delivery", WorkingMorningSimulation::deliveryJson)
                                .contentType("application/json").charset("UTF-8"))
                        .bodyPart(ByteArrayBodyPart("photo", PHOTO).fileName("service.png").contentType("image/png"))
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("deliveryId"))))
                .exec(think())
                .doIf(session -> session.contains("deliveryId")).then(doIfOrElse(
                        session -> ThreadLocalRandom.current().nextBoolean()).then(
                        group("confirm delivery").on(csrf(), post("confirm delivery by PIN",
                                s -> "/api/services/deliveries/" + s.getLong("deliveryId") + "/confirm")
                                .body(StringBody(s -> "{\"method\":\"PIN\",\"pin\":\""
                                        + s.<Order>get("order").pin() + "\"}")).asJson()
                                .check(status().is(200), jsonPath("$.status").is("CONFIRMED")))
                        .exec(think()))
                .orElse(exec(session -> {
                    TO_CONFIRM.add(session.getLong("deliveryId"));
                    return session;
                })));
    }

    /** The officer's list of unconfirmed deliveries, and one confirmed (taken once: no two officers race). */
    private static ChainBuilder confirmRound() {
        return group("deliveries to confirm").on(
                        get("deliveries to confirm", s -> "/api/services/deliveries?status=RECORDED&page=0&size=20"))
                .exec(think())
                .exec(session -> {
                    Long id = TO_CONFIRM.poll();
                    return id == null ? session.remove("confirmId") : session.set("confirmId", id);
                })
                .doIf(session -> session.contains("confirmId")).then(
                        group("confirm delivery").on(csrf(), post("confirm delivery by officer",
                                s -> "/api/services/deliveries/" + s.getLong("confirmId") + "/confirm")
                                .body(StringBody("{\"method\":\"OFFICER\"}")).asJson()
                                .check(status().is(200), jsonPath("$.status").is("CONFIRMED"))))
                .exec(think());
    }

    // --- sign-in, requests, bodies

    private static ChainBuilder signIn() {
        return group("sign in").on(
                get("csrf cookie", s -> "/api/auth/csrf").check(status().is(204)),
                csrf(),
                post("sign in", s -> "/api/auth/login")
                        .body(StringBody(s -> "{\"username\":\"" + s.getString("user") + "\",\"password\":\""
                                + ApiClient.DEMO_PASSWORD + "\"}")).asJson()
                        .check(status().is(200)),
                get("me", s -> "/api/auth/me"))
                .exec(think());
    }

    /** The CSRF cookie's value, echoed in the header on writes as the SPA does. */
    private static ChainBuilder csrf() {
        String host = URI.create(NODES.get(0)).getHost();
        return exec(getCookieValue(CookieKey(ApiClient.CSRF_COOKIE).withDomain(host).saveAs("csrf")));
    }

    private static HttpRequestActionBuilder get(String name, Function<Session, String> path) {
        return http(name).get(s -> nextNode() + path.apply(s));
    }

    private static HttpRequestActionBuilder post(String name, Function<Session, String> path) {
        return http(name).post(s -> nextNode() + path.apply(s)).header(CSRF_HEADER, "#{csrf}");
    }

    /** Round robin over the nodes per request, not per user: nothing may depend on the node a user came from. */
    private static String nextNode() {
        return NODES.get((int) (REQUESTS.getAndIncrement() % NODES.size()));
    }

    /** Typing a form on a phone (a lead, a verification note, a visit's findings, a delivery): mean formSeconds. */
    private static ChainBuilder formFilling() {
        return exec(pause(Duration.ofMillis(Math.round(FORM * 500)), Duration.ofMillis(Math.round(FORM * 1500))));
    }

    private static ChainBuilder think() {
        return exec(pause(Duration.ofMillis(Math.round(THINK * 400)), Duration.ofMillis(Math.round(THINK * 1600))));
    }

    private static String leadJson(Session session) {
        String user = session.getString("user");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", LEAD_NAME + session.userId());
        body.put("idNumber", idNumber());
        body.put("phone", "13800000000");
        body.put("address", "测试地址" + session.userId() + "号");
        body.put("villageCode", "360199" + user.substring(2));
        body.put("source", "OWN_VISIT");
        body.put("focusGroup", "NO_CARER");
        body.put("situation", "入户走访发现：独居，行动不便，无人照料");
        return write(body);
    }

    /** Verified: genuine about one time in three (the case goes on to the street office), else closed. */
    /**
     * A valid resident ID number not used by an earlier run on the same database: born on a day of
     * 1950–1977 picked from the run's start, then a sequence (one person has one open case).
     */
    private static String idNumber() {
        int n = ID_SEQ.getAndIncrement();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RUN_SEED + n / 1000);
        return ResidentIdNumber.withCheckCharacter("360199" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(n % 1000)).value();
    }

    private static String verificationJson(Session session) {
        boolean genuine = ThreadLocalRandom.current().nextInt(3) == 0;
        return write(Map.of("variables", Map.of("genuine", genuine,
                "verificationNote", genuine ? "入户核实：情况属实，独居无人照料。" : "入户核实：子女同住照料，暂无困难。")));
    }

    private static String visitJson(Session session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitedAt", Instant.now().toString());
        body.put("mode", "HOME");
        body.put("met", "本人及其配偶");
        body.put("findings", "血压平稳，药品充足，已提醒按时复诊。");
        body.put("risk", "NONE");
        body.put("clientId", UUID.randomUUID().toString());
        return write(body);
    }

    private static String deliveryJson(Session session) {
        LocalTime start = LocalTime.MIDNIGHT.plusSeconds(30L * SLOT.getAndIncrement());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderNo", session.<Order>get("order").orderNo());
        body.put("serviceDate", LocalDate.now(BEIJING).toString());
        body.put("startTime", start.toString());
        body.put("endTime", start.plusSeconds(30).toString());
        body.put("notes", "按时上门服务");
        return write(body);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
