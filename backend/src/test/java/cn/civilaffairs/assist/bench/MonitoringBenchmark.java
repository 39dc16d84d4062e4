package cn.civilaffairs.assist.bench;

import static cn.civilaffairs.assist.bench.Bench.exec;
import static cn.civilaffairs.assist.bench.Bench.p;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.monitoring.MonitoringOverview;
import cn.civilaffairs.assist.monitoring.MonitoringQueries;
import cn.civilaffairs.assist.monitoring.StepDuration;
import cn.civilaffairs.assist.monitoring.StepDurations;
import cn.civilaffairs.assist.monitoring.internal.DurationHistogram;
import cn.civilaffairs.assist.monitoring.internal.MonitoringProjection;
import cn.civilaffairs.assist.monitoring.internal.ProcessModels;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Monitoring-centre benchmark (not a test). Loads one simulated county year straight into the engine's
 * history tables and, from the same simulated events, into the read model the app keeps in the engine's
 * transaction (mon_*): 30,000 six-step cases, service orders with monthly rounds and care warnings until
 * ACT_HI_ACTINST holds at least 2 million rows, plus 25,000 graded people with their visits and open
 * warnings. Then times, in one run, the overview and the 365-day step-duration view two ways: the app's
 * {@link MonitoringQueries} over mon_*, and the naive queries over ACT_HI_* a report would otherwise
 * run. Both answers are compared, so the read model is shown to say what history says. Run:
 * {@code ./mvnw -B -q -Pbench -pl frontend,backend verify -Dskip.npm -Dskip.installnodenpm -DskipTests
 * -Dbench.main=cn.civilaffairs.assist.bench.MonitoringBenchmark -Dbench.db=h2|mariadb}.
 */
