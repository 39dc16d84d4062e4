package cn.civilaffairs.assist.reports;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.notification.internal.MailDispatcher;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.MailServer;
import cn.civilaffairs.assist.support.MailTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress report timer (processes/progress-report.bpmn) with the engine clock moved to the
 * statutory days: on 5 June 2026 (a Friday) the report is produced, stored, listed and mailed to the
 * district managers through a real SMTP server; 5 December 2026 is a Saturday, so nothing happens
 * until Monday 7 December; a later run of the same month produces nothing again.
 */
@Tag("db")
@MailTest
class ProgressReportMailTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @RegisterExtension
    static final GreenMailExtension smtp = MailServer.smtp();

    static final String DISTRICT = "360199";

    @Autowired MailDispatcher dispatcher;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired ReportService reports;

    /** Runs the timer the way the job executor would at 08:00 Beijing time on that day. */
    private List<MimeMessage> timerOn(LocalDate day) throws Exception {
        clock.at(day, 8, 0);
        Job timer = management.createJobQuery().processDefinitionKey(ProgressReportProcess.PROCESS).timers()
                .singleResult();
        assertThat(timer).as("the progress report timer").isNotNull();
        management.executeJob(timer.getId());
        smtp.purgeEmailFromAllMailboxes();
        int sent = dispatcher.dispatchPending();
        if (sent > 0) {
            assertThat(smtp.waitForIncomingEmail(5000, sent)).isTrue();
        }
        return List.of(smtp.getReceivedMessages());
    }

    private static List<String> to(List<MimeMessage> mails) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : mails) {
            out.addAll(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
        }
        return out;
    }

    private List<ReportView> scheduled(LocalDate periodTo) {
        return reports.list(DISTRICT).stream()
                .filter(r -> r.origin() == ReportOrigin.SCHEDULED && r.to().equals(periodTo)).toList();
    }

    @Test
    void dueDayIsTheFifthOrTheNextWorkingDay() {
        assertThat(reports.dueDay(YearMonth.of(2026, 6))).isEqualTo("2026-06-05");
        assertThat(reports.dueDay(YearMonth.of(2026, 9))).as("Saturday").isEqualTo("2026-09-07");
        assertThat(reports.dueDay(YearMonth.of(2026, 12))).as("Saturday").isEqualTo("2026-12-07");
        assertThat(reports.dueDay(YearMonth.of(2025, 9))).isEqualTo("2025-09-05");
        assertThat(ReportService.statutoryPeriod(YearMonth.of(2026, 6)))
                .isEqualTo(new ReportService.Period(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-05-31")));
        assertThat(ReportService.statutoryPeriod(YearMonth.of(2026, 9)))
                .isEqualTo(new ReportService.Period(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-08-31")));
        assertThat(ReportService.statutoryPeriod(YearMonth.of(2026, 12)))
                .isEqualTo(new ReportService.Period(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-30")));
    }

    @Test
    void fifthOfJuneProducesMailsAndListsTheReportOnce() throws Exception {
        while (dispatcher.dispatchPending() > 0) {
            // whatever earlier tests queued
        }
        assertThat(timerOn(LocalDate.parse("2026-06-04"))).as("the day before: nothing").isEmpty();
        List<MimeMessage> mails = timerOn(LocalDate.parse("2026-06-05"));

        List<ReportView> produced = scheduled(LocalDate.parse("2026-05-31"));
        assertThat(produced).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReportKind.PROGRESS);
            assertThat(r.from()).isEqualTo("2025-12-01");
            assertThat(r.fileName()).endsWith(".xlsx").contains("工作进度报表");
            assertThat(r.createdBy()).isEqualTo("system");
        });
        assertThat(to(mails)).contains("manager@qingshan.example.cn").doesNotHaveDuplicates()
                .noneMatch(a -> a.startsWith("vo") || a.startsWith("street") || a.startsWith("provider"));
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("工作进度报表").contains("2025-12-01").contains("2026-05-31");
        // Text and the .xlsx attached (the same bytes as the stored report).
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        String body = (String) parts.getBodyPart(0).getContent();
        BodyPart attached = parts.getBodyPart(1);
        assertThat(MimeUtility.decodeText(attached.getFileName())).isEqualTo(produced.get(0).fileName());
        try (InputStream stored = reports.file(produced.get(0).id(), DISTRICT).content();
                InputStream inMail = attached.getInputStream()) {
            assertThat(inMail.readAllBytes()).isEqualTo(stored.readAllBytes());
        }
        assertThat(body).contains("城关街道").contains("东湖街道").contains("石桥镇").contains("合计").contains("附件")
                .contains("/api/reports/" + produced.get(0).id() + "/file");

        ReportService.StoredFile file = reports.file(produced.get(0).id(), DISTRICT);
        try (InputStream in = file.content(); Workbook wb = new XSSFWorkbook(in)) {
            Sheet streets = wb.getSheet(ReportExcel.SHEET_STREETS);
            assertThat(streets.getRow(0).getCell(0).getStringCellValue()).contains("工作进度报表");
            assertThat(streets.getRow(1).getCell(0).getStringCellValue()).contains("2025-12-01").contains("2026-05-31");
            Row head = streets.getRow(2);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("线索数");
            assertThat(head.getLastCellNum()).isEqualTo((short) (2 + ReportExcel.KPI_COLUMNS.size()));
            List<String> names = new ArrayList<>();
            for (int r = 3; r <= streets.getLastRowNum(); r++) {
                names.add(streets.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactly("城关街道", "东湖街道", "石桥镇", ReportExcel.TOTAL);
            // The total row is the sum of the street rows, column by column, for the counts.
            int totalRow = streets.getLastRowNum();
            for (int c : new int[] {2, 3, 6, 7, 9, 10, 11, 12}) { // the count columns
                double sum = 0;
                for (int r = 3; r < totalRow; r++) {
                    sum += streets.getRow(r).getCell(c).getNumericCellValue();
                }
                assertThat(streets.getRow(totalRow).getCell(c).getNumericCellValue()).isEqualTo(sum);
            }
            assertThat(wb.getSheet(ReportExcel.SHEET_VILLAGES).getLastRowNum()).isEqualTo(2 + 12);
            assertThat(wb.getSheet(ReportExcel.SHEET_PROVIDERS)).as("progress report: no provider sheet").isNull();
        }

        // Later the same month (the timer fires daily until the 15th): produced once only.
        assertThat(timerOn(LocalDate.parse("2026-06-06"))).isEmpty();
        assertThat(timerOn(LocalDate.parse("2026-06-15"))).isEmpty();
        assertThat(scheduled(LocalDate.parse("2026-05-31"))).hasSize(1);
        List<HistoricVariableInstance> produced0 = history.createHistoricVariableInstanceQuery()
                .variableName(ProgressReportProcess.VAR_REPORTS_PRODUCED).list();
        assertThat(produced0).extracting(HistoricVariableInstance::getValue).contains(1, 0);
    }

    @Test
    void fifthOfDecember2026IsASaturdaySoTheReportWaitsForMonday() throws Exception {
        while (dispatcher.dispatchPending() > 0) {
            // drain
        }
        assertThat(timerOn(LocalDate.parse("2026-12-05"))).as("Saturday").isEmpty();
        assertThat(timerOn(LocalDate.parse("2026-12-06"))).as("Sunday").isEmpty();
        assertThat(scheduled(LocalDate.parse("2026-11-30"))).isEmpty();

        List<MimeMessage> monday = timerOn(LocalDate.parse("2026-12-07"));
        assertThat(scheduled(LocalDate.parse("2026-11-30"))).singleElement()
                .satisfies(r -> assertThat(r.from()).isEqualTo("2026-09-01"));
        assertThat(to(monday)).contains("manager@qingshan.example.cn");
        assertThat(monday.get(0).getSubject()).contains("2026-09-01").contains("2026-11-30");

        assertThat(timerOn(LocalDate.parse("2026-12-08"))).isEmpty();
        assertThat(scheduled(LocalDate.parse("2026-11-30"))).hasSize(1);
    }
}
