package cn.civilaffairs.assist.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.support.MailServer;
import cn.civilaffairs.assist.support.MailTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bulk reminders and reassignments from the monitoring centre: a dry run counts and changes nothing, a real
 * run acts only on open tasks in the caller's node (and, for reassignment, only where the new holder is in the
 * task's work group), mails through a real SMTP server, and is recorded once.
 */
@Tag("db")
@MailTest
class BulkActionMailTest {
    @RegisterExtension
    static final GreenMailExtension smtp = MailServer.smtp();

    static final String STREET = "360199002"; // 东湖街道
    static final String VILLAGE = "360199002003"; // 柳岸村
    static final String OTHER_VILLAGE = "360199001001"; // 南门社区, 城关街道
    static final CurrentUser CLERK = new CurrentUser("street002", "钱进", null, Set.of(Role.STREET_CLERK), STREET,
            "东湖街道", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));

    @LocalServerPort int port;
    @Autowired BulkTaskActions actions;
    @Autowired CaseService cases;
    @Autowired TaskService taskService;
    @Autowired IdentityService identity;
    @Autowired MailDispatcher dispatcher;

    private Task task(String caseNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    /**
     * Sends what is pending and returns the reminders among it: the database is shared with other tests,
     * whose notices may be pending too.
     */
    private List<MimeMessage> dispatch() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        int sent;
        int total = 0;
        while ((sent = dispatcher.dispatchPending()) > 0) {
            total += sent;
        }
        if (total > 0) {
            assertThat(smtp.waitForIncomingEmail(10000, total)).isTrue();
        }
        List<MimeMessage> reminders = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject() != null && m.getSubject().contains("督办提醒")) {
                reminders.add(m);
            }
        }
        return reminders;
    }

    private static String to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).findFirst().orElseThrow();
    }

    @Test
    void aReminderIsCountedFirstThenSentOnlyForOpenTasksInScopeAndRecorded() throws Exception {
        Task mine = task(Leads.open(cases, VILLAGE, "提醒对象"));
        Task other = task(Leads.open(cases, OTHER_VILLAGE, "外街对象"));
        dispatch();
        long before = actions.actions(CLERK, 0, 100).total();

        BulkActionResult dry = actions.remind(CLERK, List.of(mine.getId(), other.getId(), "no-such-task", mine.getId()), true);
        assertThat(dry.eligible()).isEqualTo(1);
        assertThat(dry.done()).isZero();
        assertThat(dry.actionId()).isNull();
        assertThat(dry.skipped()).containsExactly(new SkippedTask(other.getId(), SkipReason.OUT_OF_SCOPE),
                new SkippedTask("no-such-task", SkipReason.NOT_OPEN));
        assertThat(dispatch()).isEmpty();
        assertThat(actions.actions(CLERK, 0, 100).total()).isEqualTo(before);

        BulkActionResult run = actions.remind(CLERK, List.of(mine.getId(), other.getId()), false);
        assertThat(run.done()).isEqualTo(1);
        assertThat(run.actionId()).isNotNull();
        // Nobody holds the task: every member of its work group with an address is reminded, once.
        List<MimeMessage> mails = dispatch();
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage m : mails) {
            recipients.add(to(m));
            assertThat(m.getSubject()).contains("督办提醒").contains("核实线索");
            assertThat((String) m.getContent()).contains("/tasks/" + mine.getId()).contains("钱进");
        }
        long members = identity.createUserQuery().memberOfGroup("VILLAGE_OFFICER@" + VILLAGE).list().stream()
                .filter(u -> u.getEmail() != null).count();
        assertThat(recipients).doesNotHaveDuplicates().hasSize((int) members).contains("vo002003@qingshan.example.cn");

        var recorded = actions.actions(CLERK, 0, 100);
        assertThat(recorded.total()).isEqualTo(before + 1);
        assertThat(recorded.items().get(0)).satisfies(a -> {
            assertThat(a.kind()).isEqualTo(BulkActionKind.REMINDER);
            assertThat(a.count()).isEqualTo(1);
            assertThat(a.actorName()).isEqualTo("钱进");
        });

        // Done since it was selected: skipped, nothing sent.
        taskService.complete(mine.getId(), Map.of("genuine", false, "verificationNote", "核实不属实"));
        BulkActionResult late = actions.remind(CLERK, List.of(mine.getId()), false);
        assertThat(late.done()).isZero();
        assertThat(late.skipped()).containsExactly(new SkippedTask(mine.getId(), SkipReason.NOT_OPEN));
        assertThat(dispatch()).isEmpty();
    }

    @Test
    void aReassignmentStaysInsideTheTasksWorkGroup() {
        Task t = task(Leads.open(cases, VILLAGE, "改派对象"));
        if (identity.createUserQuery().userId("vo002003b").count() == 0) {
            User second = identity.newUser("vo002003b");
            second.setLastName("柳新");
            second.setFirstName("");
            second.setEmail("vo002003b@qingshan.example.cn");
            second.setPassword("Demo@2026");
            identity.saveUser(second);
            identity.createMembership("vo002003b", "VILLAGE_OFFICER@" + VILLAGE);
        }
        assertThat(actions.candidates(CLERK, t.getId())).extracting(Candidate::displayName).contains("黄磊", "柳新");

        BulkActionResult outsider = actions.reassign(CLERK, List.of(t.getId()), "cadre1", false);
        assertThat(outsider.done()).isZero();
        assertThat(outsider.skipped()).containsExactly(new SkippedTask(t.getId(), SkipReason.NOT_IN_GROUP));
        assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isNull();

        BulkActionResult dry = actions.reassign(CLERK, List.of(t.getId()), "vo002003b", true);
        assertThat(dry.eligible()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isNull();

        BulkActionResult run = actions.reassign(CLERK, List.of(t.getId()), "vo002003b", false);
        assertThat(run.done()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(t.getId()).singleResult().getAssignee()).isEqualTo("vo002003b");
        // The monitoring read model followed the engine in the same transaction.
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource()).queryForObject(
                "select assignee from mon_task where task_id = ?", String.class, t.getId())).isEqualTo("vo002003b");
        assertThat(actions.actions(CLERK, 0, 1).items().get(0).assigneeName()).isEqualTo("柳新");

        assertThat(actions.reassign(CLERK, List.of(t.getId()), "vo002003b", false).skipped())
                .containsExactly(new SkippedTask(t.getId(), SkipReason.ALREADY_ASSIGNED));
        assertThatThrownBy(() -> actions.reassign(CLERK, List.of(t.getId()), "nobody-here", true))
                .isInstanceOf(FieldValidationException.class);
        Task other = task(Leads.open(cases, OTHER_VILLAGE, "外街改派"));
        assertThatThrownBy(() -> actions.candidates(CLERK, other.getId())).isInstanceOf(NotFoundException.class);
    }

    @Autowired javax.sql.DataSource dataSource;

    private javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Test
    void overHttpBadInputIs400AndOtherRoles403() {
        ApiClient clerk = ApiClient.signedIn(port, "street002");
        assertThat(clerk.post("/api/monitoring/tasks/reminders", Map.of("taskIds", List.of(), "dryRun", true)).status()).isEqualTo(400);
        assertThat(clerk.post("/api/monitoring/tasks/reminders", Map.of("taskIds", List.of("a"))).status()).isEqualTo(400);
        assertThat(clerk.post("/api/monitoring/tasks/reminders",
                Map.of("taskIds", java.util.stream.IntStream.range(0, 201).mapToObj(i -> "t" + i).toList(), "dryRun", true)).status())
                .isEqualTo(400);
        assertThat(clerk.post("/api/monitoring/tasks/reminders", Map.of("taskIds", List.of("a"), "dryRun", true, "extra", 1)).status())
                .isEqualTo(400);
        assertThat(clerk.post("/api/monitoring/tasks/reassignments", Map.of("taskIds", List.of("a"), "dryRun", true)).status())
                .isEqualTo(400);
        assertThat(clerk.post("/api/monitoring/tasks/reassignments",
                Map.of("taskIds", List.of("a"), "assignee", "nobody-here", "dryRun", true)).status()).isEqualTo(400);
        ApiClient.Response ok = clerk.post("/api/monitoring/tasks/reminders", Map.of("taskIds", List.of("no-such"), "dryRun", true));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("skipped").get(0).path("reason").asText()).isEqualTo("NOT_OPEN");
        assertThat(clerk.get("/api/monitoring/tasks/no-such/candidates").status()).isEqualTo(404);
        assertThat(clerk.get("/api/monitoring/actions").status()).isEqualTo(200);

        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        assertThat(officer.post("/api/monitoring/tasks/reminders", Map.of("taskIds", List.of("a"), "dryRun", true)).status()).isEqualTo(403);
        assertThat(officer.get("/api/monitoring/actions").status()).isEqualTo(403);
    }
}