public final class MonitoringBenchmark {
    private static final int VILLAGES = 371;
    private static final int ROUNDS = 30;
    private static final int NAIVE_ROUNDS = Integer.getInteger("bench.naiveRounds", 10);
    private static final String CASES = "serviceAssistance";
    private static final String ORDERS = "serviceOrder";
    private static final String WARNINGS = "careWarning";
    private static final Set<String> WAIT_TYPES = MonitoringProjection.WAIT_TYPES;
    private static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER),
            "360199", "基准区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@360199"));
    private static final String STREET = "360199005";
    private static final CurrentUser CLERK = new CurrentUser("street005", "经办人", null, Set.of(Role.STREET_CLERK),
            STREET, "街道5", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        // A database a previous run loaded and kept (-Dbench.keep=true): its H2 file or MariaDB schema name.
        String reuse = System.getProperty("bench.reuse", "");
        String mariaDb = null;
        List<String> props = new ArrayList<>(List.of("--app.demo-data.enabled=false",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
                "--logging.file.name=target/bench/bench.log", "--spring.main.banner-mode=off", "--server.port=0"));
        if (db.equals("mariadb")) {
            mariaDb = reuse.isEmpty() ? "sa_bench_" + System.currentTimeMillis() : reuse;
            if (reuse.isEmpty()) {
                exec("jdbc:mysql://127.0.0.1:3306/", "CREATE DATABASE " + mariaDb + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            props.addAll(List.of("--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + mariaDb
                    + "?rewriteBatchedStatements=true&serverTimezone=UTC", "--spring.datasource.username=root",
                    "--spring.datasource.password=", "--camunda.bpm.database.type=mysql",
                    "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"));
        } else {
            props.add("--spring.datasource.url=jdbc:h2:file:" + (reuse.isEmpty()
                    ? "./target/bench/monitoring-" + System.currentTimeMillis() : reuse.replaceFirst("\\.mv\\.db$", "")));
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(props.toArray(String[]::new))) {
            run(ctx, db, !reuse.isEmpty());
        } finally {
            if (mariaDb != null && !Boolean.getBoolean("bench.keep")) {
                exec("jdbc:mysql://127.0.0.1:3306/", "DROP DATABASE IF EXISTS " + mariaDb);
            }
        }
    }

    private static void run(ConfigurableApplicationContext ctx, String db, boolean reused) throws Exception {
        DataSource ds = ctx.getBean(DataSource.class);
        int people = Integer.getInteger("bench.people", 25_000);
        int cases = Integer.getInteger("bench.cases", 30_000);
        long minRows = Long.getLong("bench.actinst", 2_000_000L);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(CarePolicy.ZONE);
        if (reused) {
            restoreRuntimeRows(ds);
            System.out.printf(Locale.ROOT, "%n[%s] reused a loaded year: %,d ACT_HI_ACTINST rows%n", db,
                    count(ds, "select count(*) from ACT_HI_ACTINST"));
        } else {
            load(ctx, ds, db, people, cases, minRows, now, today);
        }
        analyse(ds, db);
        measure(ctx, ds, db);
    }

    private static void load(ConfigurableApplicationContext ctx, DataSource ds, String db, int people, int cases,
            long minRows, Instant now, LocalDate today) throws Exception {
        long t0 = System.nanoTime();
        CareSweepBenchmark.load(ds, people, today); // org tree, graded people, visits
        int warnings = openWarnings(ds, now);
        System.out.printf(Locale.ROOT, "%n[%s] loaded %,d graded people over %d villages (%,d open warnings) in %.1f s%n",
                db, people, VILLAGES, warnings, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        Year year = new Year(ctx.getBean(RepositoryService.class), ctx.getBean(ProcessModels.class), now);
        Loaded loaded = year.load(ds, cases, minRows);
        System.out.printf(Locale.ROOT, "[%s] loaded one year: %,d process instances (%,d cases, %,d running),"
                + " %,d ACT_HI_ACTINST rows, %,d ACT_HI_TASKINST rows, %,d mon_step_day rows in %.1f s%n", db,
                loaded.instances, cases, loaded.running, loaded.activities, loaded.tasks, loaded.stepDays,
                (System.nanoTime() - t1) / 1e9);
    }

    /**
     * On start-up the app found mon_instance's running count unlike the engine's runtime (the year was
     * written around the engine, so there is no ACT_RU_* row) and rebuilt the runtime part of the read
     * model from ACT_RU_*: put back what the loader wrote, from the simulated history. mon_step_day is kept.
     */
    private static void restoreRuntimeRows(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from mon_instance");
            s.executeUpdate("delete from mon_activity");
            s.executeUpdate("delete from mon_task");
            s.executeUpdate("insert into mon_instance (proc_inst_id, proc_key, business_key, place_code, street_code,"
                    + " village_code, started, ended) select p.ID_, p.PROC_DEF_KEY_, p.BUSINESS_KEY_, v.TEXT_,"
                    + " substring(v.TEXT_, 1, 9), v.TEXT_, p.START_TIME_, p.END_TIME_ from ACT_HI_PROCINST p"
                    + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'villageCode'");
            s.executeUpdate("insert into mon_activity (act_inst_id, proc_inst_id, proc_key, activity_id, activity_type,"
                    + " started) select ID_, PROC_INST_ID_, PROC_DEF_KEY_, ACT_ID_, ACT_TYPE_, START_TIME_ from ACT_HI_ACTINST"
                    + " where END_TIME_ is null and ACT_TYPE_ in ("
                    + String.join(", ", WAIT_TYPES.stream().map(t -> "'" + t + "'").toList()) + ")");
            s.executeUpdate("insert into mon_task (task_id, proc_inst_id, proc_key, task_key, task_name, business_key,"
                    + " link_kind, link_key, place_code, street_code, village_code, created, due)"
                    + " select t.ID_, t.PROC_INST_ID_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.NAME_, p.BUSINESS_KEY_,"
                    + " case when t.PROC_DEF_KEY_ = '" + WARNINGS + "' then 'ENROLMENT' else 'CASE' end, p.BUSINESS_KEY_,"
                    + " v.TEXT_, substring(v.TEXT_, 1, 9), v.TEXT_, t.START_TIME_, t.DUE_DATE_ from ACT_HI_TASKINST t"
                    + " join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_"
                    + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'villageCode'"
                    + " where t.END_TIME_ is null");
        }
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void measure(ConfigurableApplicationContext ctx, DataSource ds, String db) throws Exception {
        Instant now = Instant.now();
        MonitoringQueries app = ctx.getBean(MonitoringQueries.class);
        check(app, ds);

        List<String[]> rows = new ArrayList<>();
        rows.add(row(db, "overview, district", time(ROUNDS, () -> app.overview(MANAGER, null)),
                time(NAIVE_ROUNDS, () -> Naive.overview(ds, now, "360199"))));
        rows.add(row(db, "overview, one street", time(ROUNDS, () -> app.overview(CLERK, null)),
                time(NAIVE_ROUNDS, () -> Naive.overview(ds, now, STREET))));
        rows.add(row(db, "step durations 365 d, district", time(ROUNDS, () -> app.steps(MANAGER, CASES, 365, null)),
                time(NAIVE_ROUNDS, () -> Naive.steps(ds, CASES, now, 365, "360199"))));
        rows.add(row(db, "step durations 365 d, one street", time(ROUNDS, () -> app.steps(CLERK, CASES, 365, null)),
                time(NAIVE_ROUNDS, () -> Naive.steps(ds, CASES, now, 365, STREET))));
        rows.add(row(db, "step durations 30 d, district", time(ROUNDS, () -> app.steps(MANAGER, CASES, 30, null)),
                time(NAIVE_ROUNDS, () -> Naive.steps(ds, CASES, now, 30, "360199"))));
        System.out.printf(Locale.ROOT, "%n| db | view | app p50 | app p95 | naive p50 | naive p95 | naive/app p95 |%n"
                + "|---|---|---:|---:|---:|---:|---:|%n");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.out.println("target: app p95 <= 300 ms");
    }

    // ------------------------------------------------------------------ the simulated year

    record Loaded(long instances, long running, long activities, long tasks, long stepDays) {}

    /** One process's flow: its nodes in document order (boundary events left out) and user-task limits. */
    record Flow(String key, String definitionId, List<String[]> nodes, Map<String, Integer> limits, Map<String, String> names) {}

    static final class Year {
        final Instant now;
        final Instant start;
        final Map<String, Flow> flows = new HashMap<>();
        final Random random = new Random(11);
        long seq;

        Year(RepositoryService repository, ProcessModels models, Instant now) {
            this.now = now;
            this.start = now.minus(Duration.ofDays(365));
            for (String key : List.of(CASES, ORDERS, WARNINGS)) {
                ProcessModels.Model model = models.latest(key).orElseThrow();
                List<String[]> nodes = new ArrayList<>();
                for (FlowNode n : repository.getBpmnModelInstance(model.definitionId()).getModelElementsByType(FlowNode.class)) {
                    if (!(n instanceof BoundaryEvent)) {
                        nodes.add(new String[] {n.getId(), n.getElementType().getTypeName(), model.nameOf(n.getId())});
                    }
                }
                Map<String, Integer> limits = new HashMap<>();
                model.userTasks().forEach(s -> limits.put(s.activityId(), s.limitWorkingDays() == null ? 3 : s.limitWorkingDays()));
                flows.put(key, new Flow(key, model.definitionId(), nodes, limits, model.names()));
            }
        }

        Loaded load(DataSource ds, int cases, long minRows) throws Exception {
            long[] counts = new long[4]; // instances, running, activities, tasks
            Map<List<Object>, long[]> stepDays = new HashMap<>();
            try (Connection c = ds.getConnection(); Writer w = new Writer(c)) {
                c.setAutoCommit(false);
                for (int i = 0; i < cases; i++) {
                    instance(w, flows.get(CASES), "C%08d".formatted(i), 1, counts, stepDays);
                }
                int warningsPerYear = 6_000;
                for (int i = 0; i < warningsPerYear; i++) {
                    instance(w, flows.get(WARNINGS), "GB%010d".formatted(1 + random.nextInt(25_000)), 1, counts, stepDays);
                }
                // Service orders run for months with one delivery round each month: add until history is a county year.
                for (int i = 0; counts[2] < minRows; i++) {
                    instance(w, flows.get(ORDERS), "C%08d".formatted(random.nextInt(cases)), 6, counts, stepDays);
                }
                w.flush();
                List<Object[]> rows = new ArrayList<>();
                stepDays.forEach((k, v) -> rows.add(new Object[] {k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), v[0], v[1], v[2]}));
                try (PreparedStatement s = c.prepareStatement("insert into mon_step_day (done_on, proc_key, task_key,"
                        + " street_code, bucket, n, with_due, on_time) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    for (Object[] r : rows) {
                        for (int k = 0; k < r.length; k++) {
                            s.setObject(k + 1, r[k]);
                        }
                        s.addBatch();
                        if (++n % 5_000 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
                return new Loaded(counts[0], counts[1], counts[2], counts[3], rows.size());
            }
        }

        /**
         * One instance walking its flow's nodes {@code rounds} times: user tasks take a log-normal time
         * around 40 % of their limit (a tenth run late), timers hours, everything else seconds. An instance
         * still inside a node now is running there.
         */
        void instance(Writer w, Flow flow, String businessKey, int rounds, long[] counts,
                Map<List<Object>, long[]> stepDays) throws Exception {
            String pi = "b" + (++seq);
            String village = CareSweepBenchmark.village(random.nextInt(VILLAGES));
            String street = village.substring(0, 9);
            Instant t = start.plusSeconds((long) (random.nextDouble() * 365 * 86_400));
            Instant started = t;
            Instant ended = null;
            boolean running = false;
            walk:
            for (int r = 0; r < rounds; r++) {
                for (String[] node : flow.nodes()) {
                    String actId = node[0];
                    String type = node[1];
                    if (r > 0 && (type.equals("startEvent") || type.equals("endEvent"))) {
                        continue;
                    }
                    Duration d;
                    Integer limit = flow.limits().get(actId);
                    if (type.equals("userTask")) {
                        double median = 0.4 * limit * 7 / 5 * 86_400;
                        d = Duration.ofSeconds((long) (median * Math.exp(random.nextGaussian() * 0.8)) + 60);
                    } else if (type.equals("intermediateCatchEvent")) {
                        d = Duration.ofHours(1 + random.nextInt(48));
                    } else {
                        d = Duration.ofMillis(random.nextInt(2_000));
                    }
                    Instant end = t.plus(d);
                    boolean open = end.isAfter(now);
                    String aid = pi + "-" + (++seq);
                    String taskId = type.equals("userTask") ? "t" + aid : null;
                    w.activity(aid, flow, pi, actId, type, taskId, t, open ? null : end);
                    counts[2]++;
                    if (taskId != null) {
                        Instant due = t.plus(Duration.ofSeconds((long) limit * 7 / 5 * 86_400));
                        w.task(taskId, flow, pi, aid, actId, t, open ? null : end, due);
                        counts[3]++;
                        if (open) {
                            w.monTask(taskId, flow, pi, actId, businessKey, village, street, t, due);
                        } else {
                            for (String scope : List.of(street, street.substring(0, 6))) { // street and district rows
                                List<Object> key = List.of(Date.valueOf(LocalDate.ofInstant(end, CarePolicy.ZONE)),
                                        flow.key(), actId, scope, DurationHistogram.bucket(d));
                                long[] f = stepDays.computeIfAbsent(key, k -> new long[3]);
                                f[0]++;
                                f[1]++;
                                f[2] += end.isAfter(due) ? 0 : 1;
                            }
                        }
                    }
                    if (open) {
                        if (WAIT_TYPES.contains(type)) {
                            w.monActivity(aid, pi, flow.key(), actId, type, t);
                        }
                        running = true;
                        break walk;
                    }
                    t = end;
                }
            }
            if (!running) {
                ended = t;
            }
            w.instance(pi, flow, businessKey, village, street, started, ended);
            counts[0]++;
            counts[1] += running ? 1 : 0;
        }
    }

    /** Batched inserts into ACT_HI_* and mon_*, committed every 20,000 activity rows. */
    static final class Writer implements AutoCloseable {
        final Connection c;
        final PreparedStatement procinst;
        final PreparedStatement varinst;
        final PreparedStatement actinst;
        final PreparedStatement taskinst;
        final PreparedStatement monInstance;
        final PreparedStatement monActivity;
        final PreparedStatement monTask;
        int pending;

        Writer(Connection c) throws Exception {
            this.c = c;
            procinst = c.prepareStatement("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
                    + " PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, ROOT_PROC_INST_ID_, STATE_)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            varinst = c.prepareStatement("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
                    + " PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)"
                    + " values (?, ?, ?, ?, ?, ?, 'villageCode', 'string', ?, 1, ?, 'CREATED')");
            actinst = c.prepareStatement("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
                    + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_,"
                    + " DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
            taskinst = c.prepareStatement("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
                    + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, END_TIME_,"
                    + " DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?)");
            monInstance = c.prepareStatement("insert into mon_instance (proc_inst_id, proc_key, business_key, place_code,"
                    + " street_code, village_code, started, ended) values (?, ?, ?, ?, ?, ?, ?, ?)");
            monActivity = c.prepareStatement("insert into mon_activity (act_inst_id, proc_inst_id, proc_key, activity_id,"
                    + " activity_type, started) values (?, ?, ?, ?, ?, ?)");
            monTask = c.prepareStatement("insert into mon_task (task_id, proc_inst_id, proc_key, task_key, task_name,"
                    + " business_key, link_kind, link_key, place_code, street_code, village_code, created, due)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void instance(String pi, Flow f, String businessKey, String village, String street, Instant started, Instant ended)
                throws Exception {
            procinst.setString(1, pi); procinst.setString(2, pi); procinst.setString(3, businessKey);
            procinst.setString(4, f.key()); procinst.setString(5, f.definitionId()); procinst.setTimestamp(6, ts(started));
            procinst.setTimestamp(7, ts(ended));
            if (ended == null) {
                procinst.setNull(8, java.sql.Types.BIGINT);
            } else {
                procinst.setLong(8, Duration.between(started, ended).toMillis());
            }
            procinst.setString(9, pi); procinst.setString(10, ended == null ? "ACTIVE" : "COMPLETED");
            procinst.addBatch();
            varinst.setString(1, "v" + pi); varinst.setString(2, f.key()); varinst.setString(3, f.definitionId());
            varinst.setString(4, pi); varinst.setString(5, pi); varinst.setString(6, pi); varinst.setTimestamp(7, ts(started));
            varinst.setString(8, village);
            varinst.addBatch();
            monInstance.setString(1, pi); monInstance.setString(2, f.key()); monInstance.setString(3, businessKey);
            monInstance.setString(4, village); monInstance.setString(5, street); monInstance.setString(6, village);
            monInstance.setTimestamp(7, ts(started)); monInstance.setTimestamp(8, ts(ended));
            monInstance.addBatch();
        }

        void activity(String id, Flow f, String pi, String actId, String type, String taskId, Instant start, Instant end)
                throws Exception {
            actinst.setString(1, id); actinst.setString(2, f.key()); actinst.setString(3, f.definitionId());
            actinst.setString(4, pi); actinst.setString(5, pi); actinst.setString(6, pi); actinst.setString(7, actId);
            actinst.setString(8, taskId); actinst.setString(9, f.names().get(actId)); actinst.setString(10, type);
            actinst.setTimestamp(11, ts(start)); actinst.setTimestamp(12, ts(end));
            if (end == null) {
                actinst.setNull(13, java.sql.Types.BIGINT);
            } else {
                actinst.setLong(13, Duration.between(start, end).toMillis());
            }
            actinst.setInt(14, end == null ? 0 : 4); // DEFAULT, COMPLETE
            actinst.addBatch();
            if (++pending % 20_000 == 0) {
                flush();
            }
        }

        void task(String id, Flow f, String pi, String actInst, String actId, Instant start, Instant end, Instant due)
                throws Exception {
            taskinst.setString(1, id); taskinst.setString(2, actId); taskinst.setString(3, f.key());
            taskinst.setString(4, f.definitionId()); taskinst.setString(5, pi); taskinst.setString(6, pi);
            taskinst.setString(7, pi); taskinst.setString(8, actInst); taskinst.setString(9, f.names().get(actId));
            taskinst.setTimestamp(10, ts(start)); taskinst.setTimestamp(11, ts(end));
            if (end == null) {
                taskinst.setNull(12, java.sql.Types.BIGINT);
            } else {
                taskinst.setLong(12, Duration.between(start, end).toMillis());
            }
            taskinst.setString(13, end == null ? null : "completed"); taskinst.setTimestamp(14, ts(due));
            taskinst.addBatch();
        }

        void monActivity(String id, String pi, String key, String actId, String type, Instant start) throws Exception {
            monActivity.setString(1, id); monActivity.setString(2, pi); monActivity.setString(3, key);
            monActivity.setString(4, actId); monActivity.setString(5, type); monActivity.setTimestamp(6, ts(start));
            monActivity.addBatch();
        }

        void monTask(String id, Flow f, String pi, String actId, String businessKey, String village, String street,
                Instant created, Instant due) throws Exception {
            boolean order = f.key().equals(ORDERS);
            monTask.setString(1, id); monTask.setString(2, pi); monTask.setString(3, f.key()); monTask.setString(4, actId);
            monTask.setString(5, f.names().get(actId)); monTask.setString(6, businessKey);
            monTask.setString(7, order ? "CASE" : f.key().equals(CASES) ? "CASE" : "ENROLMENT");
            monTask.setString(8, businessKey); monTask.setString(9, village); monTask.setString(10, street);
            monTask.setString(11, village); monTask.setTimestamp(12, ts(created)); monTask.setTimestamp(13, ts(due));
            monTask.addBatch();
        }

        void flush() throws Exception {
            for (PreparedStatement s : List.of(procinst, varinst, actinst, taskinst, monInstance, monActivity, monTask)) {
                s.executeBatch();
            }
            c.commit();
        }

        @Override
        public void close() throws Exception {
            for (PreparedStatement s : List.of(procinst, varinst, actinst, taskinst, monInstance, monActivity, monTask)) {
                s.close();
            }
        }
    }

    /** The open warnings the overview counts by stage: one for each enrolment the loader marked as warned. */
    private static int openWarnings(DataSource ds, Instant now) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            int n = s.executeUpdate("insert into care_warning (enrolment_id, kind, stage, raised_on, raised_at, gap_days)"
                    + " select id, 'LAPSE', 1 + mod(id, 3), current_date, current_timestamp, 12 from care_enrolment"
                    + " where open_warning_id is not null");
            s.executeUpdate("update care_enrolment set open_warning_id = (select max(w.id) from care_warning w"
                    + " where w.enrolment_id = care_enrolment.id) where open_warning_id is not null");
            return n;
        }
    }

    private static void analyse(DataSource ds, String db) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (db.equals("h2")) {
                s.execute("analyze");
            } else {
                for (String t : List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_PROCINST", "ACT_HI_VARINST",
                        "mon_instance", "mon_activity", "mon_task", "mon_step_day", "care_warning", "care_enrolment")) {
                    s.execute("analyze table " + t);
                }
            }
        }
    }

    // ------------------------------------------------------------------ the naive way

    /** What a report would run without a read model: the engine's history tables, the place from ACT_HI_VARINST. */
    static final class Naive {
        record Overview(Map<String, Long> runningByStep, Map<String, Long> runningByStreet, long overdue, long dueSoon) {}

        static Overview overview(DataSource ds, Instant now, String scope) throws Exception {
            Instant soon = now.plus(Duration.ofDays(2));
            Map<String, Long> bySteps = new TreeMap<>();
            Map<String, Long> byStreet = new TreeMap<>();
            long[] due = new long[2];
            try (Connection c = ds.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("select a.PROC_DEF_KEY_, a.ACT_ID_, substring(v.TEXT_, 1, 9),"
                        + " count(*) from ACT_HI_ACTINST a join ACT_HI_VARINST v on v.PROC_INST_ID_ = a.PROC_INST_ID_"
                        + " and v.NAME_ = 'villageCode' where a.END_TIME_ is null and v.TEXT_ like ?"
                        + " group by a.PROC_DEF_KEY_, a.ACT_ID_, substring(v.TEXT_, 1, 9)")) {
                    s.setString(1, scope + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            bySteps.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(4), Long::sum);
                            byStreet.merge(rs.getString(3), rs.getLong(4), Long::sum);
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("select sum(case when t.DUE_DATE_ < ? then 1 else 0 end),"
                        + " sum(case when t.DUE_DATE_ >= ? then 1 else 0 end) from ACT_HI_TASKINST t"
                        + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'villageCode'"
                        + " where t.END_TIME_ is null and t.DUE_DATE_ < ? and v.TEXT_ like ?")) {
                    s.setTimestamp(1, ts(now)); s.setTimestamp(2, ts(now)); s.setTimestamp(3, ts(soon));
                    s.setString(4, scope + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        due[0] = rs.getLong(1);
                        due[1] = rs.getLong(2);
                    }
                }
            }
            return new Overview(bySteps, byStreet, due[0], due[1]);
        }

        /** p50/p90 and on-time share per user task: every completion's duration, sorted in Java. */
        static Map<String, double[]> steps(DataSource ds, String key, Instant now, int days, String scope) throws Exception {
            LocalDate to = LocalDate.ofInstant(now, CarePolicy.ZONE);
            Instant from = to.minusDays(days - 1L).atStartOfDay(CarePolicy.ZONE).toInstant();
            Map<String, List<long[]>> durations = new HashMap<>();
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select a.ACT_ID_, a.DURATION_,"
                    + " case when t.DUE_DATE_ is null then -1 when a.END_TIME_ <= t.DUE_DATE_ then 1 else 0 end"
                    + " from ACT_HI_ACTINST a join ACT_HI_TASKINST t on t.ID_ = a.TASK_ID_"
                    + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = a.PROC_INST_ID_ and v.NAME_ = 'villageCode'"
                    + " where a.PROC_DEF_KEY_ = ? and a.ACT_TYPE_ = 'userTask' and a.END_TIME_ >= ? and v.TEXT_ like ?")) {
                s.setString(1, key);
                s.setTimestamp(2, ts(from));
                s.setString(3, scope + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        durations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new long[] {rs.getLong(2), rs.getInt(3)});
                    }
                }
            }
            Map<String, double[]> out = new TreeMap<>();
            durations.forEach((act, list) -> {
                long[] sorted = list.stream().mapToLong(x -> x[0]).sorted().toArray();
                long onTime = list.stream().filter(x -> x[1] == 1).count();
                long withDue = list.stream().filter(x -> x[1] >= 0).count();
                out.put(act, new double[] {sorted.length, sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 3.6e6,
                        sorted[(int) Math.ceil(0.9 * sorted.length) - 1] / 3.6e6, withDue == 0 ? -1 : (double) onTime / withDue});
            });
            return out;
        }
    }

    // ------------------------------------------------------------------ both agree

    /** The app's figures against the naive ones over history: counts equal, quantiles within a histogram bucket. */
    private static void check(MonitoringQueries app, DataSource ds) throws Exception {
        MonitoringOverview o = app.overview(MANAGER, null);
        Instant now = o.asOf(); // the same instant on both sides: tasks fall overdue while the bench runs
        Naive.Overview n = Naive.overview(ds, now, "360199");
        long naiveRunning = n.runningByStreet().values().stream().mapToLong(Long::longValue).sum();
        long appRunning = o.places().stream().mapToLong(p -> p.running()).sum();
        System.out.printf(Locale.ROOT, "check: running instances app %,d / history %,d; overdue app %,d / history %,d;"
                + " open warnings %,d%n", appRunning, naiveRunning, o.totals().overdue(), n.overdue(), o.totals().openWarnings());
        if (appRunning != naiveRunning || o.totals().overdue() != n.overdue()) {
            throw new IllegalStateException("read model and history disagree");
        }
        StepDurations s = app.steps(MANAGER, CASES, 365, null);
        Map<String, double[]> naive = Naive.steps(ds, CASES, now, 365, "360199");
        for (StepDuration d : s.steps()) {
            double[] h = naive.get(d.activityId());
            if (h == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "check: %-28s completed %,7d / %,7.0f   p50 %6.1f h / %6.1f h   p90 %6.1f h / %6.1f h"
                    + "   on time %.3f / %.3f%n", d.activityId(), d.completed(), h[0], d.p50Hours(), h[1], d.p90Hours(), h[2],
                    d.onTimeShare(), h[3]);
            if (d.completed() != (long) h[0] || Math.abs(d.onTimeShare() - h[3]) > 0.001) {
                throw new IllegalStateException("step " + d.activityId() + ": read model and history disagree");
            }
            // A √2 histogram answers within one bucket: at most 42 % off (and 15 min at the low end).
            if (Math.abs(d.p50Hours() - h[1]) > Math.max(0.25, 0.42 * h[1])) {
                throw new IllegalStateException("step " + d.activityId() + ": p50 off by more than a bucket");
            }
        }
    }

    // ------------------------------------------------------------------ timing

    interface Call {
        Object run() throws Exception;
    }

    private static double[] time(int rounds, Call call) throws Exception {
        // Warm-up: five calls for the app, one for the naive scans (each of those reads history through).
        for (int i = 0; i < (rounds >= ROUNDS ? 5 : 1); i++) {
            call.run();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }


    private static String[] row(String db, String view, double[] app, double[] naive) {
        return new String[] {db, view, fmt(p(app, 50)), fmt(p(app, 95)), fmt(p(naive, 50)), fmt(p(naive, 95)),
                "%.0f×".formatted(p(naive, 95) / p(app, 95))};
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%,.1f ms", ms);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

}
