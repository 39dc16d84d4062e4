package cn.civilaffairs.assist.calendar;

import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.NEW_YEAR_2027;
import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.MailServer;
import cn.civilaffairs.assist.support.MailTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily calendar check (processes/calendar-check.bpmn) through a real SMTP server: silent on
 * 31 October, from 1 November one mail a day to each administrator and district manager until the
 * next year's notice is imported.
 */
@MailTest
class CalendarWarningMailTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @RegisterExtension
    static final GreenMailExtension smtp = MailServer.smtp();

    @Autowired MailDispatcher dispatcher;
    @Autowired ManagementService management;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        WorkingDayCalendarTest.forgetYearsFrom(jdbc, calendar, 2027);
    }

    /** Runs the daily check the way the job executor would at 07:00 Beijing time on that day. */
    private List<MimeMessage> dailyCheckOn(String day) throws Exception {
        clock.at(beijing(day + "T07:00:00"));
        Job timer = management.createJobQuery().processDefinitionKey(CalendarYearCheck.PROCESS).timers()
                .singleResult();
        management.executeJob(timer.getId());
        smtp.purgeEmailFromAllMailboxes();
        int sent = dispatcher.dispatchPending();
        if (sent > 0) {
            assertThat(smtp.waitForIncomingEmail(5000, sent)).isTrue();
        }
        return List.of(smtp.getReceivedMessages());
    }

    private static List<String> to(List<MimeMessage> mails) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (MimeMessage m : mails) {
            out.addAll(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
        }
        return out;
    }

    @Test
    void warnsAdministratorsAndManagersDailyFromFirstNovemberUntilImported() throws Exception {
        while (dispatcher.dispatchPending() > 0) {
            // whatever earlier tests queued, batch by batch
        }
        assertThat(calendar.isLoaded(2027)).isFalse();

        assertThat(dailyCheckOn("2026-10-31")).as("31 October: still early").isEmpty();

        List<MimeMessage> first = dailyCheckOn("2026-11-01");
        assertThat(to(first)).contains("admin@qingshan.example.cn", "manager@qingshan.example.cn")
                .doesNotHaveDuplicates()
                .noneMatch(a -> a.startsWith("vo") || a.startsWith("street") || a.startsWith("provider"));
        MimeMessage mail = first.get(0);
        assertThat(mail.getSubject()).isEqualTo("【工作日历】2027年节假日安排尚未导入");
        String body = (String) mail.getContent();
        assertThat(body).contains("国务院办公厅关于2027年部分节假日安排的通知").contains("/calendar")
                .contains("POST /api/calendar/import").contains("date,kind,name").contains("2027-01-01,holiday,元旦")
                .contains("暂定");

        // The same day again (a retried job, a restart): nothing new.
        assertThat(dailyCheckOn("2026-11-01")).isEmpty();
        // Each following day, once more — across the month end too.
        assertThat(to(dailyCheckOn("2026-11-02"))).containsExactlyInAnyOrderElementsOf(to(first));
        assertThat(to(dailyCheckOn("2026-11-30"))).hasSameSizeAs(first);
        assertThat(to(dailyCheckOn("2026-12-01"))).hasSameSizeAs(first);

        calendar.importYear(new ByteArrayInputStream(NEW_YEAR_2027.getBytes(StandardCharsets.UTF_8)), "import",
                "manager");
        assertThat(dailyCheckOn("2026-12-02")).as("imported: no more warnings").isEmpty();
        assertThat(dailyCheckOn("2026-12-31")).isEmpty();
    }

    @Test
    void pastNewYearWithoutTheYearTheWarningGoesOn() throws Exception {
        while (dispatcher.dispatchPending() > 0) {
            // drain
        }
        assertThat(to(dailyCheckOn("2027-01-04"))).contains("admin@qingshan.example.cn");
    }
}
