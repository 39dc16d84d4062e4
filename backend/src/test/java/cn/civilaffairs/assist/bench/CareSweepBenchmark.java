package cn.civilaffairs.assist.bench;

import static cn.civilaffairs.assist.bench.Bench.exec;
import static cn.civilaffairs.assist.bench.Bench.p;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.CareService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
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
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lapse-sweep benchmark (not a test): N graded people (default 25,000, seed 004's county) over
 * 371 villages with about ten visits each, then times finding the lapses two ways — a naive scan
 * that aggregates every person's visits (cost grows with people) and the app's indexed range query
 * on warn_on (cost grows with lapses) — and finally one real daily sweep that raises a warning and
 * starts a warning process for each new lapse. Prints p50/p95 and the ratio. Run:
 * {@code ./mvnw -B -q -Pbench -pl frontend,backend verify -Dskip.npm -Dskip.installnodenpm -DskipTests
 * -Dbench.main=cn.civilaffairs.assist.bench.CareSweepBenchmark -Dbench.db=h2|mariadb}.
 */
public final class CareSweepBenchmark {
    private static final int VILLAGES = 371;
    private static final int ROUNDS = 30;
    private static final int[][] POLICY = {{0, 0}, {15, 20}, {7, 10}, {3, 5}}; // interval, warn-after per level

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        int people = Integer.getInteger("bench.people", 25_000);
        String mariaDb = null;
        List<String> props = new ArrayList<>(List.of("--app.demo-data.enabled=false",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
                "--logging.file.name=target/bench/bench.log", "--spring.main.banner-mode=off", "--server.port=0"));
        if (db.equals("mariadb")) {
            mariaDb = "sa_bench_" + System.currentTimeMillis();
            exec("jdbc:mysql://127.0.0.1:3306/", "CREATE DATABASE " + mariaDb + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            props.addAll(List.of("--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/" + mariaDb
                    + "?rewriteBatchedStatements=true&serverTimezone=UTC", "--spring.datasource.username=root",
                    "--spring.datasource.password=", "--camunda.bpm.database.type=mysql",
                    "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"));
        } else {
            props.add("--spring.datasource.url=jdbc:h2:file:./target/bench/care-" + System.currentTimeMillis());
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(props.toArray(String[]::new))) {
            run(ctx, db, people);
        } finally {
            if (mariaDb != null) {
                exec("jdbc:mysql://127.0.0.1:3306/", "DROP DATABASE IF EXISTS " + mariaDb);
            }
        }
    }

    private static void run(ConfigurableApplicationContext ctx, String db, int people) throws Exception {
        DataSource ds = ctx.getBean(DataSource.class);
        LocalDate today = LocalDate.now(CarePolicy.ZONE);
        long t0 = System.nanoTime();
        int[] loaded = load(ds, people, today);
        System.out.printf(Locale.ROOT, "%n[%s] loaded %,d graded people, %,d visits, over %d villages in %.1f s;"
                + " %,d of them lapsed today%n", db, people, loaded[0], VILLAGES, (System.nanoTime() - t0) / 1e9, loaded[1]);

        double[] naive = time(() -> naiveScan(ds, today));
        double[] indexed = time(() -> indexedScan(ds, today));
        report(db, "naive: aggregate every person's visits", naive, naiveScan(ds, today));
        report(db, "app: range query on indexed warn_on", indexed, indexedScan(ds, today));

        CareService care = ctx.getBean(CareService.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        long s0 = System.nanoTime();
        Integer raised = tx.execute(s -> care.sweepLapses(today));
        double sweepMs = (System.nanoTime() - s0) / 1e6;
        long s1 = System.nanoTime();
        Integer again = tx.execute(s -> care.sweepLapses(today));
        double againMs = (System.nanoTime() - s1) / 1e6;
        System.out.printf(Locale.ROOT, "[%s] full daily sweep: %,d warnings raised + processes started in %.0f ms"
                + " (%.1f ms per lapse); second run the same day: %d raised in %.0f ms%n", db, raised, sweepMs,
                sweepMs / Math.max(1, raised), again, againMs);
        System.out.printf(Locale.ROOT, "[%s] naive/app p95 ratio: %.1fx; app detection p95 %.1f ms (target <= 2,000 ms)%n%n",
                db, p(naive, 95) / p(indexed, 95), p(indexed, 95));
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

    /** The app's sweep query (CareEnrolments.findNewLapses) as SQL, reading the rows it would act on. */
    private static int indexedScan(DataSource ds, LocalDate today) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select id, enrolment_no,"
                + " village_code, responsible_username from care_enrolment where status = 'ACTIVE' and warn_on <= ?"
                + " and open_warning_id is null and id > ?")) {
            s.setDate(1, Date.valueOf(today));
            s.setLong(2, -(++round));
            try (ResultSet rs = s.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }

    private static double[] time(Scan scan) throws Exception {
        for (int i = 0; i < 5; i++) {
            scan.run();
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
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
     * Org tree, people, enrolments with their schedule columns and ~10 visits each. Most people are
     * visited on time; about 2 % were last visited just past their limit (new lapses today) and
     * about 1 % already carry an open warning from earlier days.
     */
    static int[] load(DataSource ds, int people, LocalDate today) throws Exception {
        Random random = new Random(7);
        int visitsLoaded = 0;
        int newLapses = 0;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement org = c.prepareStatement("insert into org_unit (code, name, level, parent_code) values (?, ?, ?, ?)")) {
                org.setString(1, "360199"); org.setString(2, "基准区"); org.setString(3, "DISTRICT"); org.setString(4, null);
                org.executeUpdate();
                for (int s = 1; s <= (VILLAGES + 19) / 20; s++) {
                    org.setString(1, "360199%03d".formatted(s)); org.setString(2, "街道" + s); org.setString(3, "STREET");
                    org.setString(4, "360199"); org.addBatch();
                }
                org.executeBatch();
                for (int i = 0; i < VILLAGES; i++) {
                    org.setString(1, village(i)); org.setString(2, "村" + i); org.setString(3, "VILLAGE");
                    org.setString(4, village(i).substring(0, 9)); org.addBatch();
                }
                org.executeBatch();
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
                    String village = village(i % VILLAGES);
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
                    person.setString(2, ResidentIdNumber.withCheckCharacter("360199" + (1930 + i % 60) + "0101"
                            + "%03d".formatted(i % 1000)).value().substring(0, 12) + "%06d".formatted(i));
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
                    // About ten earlier visits, one interval apart, ending at the last visit.
                    for (int k = 0; k < 10; k++) {
                        LocalDate day = last.minusDays((long) k * interval);
                        visit.setLong(1, id);
                        visit.setTimestamp(2, Timestamp.valueOf(day.atTime(9, 30)));
                        visit.setDate(3, Date.valueOf(day));
                        visit.setTimestamp(4, Timestamp.valueOf(day.atTime(18, 0)));
                        visit.addBatch();
                        visitsLoaded++;
                    }
                    if (i % 1000 == 999 || i == people - 1) {
                        person.executeBatch(); enrol.executeBatch(); visit.executeBatch();
                        c.commit();
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
                }
            } catch (Exception e) {
                System.out.println("note: " + e.getMessage());
            }
            c.commit();
        }
        return new int[] {visitsLoaded, newLapses};
    }

    static String village(int i) {
        return "360199%03d%03d".formatted(1 + i / 20, 1 + i % 20);
    }

}
