package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.common.CrashRecoveryIT.ChildApp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The daily processes on two nodes over one MariaDB (issue #17 point 1). Both nodes run their job
 * executor. The careDaily timer is made due: one node takes it, and in the middle of its sweep that
 * node is killed with SIGKILL. The other node takes the sweep's job when its lock expires and
 * finishes it: every lapse is warned exactly once, with one warning process and one mail queued;
 * the daily process ran once and its next timer exists once. Then the killed node comes back and
 * both dispatchers send the queued mails at once: each arrives once.
 *
 * <p>The SMTP server starts only after the sweep, so no mail can be half sent when a node is killed
 * (a mail the server accepted just before the kill and not yet marked sent would go again: SMTP
 * gives at-least-once; the README says so).
 */
@Tag("mariadb")
class TwoNodesSweepIT {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String OFFICER = "vo002003";
    private static final String VILLAGE = "360199002003";
    private static final int LAPSES = 240;

    @Test
    void aNodeKilledMidSweepLeavesEveryLapseWarnedOnceAndEveryMailSentOnce() throws Exception {
        String database = "sa_sweep_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        CrashRecoveryIT.mariaDb("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String url = CrashRecoveryIT.mariaDbUrl() + database
                + "?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true";
        int smtpPort;
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        List<String> common = List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + CrashRecoveryIT.mariaDbUser(),
                "--spring.datasource.password=" + CrashRecoveryIT.mariaDbPassword(), "--app.demo-data.enabled=true",
                // Small chunks and batches make a long sweep of few lapses; a short lock lets the survivor
                // take the dead node's job within the test; a short idle wait makes both acquire promptly.
                "--app.care.sweep-chunk=2", "--app.care.warning-start-batch=4",
                "--camunda.bpm.job-execution.lock-time-in-millis=8000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--app.mail.dispatch-interval=PT1S", "--app.mail.max-attempts=100000");
        List<ChildApp> nodes = new ArrayList<>();
        GreenMail smtp = null;
        try {
            for (int n = 1; n <= 2; n++) {
                List<String> args = new ArrayList<>(common);
                args.add("--app.node-name=node" + n);
                nodes.add(new ChildApp(CrashRecoveryIT.runDirectory("sweep-node" + n), args));
            }
            nodes.get(0).start(); // creates the schema and the demo data
            nodes.get(1).start();

            LocalDate today = LocalDate.now(BEIJING);
            try (Connection c = DriverManager.getConnection(url, CrashRecoveryIT.mariaDbUser(),
                    CrashRecoveryIT.mariaDbPassword())) {
                seedLapses(c, today);
                // The new lapses: ours and any of the demo data's.
                long expected = count(c, "select count(*) from care_enrolment where status = 'ACTIVE' and warn_on <= ?"
                        + " and open_warning_id is null", today);
                long expectedMails = count(c, "select count(*) from care_enrolment e join ACT_ID_USER u"
                        + " on u.ID_ = e.responsible_username where e.status = 'ACTIVE' and e.warn_on <= ?"
                        + " and e.open_warning_id is null and u.EMAIL_ is not null and u.EMAIL_ <> ''", today);
                assertThat(expected).isGreaterThanOrEqualTo(LAPSES);
                // The demo data has raised warnings already; the sweep's are those after them.
                long before = count(c, "select coalesce(max(id), 0) from care_warning");
                long dailyBefore = count(c, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'careDaily'");
                // 06:00 is now: the timer job becomes due, and whichever node acquires it first sweeps.
                c.createStatement().executeUpdate("update ACT_RU_JOB set DUEDATE_ = now() - interval 1 second"
                        + " where PROCESS_DEF_KEY_ = 'careDaily' and TYPE_ = 'timer'");

                String sweeper = awaitMidSweep(c, before);
                int victim = sweeper.startsWith("node1/") ? 0 : 1;
                nodes.get(victim).kill();
                long warnedAtKill = count(c, "select count(*) from care_warning where id > ?", before);

                awaitSweepDone(c, today, before, 180);
                assertThat(warnedAtKill).as("killed in the middle of the sweep").isBetween(1L, expected - 1);
                // Every lapse warned exactly once: one warning raised today per lapsed person, each open.
                assertThat(count(c, "select count(*) from care_warning where id > ?", before)).isEqualTo(expected);
                assertThat(count(c, "select count(*) from (select enrolment_id from care_warning where id > ?"
                        + " group by enrolment_id having count(*) > 1) twice", before)).isZero();
                assertThat(count(c, "select count(*) from care_enrolment e join care_warning w on w.id = e.open_warning_id"
                        + " where w.id > ?", before)).isEqualTo(expected);
                assertThat(count(c, "select count(*) from care_event v join care_enrolment e on e.id = v.enrolment_id"
                        + " where v.event_type = 'WARNING' and e.enrolment_no like 'GBIT%'")).isEqualTo(LAPSES);
                // One warning process each, started by the batch jobs of both nodes.
                assertThat(count(c, "select count(*) from ACT_RU_VARIABLE v join ACT_RU_EXECUTION e on e.ID_ = v.EXECUTION_ID_"
                        + " and e.PARENT_ID_ is null join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
                        + " where d.KEY_ = 'careWarning' and v.NAME_ = 'warningId'"
                        + " and v.LONG_ > ?", before)).isEqualTo(expected);
                // One mail queued per lapse (its responsible officer has an address).
                assertThat(count(c, "select count(*) from mail_outbox m join care_warning w"
                        + " on m.dedup_key = concat('care-warning:', w.id, ':1') where w.id > ?", before))
                        .isEqualTo(expectedMails);
                // The daily process ran once and waits for tomorrow once.
                assertThat(count(c, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'careDaily'"))
                        .isEqualTo(dailyBefore + 1);
                assertThat(count(c, "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'careDaily'"))
                        .isEqualTo(1);

                // The killed node comes back; then the mail server: both dispatchers race over the outbox.
                nodes.get(victim).start();
                smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
                smtp.start();
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (count(c, "select count(*) from mail_outbox where sent_at is null") > 0
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                assertThat(count(c, "select count(*) from mail_outbox where sent_at is null")).isZero();
                Thread.sleep(1500); // a dispatcher that would send twice has had its chance
                long outbox = count(c, "select count(*) from mail_outbox");
                MimeMessage[] received = smtp.getReceivedMessages();
                Map<String, Integer> bySubjectAndRecipient = new HashMap<>();
                for (MimeMessage m : received) {
                    bySubjectAndRecipient.merge(m.getAllRecipients()[0] + " " + m.getSubject(), 1, Integer::sum);
                }
                assertThat(received).as("one delivery per queued notice").hasSize((int) outbox);
                assertThat(bySubjectAndRecipient.entrySet()).filteredOn(e -> e.getKey().contains("超期对象"))
                        .hasSize(LAPSES).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1));
            }
        } finally {
            if (smtp != null) {
                smtp.stop();
            }
            for (ChildApp node : nodes) {
                node.close();
            }
            CrashRecoveryIT.mariaDb("DROP DATABASE IF EXISTS " + database);
        }
    }

    /** LAPSES graded people of the officer's village whose gap passed its limit yesterday. */
    private static void seedLapses(Connection c, LocalDate today) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        c.setAutoCommit(false);
        try (PreparedStatement person = c.prepareStatement("insert into person (id_number, name, gender, birth_date,"
                + " village_code, created_at, updated_at) values (?, ?, 'FEMALE', ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS);
                PreparedStatement enrol = c.prepareStatement("insert into care_enrolment (enrolment_no, person_id,"
                        + " active_person_id, village_code, care_group, lives_alone, self_care, remote_dwelling,"
                        + " neighbours_nearby, serious_illness, carer_in_difficulty, legal_supporter, support_lacking,"
                        + " status, proposed_level, care_level, graded_on, grading_pending, responsible_username,"
                        + " responsible_name, last_visit_on, baseline_on, next_due_on, warn_on, in_emergency, created_at,"
                        + " created_by) values (?, ?, ?, ?, 'EMPTY_NEST_LEFT_BEHIND_ELDERLY', true, 'PARTIAL', false, 2,"
                        + " false, false, false, false, 'ACTIVE', 1, 1, ?, false, ?, '村干部', ?, ?, ?, ?, false, ?, 'it')")) {
            for (int i = 0; i < LAPSES; i++) {
                person.setString(1, "99%016d".formatted(System.nanoTime() % 1_000_000_000L * 1000 + i));
                person.setString(2, "超期对象" + i);
                person.setDate(3, Date.valueOf(LocalDate.of(1940, 1, 1)));
                person.setString(4, VILLAGE);
                person.setTimestamp(5, now);
                person.setTimestamp(6, now);
                person.executeUpdate();
                long personId;
                try (ResultSet keys = person.getGeneratedKeys()) {
                    keys.next();
                    personId = keys.getLong(1);
                }
                LocalDate last = today.minusDays(21); // level 1: warn after 20 days
                enrol.setString(1, "GBIT%08d".formatted(personId));
                enrol.setLong(2, personId);
                enrol.setLong(3, personId);
                enrol.setString(4, VILLAGE);
                enrol.setDate(5, Date.valueOf(today.minusDays(120)));
                enrol.setString(6, OFFICER);
                enrol.setDate(7, Date.valueOf(last));
                enrol.setDate(8, Date.valueOf(today.minusDays(120)));
                enrol.setDate(9, Date.valueOf(last.plusDays(15)));
                enrol.setDate(10, Date.valueOf(last.plusDays(21)));
                enrol.setTimestamp(11, now);
                enrol.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** Polls until a node holds the sweep's job with part of the lapses warned; returns that node. */
    private static String awaitMidSweep(Connection c, long before) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            long warned = count(c, "select count(*) from care_warning where id > ?", before);
            if (warned > 0 && warned < LAPSES / 2) {
                try (PreparedStatement s = c.prepareStatement("select LOCK_OWNER_ from ACT_RU_JOB where"
                        + " PROCESS_DEF_KEY_ = 'careDaily' and TYPE_ = 'message' and LOCK_OWNER_ is not null");
                        ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            assertThat(warned).as("the sweep was caught in the middle").isLessThan(LAPSES / 2);
            Thread.sleep(10);
        }
        throw new AssertionError("the daily sweep did not start within 120 s");
    }

    /** Until no daily-process job but its next timer is left and every warning of today has its process. */
    private static void awaitSweepDone(Connection c, LocalDate today, long before, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (count(c, "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ in ('careDaily', 'careWarningStart')"
                    + " and TYPE_ = 'message'") == 0
                    && count(c, "select count(*) from care_warning where id > ? and process_started_at is null",
                            before) == 0
                    && count(c, "select count(*) from care_enrolment where status = 'ACTIVE' and warn_on <= ?"
                            + " and open_warning_id is null", today) == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the surviving node did not finish the sweep within " + seconds + " s");
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
