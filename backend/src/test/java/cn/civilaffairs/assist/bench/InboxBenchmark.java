package cn.civilaffairs.assist.bench;

import static cn.civilaffairs.assist.bench.Bench.exec;
import static cn.civilaffairs.assist.bench.Bench.p;

import cn.civilaffairs.assist.Application;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.workflow.internal.InboxProjection;
import cn.civilaffairs.assist.workflow.InboxSort;
import cn.civilaffairs.assist.workflow.Scope;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Inbox query benchmark (not a test): loads N open user tasks spread over 371 villages, then times
 * list(page of 50) + count three ways — a process-variable filter (naive), the engine's candidate
 * group filter, and the app's own inbox (assignee OR work group, with case details) — and prints
 * p50/p95 and the naive/better ratio. Run: {@code ./mvnw -B -q -Pbench -pl frontend,backend verify
 * -Dskip.npm -Dbench.db=h2|mariadb [-Dbench.tasks=100000]}.
 */
public final class InboxBenchmark {
    private static final int VILLAGES = 371;
    private static final int ROUNDS = 200;
    private static final int NAIVE_ROUNDS = 30;

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        int tasks = Integer.getInteger("bench.tasks", 100_000);
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
            props.add("--spring.datasource.url=jdbc:h2:file:./target/bench/inbox-" + System.currentTimeMillis());
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run(props.toArray(String[]::new))) {
            run(ctx, db, tasks);
        } finally {
            if (mariaDb != null && !Boolean.getBoolean("bench.keep")) {
                exec("jdbc:mysql://127.0.0.1:3306/", "DROP DATABASE IF EXISTS " + mariaDb);
            }
        }
    }

    private static void run(ConfigurableApplicationContext ctx, String db, int tasks) throws Exception {
        DataSource ds = ctx.getBean(DataSource.class);
        String defId = ctx.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey("serviceAssistance").latestVersion().singleResult().getId();
        long t0 = System.nanoTime();
        load(ds, defId, tasks);
        // Rows written around the engine: build the inbox's own table the way startup reconciles it.
        ctx.getBean(InboxProjection.class).rebuild();
        System.out.printf(Locale.ROOT, "%n[%s] loaded %,d open tasks over %d villages in %.1f s%n", db, tasks,
                VILLAGES, (System.nanoTime() - t0) / 1e9);

        TaskService taskService = ctx.getBean(TaskService.class);
        TaskInboxService inbox = ctx.getBean(TaskInboxService.class);
        Random random = new Random(42);
        // The naive shape takes seconds per round on MariaDB: fewer rounds keep the run short.
        double[] naive = time(() -> village(random), Boolean.getBoolean("bench.quick") ? 1 : NAIVE_ROUNDS, v -> {
            var q = taskService.createTaskQuery().processVariableValueEquals("villageCode", v);
            q.orderByTaskCreateTime().desc().listPage(0, 50);
            q.count();
        });
        double[] group = time(() -> village(random), ROUNDS, v -> {
            var q = taskService.createTaskQuery().taskCandidateGroupIn(List.of("VILLAGE_OFFICER@" + v));
            q.orderByTaskCreateTime().desc().listPage(0, 50);
            q.count();
        });
        double[] app = time(() -> village(random), ROUNDS, v -> inbox.list(new CurrentUser("bench", "bench", null,
                Set.of(Role.VILLAGE_OFFICER), v, v, OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + v)),
                Scope.ALL, 0, 50));
        // Issue 15: the same page searched by part of a number and filtered to one step (inbox_task.search_text).
        double[] search = time(() -> village(random), ROUNDS, v -> inbox.list(new CurrentUser("bench", "bench", null,
                Set.of(Role.VILLAGE_OFFICER), v, v, OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + v)),
                Scope.ALL, "bench-1", "verifyLead", InboxSort.CREATED, 0, 50));
        report(db, "naive: process-variable filter", naive);
        report(db, "engine: candidate-group filter", group);
        report(db, "app inbox: own indexed table + page by id", app);
        report(db, "app inbox: search + step filter + newest first", search);
        System.out.printf(Locale.ROOT, "[%s] naive/app p95 ratio: %.1fx; engine group/app: %.1fx; app inbox p95 %.1f ms"
                + " (target <= 50 ms)%n%n", db, p(naive, 95) / p(app, 95), p(group, 95) / p(app, 95), p(app, 95));
    }

    private static String village(Random random) {
        int n = random.nextInt(VILLAGES);
        return "360199%03d%03d".formatted(1 + n / 20, 1 + n % 20);
    }

    interface Query {
        void run(String village) throws Exception;
    }

    private static double[] time(Supplier<String> villages, int rounds, Query query) throws Exception {
        for (int i = 0; i < Math.min(20, rounds / 5); i++) {
            query.run(villages.get()); // warm-up
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            String v = villages.get();
            long start = System.nanoTime();
            query.run(v);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }


    private static void report(String db, String name, double[] ms) {
        System.out.printf(Locale.ROOT, "[%s] %-50s p50 %7.1f ms   p95 %7.1f ms%n", db, name, p(ms, 50), p(ms, 95));
    }

    /** Rows as the engine writes them for a waiting user task, inserted in batches for speed. */
    private static void load(DataSource ds, String defId, int tasks) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement exe = c.prepareStatement("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, "
                    + "PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
                    + "IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_) "
                    + "values (?, 1, ?, ?, ?, ?, 'verifyLead', 1, 0, 1, 0, 1, 0, 1, 'serviceAssistance')");
                 PreparedStatement task = c.prepareStatement("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, "
                    + "PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, "
                    + "SUSPENSION_STATE_, TASK_STATE_) values (?, 1, ?, ?, ?, '核实线索', 'verifyLead', 50, ?, ?, 1, 'Created')");
                 PreparedStatement link = c.prepareStatement("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, "
                    + "TYPE_, TASK_ID_) values (?, 1, ?, 'candidate', ?)");
                 PreparedStatement var = c.prepareStatement("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, "
                    + "EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, "
                    + "IS_CONCURRENT_LOCAL_) values (?, 1, 'string', 'villageCode', ?, ?, ?, ?, ?, 1, 0)")) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < tasks; i++) {
                    String pi = "bench-pi-" + i;
                    String taskId = "bench-t-" + i;
                    String village = "360199%03d%03d".formatted(1 + (i % VILLAGES) / 20, 1 + (i % VILLAGES) % 20);
                    exe.setString(1, pi); exe.setString(2, pi); exe.setString(3, pi);
                    exe.setString(4, "BENCH-" + i); exe.setString(5, defId); exe.addBatch();
                    task.setString(1, taskId); task.setString(2, pi); task.setString(3, pi); task.setString(4, defId);
                    task.setTimestamp(5, new Timestamp(now - i * 1000L));
                    task.setTimestamp(6, new Timestamp(now + (i % 10) * 86_400_000L)); task.addBatch();
                    link.setString(1, "bench-il-" + i); link.setString(2, "VILLAGE_OFFICER@" + village);
                    link.setString(3, taskId); link.addBatch();
                    var.setString(1, "bench-v-" + i); var.setString(2, pi); var.setString(3, pi);
                    var.setString(4, defId); var.setString(5, village); var.setString(6, pi); var.addBatch();
                    if (i % 2000 == 1999 || i == tasks - 1) {
                        exe.executeBatch(); task.executeBatch(); link.executeBatch(); var.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

}
