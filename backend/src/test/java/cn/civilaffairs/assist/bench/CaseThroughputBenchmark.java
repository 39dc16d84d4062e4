package cn.civilaffairs.assist.bench;

import static cn.civilaffairs.assist.bench.Bench.exec;
import static cn.civilaffairs.assist.bench.Bench.p;
import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.caseflow.CarerSituation;
import cn.civilaffairs.assist.caseflow.CaseDocumentService;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.AssessmentCommand;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.caseflow.DocumentType;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throughput of whole cases (issue 17 point 3), not a test: client threads in the engine's JVM drive
 * complete cases of processes/service-assistance.bpmn with the real delegates, from the lead to
 * serving, through the calls the REST controllers make (lead, generic task completion, the domain
 * completions of needs assessment and filing, the document uploads). Each configuration gets a fresh
 * Spring context over its own fresh MariaDB database, all up at once; they take turns (see main).
 * Prints cases per second and p50/p95 per step. Run:
 * {@code ./mvnw -B -q -o -Pbench -pl backend verify -Dbench.main=cn.civilaffairs.assist.bench.CaseThroughputBenchmark
 * -Dbench.db=mariadb [-Dbench.casesPerCell=100 -Dbench.rounds=5 -Dbench.threads=1,2,4 -Dbench.configs=full,app-audit,starter]}.
 */
public final class CaseThroughputBenchmark {
    private static final String DISTRICT = "360199";
    private static final int STREETS = 4;
    private static final int VILLAGES_PER_STREET = 8;
    private static final byte[] PDF = "%PDF-1.4\n% bench\n".getBytes(StandardCharsets.US_ASCII);
    /** The user actions of one case, in order; the last is the notice timer the job executor would run. */
    private static final List<String> STEPS = List.of("lead", "verifyLead", "homeInvestigation", "recognise",
            "documents", "fileCase", "noticeEnd");
    private static final List<String> ITEMS = List.of("MEAL_DELIVERY", "CLEANING");

    /** What differs between the configurations: Spring properties on top of application.yml. */
    private static final Map<String, List<String>> CONFIGS = new LinkedHashMap<>();
    static {
        // 1. application.yml as it stands (history-level full).
        CONFIGS.put("full", List.of("--camunda.bpm.history-level=full"));
        // 2. The proposed level: audit + incidents + identity links (workflow/internal/AuditHistoryLevel).
        CONFIGS.put("app-audit", List.of("--camunda.bpm.history-level=app-audit"));
        // 3. The starter's defaults for what the app tunes: authorization off, execution events on
        // (history full, job execution on, schema update, task/history events are defaults already).
        CONFIGS.put("starter", List.of("--camunda.bpm.history-level=full", "--camunda.bpm.authorization.enabled=false",
                "--camunda.bpm.eventing.execution=true"));
    }

    private final String config;
    private final AtomicInteger people = new AtomicInteger();
    /** Where {@link #timed} records: the current cell's step timings. */
    private volatile Map<String, List<Double>> stepMs = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    /** Per thread count, summed over the rounds: step timings, seconds, cases, retried steps. */
    private final Map<Integer, Map<String, List<Double>>> steps = new LinkedHashMap<>();
    private final Map<Integer, double[]> secondsAndCases = new LinkedHashMap<>();
    private String db;
    private ConfigurableApplicationContext ctx;
    private CaseService cases;
    private CaseDocumentService documents;
    private DomainTasks domainTasks;
    private TaskInboxService inbox;
    private TaskService taskService;
    private RuntimeService runtimeService;
    private ManagementService managementService;
    private TransactionTemplate tx;

    private CaseThroughputBenchmark(String config) {
        this.config = config;
    }

    record Cell(String config, int threads, int cases, double seconds, Map<String, double[]> steps, int errors) {}

