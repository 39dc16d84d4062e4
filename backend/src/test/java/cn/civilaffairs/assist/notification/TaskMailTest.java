package cn.civilaffairs.assist.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.support.MailServer;
import cn.civilaffairs.assist.support.MailTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A new group task mails each group member once, through a real SMTP server (GreenMail). */
@MailTest
class TaskMailTest {
    @RegisterExtension
    static final GreenMailExtension smtp = MailServer.smtp();

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

        String leadNo = Leads.open(caseService, "360199003004", "高某");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();

        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("vo003004@qingshan.example.cn");
        assertThat(mail.getSubject()).isEqualTo("【待办】核实线索 " + leadNo);
        String body = (String) mail.getContent();
        assertThat(body).contains("核实线索").contains(leadNo).contains("/tasks/" + task.getId())
                .contains("马琳");

        // The same notice queued again (a retried step) is not sent again.
        Boolean queuedAgain = tx.execute(s -> notifications.enqueue(
                "task-available:" + task.getId() + ":vo003004", "vo003004@qingshan.example.cn", "dup", "dup"));
        assertThat(queuedAgain).isFalse();
        assertThat(dispatcher.dispatchPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
