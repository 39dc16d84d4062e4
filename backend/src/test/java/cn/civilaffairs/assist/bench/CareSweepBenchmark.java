package cn.civilaffairs.assist.bench;

import static cn.civilaffairs.assist.bench.Bench.exec;
import static cn.civilaffairs.assist.bench.Bench.p;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.CareService;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import cn.civilaffairs.assist.notification.NotificationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lapse-sweep benchmark (not a test). Loads N graded people (default 25,000, seed 004's county, 371
 * villages; the province run: 2,500,000 over 37,000 villages) with their visits and a responsible
 * officer with an e-mail address each village, about 2 % of them lapsing today, then measures:
 * <ol>
 * <li>finding the lapses: a naive scan aggregating every person's visits against the app's range
 * query on (status, open_warning_id, warn_on);
 * <li>raising the warnings one by one as the sweep did before issue #17 (a warning row, an event,
 * a mail and a process start per lapse), rolled back afterwards;
 * <li>the app's daily process as it runs in production: the careDaily timer fires, the sweep writes
 * chunks set-based and leaves the warning processes to start batch jobs, which the job executors
 * of every node ({@code -Dbench.nodes=2}: a second app context over the same database) take. Timed
 * until every lapse is warned (the sweep) and until every warning process has started (all raised).
 * </ol>
 * Run: {@code ./mvnw -B -q -Pbench -pl frontend,backend verify -Dskip.npm -Dskip.installnodenpm -DskipTests
 * -Dbench.main=cn.civilaffairs.assist.bench.CareSweepBenchmark -Dbench.db=h2|mariadb [-Dbench.people=2500000
 * -Dbench.villages=37000 -Dbench.visits=1 -Dbench.nodes=2 -Dbench.naiveRounds=3]}.
 */