    /**
     * All configurations are up at once and take turns: per round, per thread count, each runs its
     * share of the cell's cases, in an order that rotates by round. The cores are shared with other
     * work, and the JVM warms as it goes: taking turns spreads both over the configurations alike.
     */
    public static void main(String[] args) throws Exception {
        if (!"mariadb".equals(System.getProperty("bench.db"))) {
            throw new IllegalArgumentException("CaseThroughputBenchmark runs on MariaDB only: -Dbench.db=mariadb");
        }
        int perCell = Integer.getInteger("bench.casesPerCell", 100);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int warmup = Integer.getInteger("bench.warmup", 12);
        int[] threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,2,4").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        List<String> configs = Arrays.stream(System.getProperty("bench.configs", String.join(",", CONFIGS.keySet()))
                .split(",")).map(String::strip).toList();
        long start = System.nanoTime();
        List<CaseThroughputBenchmark> targets = new ArrayList<>();
        try {
            for (String config : configs) {
                CaseThroughputBenchmark target = new CaseThroughputBenchmark(config);
                targets.add(target);
                target.start();
            }
            for (CaseThroughputBenchmark target : targets) {
                target.cell(Math.min(2, threadCounts[threadCounts.length - 1]), warmup, false); // JIT, caches, pool
            }
            for (int round = 0; round < rounds; round++) {
                int cases = perCell / rounds + (round < perCell % rounds ? 1 : 0);
                for (int threads : threadCounts) {
                    for (int i = 0; i < targets.size(); i++) {
                        targets.get((i + round) % targets.size()).cell(threads, cases, true);
                    }
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (CaseThroughputBenchmark target : targets) {
                cells.addAll(target.cells());
            }
            print(cells, threadCounts, configs);
            printHistoryRows(targets);
        } finally {
            for (CaseThroughputBenchmark target : targets) {
                target.close();
            }
        }
        System.out.printf(Locale.ROOT, "whole run %.1f min%n", (System.nanoTime() - start) / 60e9);
    }

    /** A fresh database and a fresh Spring context with this configuration's properties. */
    private void start() throws Exception {
        db = "sa_tp_" + config.replace('-', '_') + "_" + System.currentTimeMillis();
        String url = "jdbc:mysql://127.0.0.1:3306/";
        exec(url, "CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        List<String> props = new ArrayList<>(List.of("--app.demo-data.enabled=false", "--logging.level.root=warn",
                "--logging.file.name=target/bench/throughput.log", "--spring.main.banner-mode=off", "--server.port=0",
                // Several engines in one JVM: each its own name in Camunda's static registry.
                "--camunda.bpm.process-engine-name=tp_" + config.replace('-', '_'),
                "--app.storage.dir=target/bench/files-" + db,
                "--spring.datasource.url=" + url + db
                        + "?serverTimezone=UTC&nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=utf8",
                "--spring.datasource.username=root", "--spring.datasource.password=", "--camunda.bpm.database.type=mysql",
                "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"));
        props.addAll(CONFIGS.get(config));
        long t0 = System.nanoTime();
        ctx = new SpringApplicationBuilder(Application.class).run(props.toArray(String[]::new));
        // Flyway made the domain tables; the org tree (the demo data would bring it) goes in now.
        loadOrgs(url + db);
        cases = ctx.getBean(CaseService.class);
        documents = ctx.getBean(CaseDocumentService.class);
        domainTasks = ctx.getBean(DomainTasks.class);
        inbox = ctx.getBean(TaskInboxService.class);
        taskService = ctx.getBean(TaskService.class);
        runtimeService = ctx.getBean(RuntimeService.class);
        managementService = ctx.getBean(ManagementService.class);
        tx = ctx.getBean(TransactionTemplate.class);
        System.out.printf(Locale.ROOT, "[%s] context up in %.1f s; history level %s%n", config,
                (System.nanoTime() - t0) / 1e9, ctx.getEnvironment().getProperty("camunda.bpm.history-level"));
    }

