package cn.civilaffairs.assist.care;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.CareService.VisitCommand;
import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.support.MailServer;
import cn.civilaffairs.assist.support.MailTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The morning digests arrive at a real SMTP server (GreenMail) with the right people in them, once. */
@MailTest
class CareDigestMailTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @RegisterExtension
    static final GreenMailExtension smtp = MailServer.smtp();

    /** A past day far from other tests' data (and from the demo people, who are "today"). */
    static final LocalDate DAY0 = LocalDate.of(2025, 6, 2);
    static final String VILLAGE = "360199003004"; // 高岭村, 石桥镇

    @Autowired CareService care;
    @Autowired CareDigests digests;
    @Autowired MailDispatcher dispatcher;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;

    private String person(String name, CareFacts facts, int daysAgo) {
        clock.at(DAY0, 8, 0);
        String no = tx.execute(s -> {
            CareEnrolment e = care.enrol(new EnrolCommand(name, Leads.newIdNumber(), null, null, VILLAGE,
                    CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, facts, null), CareProcessTest.MANAGER);
            care.confirmLevel(e.getEnrolmentNo(), e.getProposedLevel(), null, DAY0, "vo003004");
            for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(e.getEnrolmentNo()).list()) {
                tasks.complete(t.getId());
            }
            care.recordVisit(e.getEnrolmentNo(), new VisitCommand(DAY0.minusDays(daysAgo).atTime(9, 0)
                    .atZone(CarePolicy.ZONE).toInstant(), VisitMode.PHONE, "家属", "正常", Risk.NONE,
                    CareTestFixtures.LATE_REASON), null, null,
                    CareProcessTest.MANAGER);
            return e.getEnrolmentNo();
        });
        return no;
    }

    @Test
    void eachResponsiblePersonAndEachSupervisorGetsOneDigest() throws Exception {
        // Level 3 (township cadre cadre3): visited 4 days ago → overdue (due every 3 days).
        person("摘要甲", CareProcessTest.LEVEL3, 4);
        // Level 2 (village cadre vc003004): visited 7 days ago → due today.
        person("摘要乙", CareProcessTest.LEVEL2, 7);
        // Level 1 (vc003004): visited 14 days ago → due tomorrow (reminder).
        person("摘要丙", CareProcessTest.LEVEL1, 14);
        // Level 1, visited yesterday: not in any digest.
        person("摘要丁", CareProcessTest.LEVEL1, 1);
        while (dispatcher.dispatchPending() > 0) {
            // everything queued so far, batch by batch
        }
        smtp.purgeEmailFromAllMailboxes();

        tx.executeWithoutResult(s -> digests.send(DAY0));
        dispatcher.dispatchPending();
        assertThat(smtp.waitForIncomingEmail(5000, 4)).isTrue();

        Map<String, String> bodies = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).findFirst().orElseThrow();
            if (m.getSubject().contains(DAY0.toString())) {
                bodies.merge(to, m.getSubject() + "\n" + m.getContent(), (a, b) -> a + "\n----\n" + b);
            }
        }
        String cadre3 = bodies.get("cadre3@qingshan.example.cn");
        assertThat(cadre3).contains("已逾期").contains("摘要甲").doesNotContain("摘要乙").doesNotContain("摘要丁");
        String village = bodies.get("vc003004@qingshan.example.cn");
        assertThat(village).contains("今日应访（1人）").contains("摘要乙").contains("明日应访").contains("摘要丙")
                .doesNotContain("摘要甲").doesNotContain("摘要丁");
        assertThat(village.split("----")).hasSize(1);
        String street = bodies.get("street003@qingshan.example.cn");
        assertThat(street).contains("逾期未走访名单").contains("摘要甲").contains("冯军")
                .doesNotContain("摘要乙");
        assertThat(bodies.get("manager@qingshan.example.cn")).contains("摘要甲");
        assertThat(bodies).doesNotContainKey("street001@qingshan.example.cn");

        // A retried morning job sends nothing again.
        int before = smtp.getReceivedMessages().length;
        tx.executeWithoutResult(s -> digests.send(DAY0));
        assertThat(dispatcher.dispatchPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }
}