public final class CareSweepBenchmark {
    private static final int[][] POLICY = {{0, 0}, {15, 20}, {7, 10}, {3, 5}}; // interval, warn-after per level

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        int people = Integer.getInteger("bench.people", 25_000);
        int villages = Integer.getInteger("bench.villages", 371);
        int visits = Integer.getInteger("bench.visits", 10);
        int nodes = Integer.getInteger("bench.nodes", 1);
        int rounds = Integer.getInteger("bench.naiveRounds", 30);
        String mariaDb = null;
        List<String> props = new ArrayList<>(List.of("--app.demo-data.enabled=false", "--logging.level.root=warn",
                "--logging.file.name=target/bench/bench.log", "--spring.main.banner-mode=off", "--server.port=0",
                // The sweep's own jobs only: the job executor may take the chunk and start-batch jobs.
                "--camunda.bpm.job-execution.enabled=true", "--spring.jpa.open-in-view=false"));
        // A province's server holds its working set in memory; MariaDB's default pool is 128 MB.
        String pool = System.getProperty("bench.bufferPoolMb", "");
        if (db.equals("mariadb") && !pool.isBlank()) {
            exec("jdbc:mysql://127.0.0.1:3306/", "SET GLOBAL innodb_buffer_pool_size = " + Long.parseLong(pool) * 1024 * 1024);
            System.out.println("innodb_buffer_pool_size set to " + pool + " MB for this run");
        }
        if (db.equals("mariadb")) {
            mariaDb = "sa_bench_" + System.currentTimeMillis();
            exec("jdbc:mysql://127.0.0.1:3306/", "CREATE DATABASE " + mariaDb + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            props.addAll(List.of("--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + mariaDb
                    + "?rewriteBatchedStatements=true&serverTimezone=UTC&nullCatalogMeansCurrent=true",
                    "--spring.datasource.username=root", "--spring.datasource.password=",
                    "--camunda.bpm.database.type=mysql",
                    "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"));
        } else {
            props.add("--spring.datasource.url=jdbc:h2:file:./target/bench/care-" + System.currentTimeMillis());
        }
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            contexts.add(new SpringApplicationBuilder(Application.class).run(props.toArray(String[]::new)));
            run(contexts, props, db, people, villages, visits, nodes, rounds);
        } finally {
            for (ConfigurableApplicationContext c : contexts) {
                c.close();
            }
            if (mariaDb != null && !Boolean.getBoolean("bench.keep")) {
                exec("jdbc:mysql://127.0.0.1:3306/", "DROP DATABASE IF EXISTS " + mariaDb);
            }
            if (db.equals("mariadb") && !pool.isBlank()) {
                exec("jdbc:mysql://127.0.0.1:3306/", "SET GLOBAL innodb_buffer_pool_size = " + 128L * 1024 * 1024);
            }
        }
    }

    private static void run(List<ConfigurableApplicationContext> contexts, List<String> props, String db, int people,
            int villages, int visits, int nodes, int rounds) throws Exception {
        ConfigurableApplicationContext ctx = contexts.get(0);
        DataSource ds = ctx.getBean(DataSource.class);
        LocalDate today = LocalDate.now(CarePolicy.ZONE);
        long t0 = System.nanoTime();
        int[] loaded = load(ds, people, villages, visits, today);
        System.out.printf(Locale.ROOT, "%n[%s] loaded %,d graded people, %,d visits, over %,d villages in %.1f s;"
                + " %,d of them lapsed today%n", db, people, loaded[0], villages, (System.nanoTime() - t0) / 1e9, loaded[1]);

        double[] naive = time(() -> naiveScan(ds, today), rounds);
        double[] indexed = time(() -> newLapses(ds, LAPSE_ROWS, today), 30);
        double[] ids = time(() -> newLapses(ds, LAPSE_IDS, today), 30);
        report(db, "naive: aggregate every person's visits", naive, naiveScan(ds, today));
        report(db, "app: range query, the rows the sweep reads", indexed, newLapses(ds, LAPSE_ROWS, today));
        report(db, "app: range query, which people (index only)", ids, newLapses(ds, LAPSE_IDS, today));
        System.out.printf(Locale.ROOT, "[%s] naive/app p95 ratio: %.1fx; app detection p95 %.1f ms (target <= 1,000 ms)%n",
                db, p(naive, 95) / p(indexed, 95), p(indexed, 95));

        oneByOne(ctx, today, Math.min(loaded[1], Integer.getInteger("bench.oneByOne", 2_000)));
        sweepAlone(ctx, today);

        for (int n = 1; n < nodes; n++) {
            contexts.add(new SpringApplicationBuilder(Application.class).run(props.toArray(String[]::new)));
        }
        daily(contexts, db, loaded[1], nodes);
    }

    /**
     * The sweep before issue #17, per lapse: a warning row and the enrolment's open warning, a
     * timeline event, a mail looked up and queued, and the warning process started, one by one.
     * In one transaction rolled back at the end (the app's run below needs the same lapses).
     */
    private static void oneByOne(ConfigurableApplicationContext ctx, LocalDate today, int limit) {
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        IdentityService identity = ctx.getBean(IdentityService.class);
        NotificationService mails = ctx.getBean(NotificationService.class);
        double[] ms = new double[1];
        tx.executeWithoutResult(status -> {
            long start = System.nanoTime();
            List<Map<String, Object>> lapses = jdbc.queryForList("select id, enrolment_no, person_id, village_code,"
                    + " responsible_username, last_visit_on from care_enrolment where status = 'ACTIVE'"
                    + " and open_warning_id is null and warn_on <= ? fetch first " + limit + " rows only",
                    Date.valueOf(today));
            for (Map<String, Object> l : lapses) {
                long enrolmentId = ((Number) l.get("id")).longValue();
                String village = (String) l.get("village_code");
                KeyHolder key = new GeneratedKeyHolder();
                jdbc.update(c -> {
                    PreparedStatement ps = c.prepareStatement("insert into care_warning (enrolment_id, kind, stage,"
                            + " raised_on, raised_at, gap_days, process_started_at) values (?, 'LAPSE', 1, ?, ?, 6, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, enrolmentId);
                    ps.setDate(2, Date.valueOf(today));
                    ps.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                    ps.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
                    return ps;
                }, key);
                long warningId = ((Number) key.getKeyList().get(0).values().iterator().next()).longValue();
                jdbc.update("update care_enrolment set open_warning_id = ?, version = version + 1 where id = ?",
                        warningId, enrolmentId);
                jdbc.update("insert into care_event (enrolment_id, occurred_at, actor, event_type, detail)"
                        + " values (?, ?, 'system', 'WARNING', '走访超期')", enrolmentId, new Timestamp(System.currentTimeMillis()));
                User u = identity.createUserQuery().userId((String) l.get("responsible_username")).singleResult();
                String name = jdbc.queryForObject("select name from person where id = ?", String.class, l.get("person_id"));
                String villageName = jdbc.queryForObject("select name from org_unit where code = ?", String.class, village);
                mails.enqueue("bench-warning:" + warningId, u.getEmail(), "【走访超期】" + name + "（" + villageName + "）",
                        "请尽快走访。");
                runtime.createProcessInstanceByKey("careWarning").businessKey((String) l.get("enrolment_no"))
                        .setVariables(Map.of("warningId", warningId, "responsible", l.get("responsible_username"),
                                "villageGroup", "VILLAGE_OFFICER@" + village,
                                "streetGroup", "STREET_CLERK@" + village.substring(0, 9),
                                "districtGroup", "DISTRICT_MANAGER@" + village.substring(0, 6), "escalateAfter", "P2D"))
                        .execute();
            }
            ms[0] = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "[one by one, before #17] %,d lapses: warning + event + mail + process start"
                    + " each in %.0f ms = %.1f ms per lapse (rolled back)%n", lapses.size(), ms[0],
                    ms[0] / Math.max(1, lapses.size()));
            status.setRollbackOnly();
        });
    }

    /**
     * The app's sweep by itself (CareService.sweepLapses: every chunk's warning rows, enrolments,
     * events and mails as batched statements, and the start-batch instances), rolled back like the
     * one-by-one run, so the job executors start nothing meanwhile and the daily run below finds the
     * same lapses.
     */
    private static void sweepAlone(ConfigurableApplicationContext ctx, LocalDate today) {
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        CareService care = ctx.getBean(CareService.class);
        tx.executeWithoutResult(status -> {
            long start = System.nanoTime();
            int raised = care.sweepLapses(today);
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "[app sweep alone, #17] %,d lapses: set-based rows, events, mails and"
                    + " start-batch jobs in %.0f ms = %.2f ms per lapse (rolled back)%n", raised, ms, ms / Math.max(1, raised));
            status.setRollbackOnly();
        });
    }

    /**
     * The careDaily process as production runs it: its timer is made due now, and the job executors
     * of all nodes do the rest. Polls the database every 100 ms.
     */
    private static void daily(List<ConfigurableApplicationContext> contexts, String db, int lapses, int nodes)
            throws Exception {
        ConfigurableApplicationContext ctx = contexts.get(0);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        ManagementService management = ctx.getBean(ManagementService.class);
        Job timer = management.createJobQuery().processDefinitionKey("careDaily").timers().singleResult();
        long start = System.nanoTime();
        management.setJobDuedate(timer.getId(), new java.util.Date(System.currentTimeMillis() - 1000));
        // As at 06:00: the job executors look for due jobs now, not after their idle back-off.
        for (ConfigurableApplicationContext node : contexts) {
            ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                    .getJobExecutor().jobWasAdded();
        }
        double swept = -1;
        double raised = -1;
        while (raised < 0 && (System.nanoTime() - start) < 30 * 60e9) {
            Thread.sleep(100);
            double now = (System.nanoTime() - start) / 1e9;
            if (swept < 0 && count(jdbc, "select count(*) from care_warning where raised_on = ?") >= lapses) {
                swept = now;
            }
            if (swept >= 0 && count(jdbc, "select count(*) from care_warning where raised_on = ?"
                    + " and process_started_at is not null") >= lapses) {
                raised = now;
            }
        }
        long processes = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d"
                + " on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'careWarning' and e.PARENT_ID_ is null", Long.class);
        long mailsQueued = jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like 'care-warning:%'",
                Long.class);
        System.out.printf(Locale.ROOT, "[%s, %d node%s] daily process: %,d lapses warned (rows, events, %,d mails queued)"
                + " in %.1f s = %.2f ms per lapse; all %,d warning processes started after %.1f s = %.2f ms per lapse"
                + " (target: all within 300 s)%n", db, nodes, nodes == 1 ? "" : "s", lapses, mailsQueued, swept,
                swept * 1000 / Math.max(1, lapses), processes, raised, raised * 1000 / Math.max(1, lapses));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class, Date.valueOf(LocalDate.now(CarePolicy.ZONE)));
    }

    interface Scan {
        int run() throws Exception;
    }

    /** Changes every round, so no database answers a repeated query from a result cache (H2 does). */
    private static long round;

    /** Without the schedule columns: every person's last visit, then the rule in Java. */
    private static int naiveScan(DataSource ds, LocalDate today) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select e.care_level,"
                + " max(v.visit_on) from care_enrolment e left join care_visit v on v.enrolment_id = e.id"
                + " where e.status = 'ACTIVE' and e.id > ? group by e.id, e.care_level")) {
            s.setLong(1, -(++round));
            ResultSet rs = s.executeQuery();
            int lapses = 0;
            while (rs.next()) {
                Date last = rs.getDate(2);
                if (last != null && ChronoUnit.DAYS.between(last.toLocalDate(), today) > POLICY[rs.getInt(1)][1]) {
                    lapses++;
                }
            }
            return lapses;
        }
    }

    /** Which people lapsed: the range on idx_care_enrolment_lapse alone (its entries carry the id). */
    private static final String LAPSE_IDS = "id";
    /** The app's sweep query (LapseStatements.lockNewLapses, without the lock): the rows it acts on. */
    private static final String LAPSE_ROWS = "id, enrolment_no, person_id, village_code, responsible_username,"
            + " last_visit_on, baseline_on";

    /** Reads every new lapse's {@code columns}; returns how many there are. */
    private static int newLapses(DataSource ds, String columns, LocalDate today) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select /* round " + (++round)
                + " */ " + columns + " from care_enrolment where status = 'ACTIVE' and open_warning_id is null"
                + " and warn_on <= ?")) {
            s.setDate(1, Date.valueOf(today));
            try (ResultSet rs = s.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }

    private static double[] time(Scan scan, int rounds) throws Exception {
        for (int i = 0; i < Math.min(5, rounds); i++) {
            scan.run();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            scan.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }


    private static void report(String db, String name, double[] ms, int lapses) {
        System.out.printf(Locale.ROOT, "[%s] %-42s p50 %7.1f ms   p95 %7.1f ms   (%,d lapses)%n", db, name,
                p(ms, 50), p(ms, 95), lapses);
    }

    /**
     * Org tree (20 villages a street, 19 streets a county), a responsible officer with an e-mail
     * address per village, people, enrolments with their schedule columns and {@code visits} visits
     * each. Most people are visited on time; about 2 % were last visited just past their limit (new
     * lapses today) and about 1 % already carry an open warning from earlier days.
     */
    /** The county: 371 villages, ten visits each. */
    static int[] load(DataSource ds, int people, LocalDate today) throws Exception {
        return load(ds, people, 371, 10, today);
    }

    static int[] load(DataSource ds, int people, int villages, int visitsEach, LocalDate today) throws Exception {
        Random random = new Random(7);
        int visitsLoaded = 0;
        int newLapses = 0;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("insert into org_unit (code, name, level, parent_code) values (?, ?, ?, ?)");
                    PreparedStatement user = c.prepareStatement("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_)"
                            + " values (?, 1, ?, '干部', ?)")) {
                for (int i = 0; i < villages; i++) {
                    String v = village(i);
                    if (i % 380 == 0) {
                        org.setString(1, v.substring(0, 6)); org.setString(2, "县" + i / 380); org.setString(3, "DISTRICT");
                        org.setString(4, null); org.addBatch();
                    }
                    if (i % 20 == 0) {
                        org.setString(1, v.substring(0, 9)); org.setString(2, "街道" + i / 20); org.setString(3, "STREET");
                        org.setString(4, v.substring(0, 6)); org.addBatch();
                    }
                    org.setString(1, v); org.setString(2, "村" + i); org.setString(3, "VILLAGE");
                    org.setString(4, v.substring(0, 9)); org.addBatch();
                    user.setString(1, "cadre-" + v); user.setString(2, "村" + i);
                    user.setString(3, "cadre-" + v + "@bench.example"); user.addBatch();
                    if (i % 1000 == 999 || i == villages - 1) {
                        org.executeBatch(); user.executeBatch(); c.commit();
                    }
                }
            }
            c.commit();
            try (PreparedStatement person = c.prepareStatement("insert into person (id, id_number, name, gender, birth_date,"
                    + " village_code, created_at, updated_at) values (?, ?, ?, 'FEMALE', ?, ?, ?, ?)");
                 PreparedStatement enrol = c.prepareStatement("insert into care_enrolment (id, enrolment_no, person_id,"
                    + " active_person_id, village_code, care_group, lives_alone, self_care, remote_dwelling,"
                    + " neighbours_nearby, serious_illness, carer_in_difficulty, legal_supporter, support_lacking, status,"
                    + " proposed_level, care_level, graded_on, grading_pending, responsible_username, responsible_name,"
                    + " last_visit_on, baseline_on, next_due_on, warn_on, in_emergency, open_warning_id, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, 'EMPTY_NEST_LEFT_BEHIND_ELDERLY', true, 'PARTIAL', false, 2, false, false,"
                    + " false, false, 'ACTIVE', ?, ?, ?, false, ?, '干部', ?, ?, ?, ?, false, ?, ?, 'bench')");
                 PreparedStatement visit = c.prepareStatement("insert into care_visit (enrolment_id, visited_at, visit_on,"
                    + " mode, met, findings, risk, recorded_by, recorded_at) values (?, ?, ?, 'HOME', '本人', '正常', 'NONE', 'bench', ?)")) {
                for (int i = 0; i < people; i++) {
                    long id = i + 1;
                    String village = village(i % villages);
                    int level = i % 10 < 2 ? 3 : i % 10 < 5 ? 2 : 1;
                    int interval = POLICY[level][0];
                    int warnAfter = POLICY[level][1];
                    double roll = random.nextDouble();
                    int gap;
                    Long openWarning = null;
                    if (roll < 0.02) {
                        gap = warnAfter + 1; // lapses today
                        newLapses++;
                    } else if (roll < 0.03) {
                        gap = warnAfter + 2 + random.nextInt(5); // lapsed earlier, warning open
                        openWarning = 1L;
                    } else {
                        gap = random.nextInt(warnAfter + 1);
                    }
                    LocalDate last = today.minusDays(gap);
                    person.setLong(1, id);
                    person.setString(2, "36%016d".formatted(i)); // unique, 18 characters; the sweep never reads it
                    person.setString(3, "对象" + i);
                    person.setDate(4, Date.valueOf(LocalDate.of(1930 + i % 60, 1, 1)));
                    person.setString(5, village); person.setTimestamp(6, now); person.setTimestamp(7, now);
                    person.addBatch();
                    enrol.setLong(1, id); enrol.setString(2, "GB%010d".formatted(id)); enrol.setLong(3, id);
                    enrol.setLong(4, id); enrol.setString(5, village); enrol.setInt(6, level); enrol.setInt(7, level);
                    enrol.setDate(8, Date.valueOf(today.minusDays(120))); enrol.setString(9, "cadre-" + village);
                    enrol.setDate(10, Date.valueOf(last)); enrol.setDate(11, Date.valueOf(today.minusDays(120)));
                    enrol.setDate(12, Date.valueOf(last.plusDays(interval)));
                    enrol.setDate(13, Date.valueOf(last.plusDays(warnAfter + 1L)));
                    if (openWarning == null) {
                        enrol.setNull(14, java.sql.Types.BIGINT);
                    } else {
                        enrol.setLong(14, openWarning);
                    }
                    enrol.setTimestamp(15, now);
                    enrol.addBatch();
                    // Earlier visits, one interval apart, ending at the last visit.
                    for (int k = 0; k < visitsEach; k++) {
                        LocalDate day = last.minusDays((long) k * interval);
                        visit.setLong(1, id);
                        visit.setTimestamp(2, Timestamp.valueOf(day.atTime(9, 30)));
                        visit.setDate(3, Date.valueOf(day));
                        visit.setTimestamp(4, Timestamp.valueOf(day.atTime(18, 0)));
                        visit.addBatch();
                        visitsLoaded++;
                    }
                    if (i % 2000 == 1999 || i == people - 1) {
                        person.executeBatch(); enrol.executeBatch(); visit.executeBatch();
                        c.commit();
                    }
                    if (i % 250_000 == 249_999) {
                        System.out.printf(Locale.ROOT, "  ... %,d people loaded%n", i + 1);
                    }
                }
            }
            // Ids above were given explicitly; move the identity columns past them.
            try (Statement s = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                    s.execute("alter table person alter column id restart with " + (people + 1));
                    s.execute("alter table care_enrolment alter column id restart with " + (people + 1));
                } else {
                    s.execute("alter table person auto_increment = " + (people + 1));
                    s.execute("alter table care_enrolment auto_increment = " + (people + 1));
                    s.execute("analyze table care_enrolment");
                }
            }
            c.commit();
        }
        return new int[] {visitsLoaded, newLapses};
    }

    /**
     * 20 villages a street, 19 streets a county; codes nest 6 → 9 → 12 digits. The first county is
     * 360199, the county of the other benchmarks; the province's follow it (360200, 360201, ...).
     */
    static String village(int i) {
        return "%06d%03d%03d".formatted(360199 + i / 380, 1 + (i % 380) / 20, 1 + i % 20);
    }

}