    private void close() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        if (db != null && !Boolean.getBoolean("bench.keep")) {
            exec("jdbc:mysql://127.0.0.1:3306/", "DROP DATABASE IF EXISTS " + db);
        }
    }

    /** One turn: {@code total} cases over {@code threads} client threads; kept unless a warm-up. */
    private void cell(int threads, int total, boolean keep) throws Exception {
        stepMs = new ConcurrentHashMap<>();
        errors.set(0);
        double seconds = drive(threads, total);
        System.out.printf(Locale.ROOT, "[%s] %d thread(s): %d cases in %.1f s = %.2f cases/s; load %s%s%s%n",
                config, threads, total, seconds, total / seconds, loadAverage(), keep ? "" : " (warm-up)",
                errors.get() == 0 ? "" : " (" + errors.get() + " retried step(s))");
        if (!keep) {
            return;
        }
        Map<String, List<Double>> all = steps.computeIfAbsent(threads, k -> new LinkedHashMap<>());
        stepMs.forEach((step, ms) -> all.computeIfAbsent(step, k -> new ArrayList<>()).addAll(ms));
        double[] sc = secondsAndCases.computeIfAbsent(threads, k -> new double[3]);
        sc[0] += seconds;
        sc[1] += total;
        sc[2] += errors.get();
    }

    private List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        secondsAndCases.forEach((threads, sc) -> {
            Map<String, double[]> sorted = new LinkedHashMap<>();
            for (String step : STEPS) {
                sorted.put(step, steps.get(threads).getOrDefault(step, List.of()).stream()
                        .mapToDouble(Double::doubleValue).sorted().toArray());
            }
            out.add(new Cell(config, threads, (int) sc[1], sc[0], sorted, (int) sc[2]));
        });
        return out;
    }

    /** Runs {@code total} whole cases over {@code threads} client threads; returns the wall time in seconds. */
    private double drive(int threads, int total) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int mine = total / threads + (t < total % threads ? 1 : 0);
            // Each thread its own street and villages: its cases share no org node with another thread's.
            int street = 1 + t % STREETS;
            Thread worker = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < mine; i++) {
                        oneCase(street, 1 + i % VILLAGES_PER_STREET);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "bench-client-" + t);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            // The run fails with every client's failure attached: the first as cause, the others suppressed.
            IllegalStateException failed = new IllegalStateException(failures.size() + " client thread(s) failed",
                    failures.get(0));
            failures.subList(1, failures.size()).forEach(failed::addSuppressed);
            throw failed;
        }
        return seconds;
    }

    /** One case from lead to serving, as the village officer, street clerk and district manager do it. */
    private void oneCase(int street, int village) {
        String streetCode = DISTRICT + "%03d".formatted(street);
        String villageCode = streetCode + "%03d".formatted(village);
        CurrentUser officer = user("vo" + villageCode, Role.VILLAGE_OFFICER, villageCode, OrgLevel.VILLAGE);
        CurrentUser clerk = user("clerk" + streetCode, Role.STREET_CLERK, streetCode, OrgLevel.STREET);
        CurrentUser manager = user("manager", Role.DISTRICT_MANAGER, DISTRICT, OrgLevel.DISTRICT);

        // 1. Discover: POST /api/leads.
        String caseNo = timed("lead", officer, () -> {
            if (!OrgService.covers(officer.orgCode(), villageCode)) {
                throw new IllegalStateException("out of scope");
            }
            return cases.openLead(new LeadCommand("基准" + people.get(), idNumber(), "13800000000", "基准路1号",
                    villageCode, LeadSource.OWN_VISIT, FocusGroup.NO_CARER, "独居无人照料"), officer.username());
        });
        // 2. Verify: POST /api/tasks/{id}/complete with the generated form's values.
        String verify = taskId(caseNo, TASK_VERIFY_LEAD);
        timed("verifyLead", officer, () -> {
            inbox.complete(officer, verify, Map.of(VAR_GENUINE, true, VAR_VERIFICATION_NOTE, "入户核实，确有困难。"));
            return null;
        });
        // 3. Assess needs: POST /api/tasks/{id}/needs-assessment (not yet recognised: the district decides).
        String investigate = taskId(caseNo, TASK_HOME_INVESTIGATION);
        timed("homeInvestigation", clerk, () -> tx.execute(s -> {
            DomainTask task = domainTasks.open(investigate);
            domainTasks.complete(task, TASK_HOME_INVESTIGATION, Map.of(VAR_ALREADY_RECOGNISED, false),
                    () -> cases.recordAssessment(task.businessKey(), new AssessmentCommand(5, false, SelfCare.PARTIAL,
                            CarerSituation.NO_CARER, "独居平房", "需要助餐和清洁", ITEMS), task.user().username()));
            return null;
        }));
        // 4. Recognise: POST /api/tasks/{id}/complete.
        String recognise = taskId(caseNo, TASK_RECOGNISE);
        timed("recognise", manager, () -> {
            inbox.complete(manager, recognise, Map.of(VAR_RECOGNISED, true, VAR_RECOGNITION_NOTE, "符合条件，予以认定。"));
            return null;
        });
        // 5. The file's documents: one POST /api/cases/{no}/documents each (timed together).
        timed("documents", officer, () -> {
            for (DocumentType type : DocumentType.requiredFor(FocusGroup.NO_CARER)) {
                tx.execute(s -> {
                    cases.visible(caseNo, officer);
                    documents.upload(caseNo, type, type.name().toLowerCase(Locale.ROOT) + ".pdf", PDF,
                            officer.username());
                    return null;
                });
            }
            return null;
        });
        // 6. File: POST /api/tasks/{id}/case-file; the notice is published and its period timer set.
        String file = taskId(caseNo, TASK_FILE_CASE);
        timed("fileCase", officer, () -> tx.execute(s -> {
            DomainTask task = domainTasks.open(file);
            domainTasks.complete(task, TASK_FILE_CASE, Map.of(),
                    () -> cases.file(task.businessKey(), task.user().username()));
            return null;
        }));
        // 7. The period's timer, due at 00:00 after day 7: run here as the job executor would then.
        String pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(caseNo).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(pi).timers()
                .activityId(TIMER_NOTICE_PERIOD_ENDED).singleResult();
        timed("noticeEnd", null, () -> {
            managementService.executeJob(timer.getId());
            return null;
        });
        CaseStatus status = cases.status(caseNo);
        if (status != CaseStatus.SERVING) {
            throw new IllegalStateException(caseNo + " ended at " + status + ", not SERVING");
        }
    }

    /** The open task of that step, as the inbox hands its id to the screen (not timed). */
    private String taskId(String caseNo, String taskKey) {
        Task task = taskService.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException(caseNo + " has no open " + taskKey);
        }
        return task.getId();
    }

    interface Step<T> {
        T run();
    }

    /**
     * One user action as the signed-in user, timed. A failed action rolled back whole; like a user
     * pressing again, it is retried (at most twice) and counted.
     */
    private <T> T timed(String step, CurrentUser as, Step<T> action) {
        for (int attempt = 1; ; attempt++) {
            if (as != null) {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(as, null,
                        as.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
            }
            long start = System.nanoTime();
            try {
                T result = action.run();
                stepMs.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - start) / 1e6);
                return result;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                if (errors.incrementAndGet() <= 3) {
                    System.out.println("retrying " + step + " after " + e);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static CurrentUser user(String username, Role role, String orgCode, OrgLevel level) {
        return new CurrentUser(username, username, null, Set.of(role), orgCode, orgCode, level,
                List.of(role.name() + "@" + orgCode));
    }

    /** A valid, distinct resident ID number (born 1940 onwards, one per case). */
    private String idNumber() {
        int n = people.incrementAndGet();
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n / 900);
        return ResidentIdNumber.withCheckCharacter(DISTRICT + born.toString().replace("-", "")
                + "%03d".formatted(1 + n % 900)).value();
    }

    /** The district, its streets and villages (application.yml's demo data is off here). */
    private static void loadOrgs(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
             PreparedStatement org = c.prepareStatement("insert into org_unit (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            org.setString(1, DISTRICT); org.setString(2, "基准区"); org.setString(3, "DISTRICT"); org.setString(4, null);
            org.executeUpdate();
            for (int s = 1; s <= STREETS; s++) {
                String street = DISTRICT + "%03d".formatted(s);
                org.setString(1, street); org.setString(2, "街道" + s); org.setString(3, "STREET"); org.setString(4, DISTRICT);
                org.executeUpdate();
                for (int v = 1; v <= VILLAGES_PER_STREET; v++) {
                    org.setString(1, street + "%03d".formatted(v)); org.setString(2, "村" + s + "-" + v);
                    org.setString(3, "VILLAGE"); org.setString(4, street);
                    org.executeUpdate();
                }
            }
        }
    }

    /** Rows per ACT_HI_* table in this configuration's database, over all its cases (warm-up included). */
    private Map<String, Long> historyRows() throws Exception {
        Map<String, Long> rows = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + db, "root", "");
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet tables = st.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = database() and upper(table_name) like 'ACT\\_HI\\_%'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                try (java.sql.Statement count = c.createStatement();
                     java.sql.ResultSet r = count.executeQuery("select count(*) from " + name)) {
                    r.next();
                    rows.put(name.toUpperCase(Locale.ROOT), r.getLong(1));
                }
            }
        }
        return rows;
    }

    /** What each history level writes: ACT_HI_* rows per whole case, side by side (tables with none left out). */
    private static void printHistoryRows(List<CaseThroughputBenchmark> targets) throws Exception {
        Map<String, Map<String, Long>> byConfig = new LinkedHashMap<>();
        java.util.Set<String> tables = new java.util.TreeSet<>();
        for (CaseThroughputBenchmark t : targets) {
            Map<String, Long> rows = t.historyRows();
            byConfig.put(t.config, rows);
            rows.forEach((table, n) -> {
                if (n > 0) {
                    tables.add(table);
                }
            });
        }
        System.out.println();
        StringBuilder h = new StringBuilder("%-26s".formatted("ACT_HI_* rows per case"));
        targets.forEach(t -> h.append(" %10s".formatted(t.config)));
        System.out.println(h);
        double[] totals = new double[targets.size()];
        for (String table : tables) {
            StringBuilder line = new StringBuilder("%-26s".formatted(table));
            for (int i = 0; i < targets.size(); i++) {
                CaseThroughputBenchmark t = targets.get(i);
                double perCase = byConfig.get(t.config).getOrDefault(table, 0L) / (double) t.people.get();
                totals[i] += perCase;
                line.append(String.format(Locale.ROOT, " %10.1f", perCase));
            }
            System.out.println(line);
        }
        StringBuilder total = new StringBuilder("%-26s".formatted("all ACT_HI_*"));
        for (double v : totals) {
            total.append(String.format(Locale.ROOT, " %10.1f", v));
        }
        System.out.println(total);
    }

    /**
     * The machine's 1-minute load average: the cores are shared, and other work running at the same
     * time shows here (the measured run holds /work/bench.lock, others' builds do not).
     */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void print(List<Cell> cells, int[] threadCounts, List<String> configs) {
        System.out.println();
        System.out.println("Whole cases lead -> serving on MariaDB; ms per step p50/p95 (clients in the engine's JVM)");
        StringBuilder head = new StringBuilder("%-10s %3s %5s %8s".formatted("config", "thr", "cases", "cases/s"));
        for (String step : STEPS) {
            head.append(" %17s".formatted(step));
        }
        System.out.println(head);
        for (Cell cell : cells) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %3d %5d %8.2f", cell.config(),
                    cell.threads(), cell.cases(), cell.cases() / cell.seconds()));
            for (String step : STEPS) {
                double[] ms = cell.steps().get(step);
                line.append(ms.length == 0 ? " %17s".formatted("-")
                        : String.format(Locale.ROOT, " %8.1f/%-8.1f", p(ms, 50), p(ms, 95)));
            }
            if (cell.errors() > 0) {
                line.append("  retried ").append(cell.errors());
            }
            System.out.println(line);
        }
        System.out.println();
        System.out.println("cases/s side by side");
        StringBuilder h = new StringBuilder("%-10s".formatted("threads"));
        configs.forEach(c -> h.append(" %10s".formatted(c)));
        System.out.println(h);
        for (int threads : threadCounts) {
            StringBuilder line = new StringBuilder("%-10d".formatted(threads));
            for (String config : configs) {
                cells.stream().filter(c -> c.config().equals(config) && c.threads() == threads).findFirst()
                        .ifPresent(c -> line.append(String.format(Locale.ROOT, " %10.2f", c.cases() / c.seconds())));
            }
            System.out.println(line);
        }
    }
}
