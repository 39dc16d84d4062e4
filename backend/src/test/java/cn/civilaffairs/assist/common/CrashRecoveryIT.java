package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Enrolments;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost (issue 11 point 4): runs the packaged app as a child process, writes
 * leads (case numbers) and care enrolments (enrolment numbers) from several signed-in officers over
 * HTTP, kills the app with SIGKILL in the middle of the load, starts it again on the same database
 * and checks that every write that got its 201 is there exactly once and that the numbers issued
 * after the restart were never handed out before.
 *
 * <p>Needs {@code backend/target/social-assist.jar}, so failsafe runs it after {@code package}.
 */
class CrashRecoveryIT {
    /** Load runs at least this long and until MIN_WRITES are acknowledged, but never beyond MAX_LOAD. */
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("it.crash.load-seconds", 4));
    private static final Duration MAX_LOAD = Duration.ofSeconds(30);
    private static final int MIN_WRITES = 40;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    /** Village officers of four villages; each writes in its own village. */
    private static final List<String> OFFICERS = List.of("vo001002", "vo001003", "vo001004", "vo002001");
    private static final String NAME_PREFIX = "压测";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void embeddedH2KeepsEveryAcknowledgedWriteAcrossKill9() throws Exception {
        // No datasource URL: the child runs the README's default (jdbc:h2:file:./data/social-assist)
        // with its own working directory, so the shipped configuration is what gets killed.
        Path dir = runDirectory("h2");
        try (ChildApp app = new ChildApp(dir, List.of())) {
            crashAndRecover("H2", app);
        }
    }

    @Test
    @Tag("mariadb")
    void mariaDbKeepsEveryAcknowledgedWriteAcrossKill9() throws Exception {
        String database = "sa_crash_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        mariaDb("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        try (ChildApp app = new ChildApp(runDirectory("mariadb"), List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + mariaDbUrl() + database
                        + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true",
                "--spring.datasource.username=" + mariaDbUser(), "--spring.datasource.password=" + mariaDbPassword(),
                "--app.demo-data.enabled=true"))) {
            crashAndRecover("MariaDB", app);
        } finally {
            mariaDb("DROP DATABASE IF EXISTS " + database);
        }
    }

    private void crashAndRecover(String label, ChildApp app) throws Exception {
        app.start();
        List<ApiClient> clients = OFFICERS.stream().map(o -> ApiClient.signedIn(app.port, o)).toList();

        Acks acked = new Acks();
        ConcurrentLinkedQueue<String> inDoubt = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        // Warm-up (not timed): one write of each kind per client, so the figures below are not class loading.
        List<Future<?>> warmUp = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            ApiClient client = clients.get(i);
            String village = village(OFFICERS.get(i));
            warmUp.add(pool.submit(() -> {
                for (Kind kind : Kind.values()) {
                    write(client, kind, village, acked, refused);
                }
            }));
        }
        for (Future<?> f : warmUp) {
            f.get(120, TimeUnit.SECONDS);
        }
        int warmUpWrites = acked.size();

        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients.size(); i++) {
            ApiClient client = clients.get(i);
            String village = village(OFFICERS.get(i));
            running.add(pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    Kind kind = n % 2 == 0 ? Kind.LEAD : Kind.ENROLMENT;
                    try {
                        write(client, kind, village, acked, refused);
                    } catch (InDoubt e) {
                        inDoubt.add(e.name);
                        return;
                    }
                }
            }));
        }
        // Kill while every client is in the middle of its stream of writes.
        while (System.nanoTime() - started < MAX_LOAD.toNanos()
                && (System.nanoTime() - started < LOAD.toNanos() || acked.size() - warmUpWrites < MIN_WRITES)) {
            Thread.sleep(100);
        }
        app.kill();
        double seconds = (System.nanoTime() - started) / 1e9;
        int loadWrites = acked.size() - warmUpWrites;
        stop.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(refused).as("every write under load is accepted").isEmpty();
        assertThat(loadWrites).as("writes acknowledged under load before the kill").isGreaterThanOrEqualTo(10);

        app.start();
        assertThat(app.console()).as("the restarted app logs no errors").doesNotContainPattern("(?m)^\\S+\\s+ERROR ");

        Map<String, List<String>> stored = new HashMap<>();
        for (int i = 0; i < OFFICERS.size(); i++) {
            ApiClient officer = ApiClient.signedIn(app.port, OFFICERS.get(i));
            for (Kind kind : Kind.values()) {
                kind.list(officer).forEach((no, name) -> stored.computeIfAbsent(name, k -> new ArrayList<>()).add(no));
            }
        }
        List<String> lost = acked.all().stream()
                .filter(w -> !List.of(w.number).equals(stored.get(w.name))).map(Write::toString).toList();
        String figures = ("%s: %d writes acknowledged under load in %.1f s (%.1f/s) from %d clients (+%d warm-up), "
                + "%d in doubt at the kill, %d of %d acknowledged lost").formatted(label, loadWrites, seconds,
                loadWrites / seconds, clients.size(), warmUpWrites, inDoubt.size(), lost.size(), acked.size());
        System.out.println("[crash-recovery] " + figures);
        Files.writeString(app.dir.resolve("result.txt"), figures + "\n");
        assertThat(lost).as("acknowledged writes missing (or stored under another number) after kill -9: " + figures)
                .isEmpty();
        assertThat(stored).as("each attempted write is stored at most once")
                .allSatisfy((name, numbers) -> assertThat(numbers).hasSize(1));
        Set<String> attempted = acked.all().stream().map(w -> w.name).collect(Collectors.toSet());
        attempted.addAll(inDoubt);
        assertThat(stored.keySet()).as("nothing stored that was not written").isSubsetOf(attempted);

        // The numbers issued next must be new: a sequence that fell back would hand a lost number to someone else.
        Set<String> handedOut = new java.util.HashSet<>(acked.numbers());
        stored.values().forEach(handedOut::addAll);
        for (int i = 0; i < OFFICERS.size(); i++) {
            ApiClient officer = ApiClient.signedIn(app.port, OFFICERS.get(i));
            for (Kind kind : Kind.values()) {
                Response r = kind.write(officer, nextName(), village(OFFICERS.get(i)));
                assertThat(r.status()).as(kind + " after restart: " + r.body()).isEqualTo(201);
                String number = r.json().get(kind.numberField).asText();
                assertThat(handedOut).as(kind + " number issued after the restart").doesNotContain(number);
                assertThat(number).as("numbers keep rising after the restart")
                        .isGreaterThan(acked.all().stream().filter(w -> w.kind == kind).map(w -> w.number)
                                .max(String::compareTo).orElse(""));
                handedOut.add(number);
            }
        }
        app.stop();
    }

    /** One write; a 201 is recorded as acknowledged, anything else as refused. */
    private static void write(ApiClient client, Kind kind, String village, Acks acked, Collection<String> refused) {
        String name = nextName();
        Response r;
        try {
            r = kind.write(client, name, village);
        } catch (UncheckedIOException appDied) {
            // Sent but never answered: it may or may not have been committed, but never twice.
            throw new InDoubt(name);
        }
        if (r.status() == 201) {
            acked.add(new Write(kind, r.json().get(kind.numberField).asText(), name));
        } else {
            refused.add(kind + " " + name + " → " + r.status() + " " + r.body());
        }
    }

    static final class InDoubt extends RuntimeException {
        final String name;

        InDoubt(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    enum Kind {
        LEAD("caseNo") {
            @Override
            Response write(ApiClient client, String name, String village) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", name);
                body.put("idNumber", Leads.newIdNumber());
                body.put("phone", "13800000000");
                body.put("address", "测试地址1号");
                body.put("villageCode", village);
                body.put("source", "OWN_VISIT");
                body.put("focusGroup", "NO_CARER");
                body.put("situation", "压力测试：独居无人照料");
                return client.post("/api/leads", body);
            }

            @Override
            Map<String, String> list(ApiClient client) {
                return pages(client, "/api/cases?size=100&page=", "caseNo", "recipientName");
            }
        },
        ENROLMENT("enrolmentNo") {
            @Override
            Response write(ApiClient client, String name, String village) {
                Map<String, Object> body = Enrolments.body(name, Leads.newIdNumber(), "13900000000", "测试地址2号", village);
                return client.post("/api/care/enrolments", body);
            }

            @Override
            Map<String, String> list(ApiClient client) {
                return pages(client, "/api/care/enrolments?size=200&page=", "enrolmentNo", "personName");
            }
        };

        final String numberField;

        Kind(String numberField) {
            this.numberField = numberField;
        }

        abstract Response write(ApiClient client, String name, String village);

        /** Number → name of this test's writes visible to the client (the demo data is left out). */
        abstract Map<String, String> list(ApiClient client);

        private static Map<String, String> pages(ApiClient client, String path, String numberField, String nameField) {
            Map<String, String> found = new LinkedHashMap<>();
            for (int page = 0; ; page++) {
                Response r = client.get(path + page);
                assertThat(r.status()).as("GET " + path + page).isEqualTo(200);
                JsonNode items = r.json().get("items");
                for (JsonNode item : items) {
                    String name = item.get(nameField).asText();
                    if (name.startsWith(NAME_PREFIX)) {
                        String previous = found.put(item.get(numberField).asText(), name);
                        assertThat(previous).as("number listed twice: " + item).isNull();
                    }
                }
                if (items.isEmpty() || (page + 1L) * r.json().get("size").asLong() >= r.json().get("total").asLong()) {
                    return found;
                }
            }
        }
    }

    record Write(Kind kind, String number, String name) {}

    /** Acknowledged writes from all client threads. */
    static final class Acks {
        private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

        void add(Write w) {
            writes.add(w);
        }

        int size() {
            return writes.size();
        }

        Collection<Write> all() {
            return writes;
        }

        List<String> numbers() {
            return writes.stream().map(Write::number).toList();
        }
    }

    /** A person's name unique in this run, in Chinese numerals so it is an ordinary name. */
    private static String nextName() {
        String digits = "零一二三四五六七八九";
        StringBuilder name = new StringBuilder(NAME_PREFIX);
        for (char c : Integer.toString(NAMES.incrementAndGet()).toCharArray()) {
            name.append(digits.charAt(c - '0'));
        }
        return name.toString();
    }

    private static String village(String officer) {
        return "360199" + officer.substring(2);
    }

    static Path runDirectory(String database) throws IOException {
        Path dir = jar().getParent().resolve("crash-it")
                .resolve(database + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        return Files.createDirectories(dir);
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("it.jar", "target/social-assist.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged app (run after mvn package)").isRegularFile();
        return jar;
    }

    static String mariaDbUrl() {
        return System.getProperty("it.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    }

    static String mariaDbUser() {
        return System.getProperty("it.mariadb.user", "root");
    }

    static String mariaDbPassword() {
        return System.getProperty("it.mariadb.password", "");
    }

    static void mariaDb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(mariaDbUrl(), mariaDbUser(), mariaDbPassword());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row of a query on the MariaDB server. */
    static String mariaDbQuery(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(mariaDbUrl(), mariaDbUser(), mariaDbPassword());
                Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    /**
     * The packaged app in its own JVM, working directory, port, log and file store, without mail.
     * Always ends with the child gone: close() (also on a failed assertion) and a shutdown hook (if
     * the test JVM itself is stopped) kill it.
     */
    static final class ChildApp implements AutoCloseable {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        final Path dir;
        private final List<String> args;
        private final Thread reaper = new Thread(this::destroy, "crash-it-reaper");
        private Process process;
        private int starts;
        int port;

        ChildApp(Path dir, List<String> args) {
            this.dir = dir;
            this.args = args;
            Runtime.getRuntime().addShutdownHook(reaper);
        }

        void start() throws IOException, InterruptedException {
            port = freePort();
            starts++;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                    "--server.port=" + port,
                    "--app.storage.dir=" + dir.resolve("data/files"),
                    "--logging.file.name=" + dir.resolve("data/logs/social-assist.json")));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(console(starts).toFile());
            // Nothing from the build's environment: no mail host, database, port or paths of another app.
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DB_")
                    || Set.of("PORT", "LOG_FILE", "STORAGE_DIR", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS").contains(k));
            process = builder.start();
            awaitHealthy();
        }

        /** SIGKILL: no shutdown hooks, no pool close, no final flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed app exits").isTrue();
            assertThat(process.exitValue()).as("exit status of kill -9").isEqualTo(128 + 9);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                destroy();
            }
        }

        String console() throws IOException {
            return Files.readString(console(starts));
        }

        private Path console(int start) {
            return dir.resolve("console-" + start + ".log");
        }

        private void awaitHealthy() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            URI health = URI.create("http://localhost:" + port + "/actuator/health");
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("app exited with " + process.exitValue() + " during start " + starts
                            + ":\n" + tail());
                }
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("app not healthy within " + START_TIMEOUT + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(console(starts));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        private void destroy() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            destroy();
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
