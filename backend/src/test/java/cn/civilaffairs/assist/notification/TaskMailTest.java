package cn.civilaffairs.assist.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.ServiceCase;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.support.Leads;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A new group task mails each group member once, through a real SMTP server (GreenMail). */
@IntegrationTest
class TaskMailTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        // A second application context: its engine gets its own name, so the engine REST API
        // (which finds engines by name in a static registry) keeps the shared context's engine.
        registry.add("camunda.bpm.process-engine-name", () -> "taskMailTest");
    }

    @Autowired CaseService caseService;
    @Autowired MailDispatcher dispatcher;
    @Autowired NotificationService notifications;
    @Autowired TaskService taskService;
    @Autowired TransactionTemplate tx;

    @Test
    void theVillageOfficerIsMailedOnceWhenALeadTaskArrives() throws Exception {
        while (dispatcher.dispatchPending() > 0) {
            // whatever earlier tests queued, batch by batch
        }
        smtp.purgeEmailFromAllMailboxes();

        ServiceCase lead = Leads.open(caseService, "360199003004", "高某");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(lead.getCaseNo()).singleResult();

        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("vo003004@qingshan.example.cn");
        assertThat(mail.getSubject()).isEqualTo("【待办】核实线索 " + lead.getCaseNo());
        String body = (String) mail.getContent();
        assertThat(body).contains("核实线索").contains(lead.getCaseNo()).contains("/tasks/" + task.getId())
                .contains("马琳");

        // The same notice queued again (a retried step) is not sent again.
        Boolean queuedAgain = tx.execute(s -> notifications.enqueue(
                "task-available:" + task.getId() + ":vo003004", "vo003004@qingshan.example.cn", "dup", "dup"));
        assertThat(queuedAgain).isFalse();
        assertThat(dispatcher.dispatchPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
