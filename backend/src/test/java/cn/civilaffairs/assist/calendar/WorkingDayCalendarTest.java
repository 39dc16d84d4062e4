package cn.civilaffairs.assist.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The official 2025/2026 calendar as loaded into the database, importing a new year, provisional deadlines. */
@IntegrationTest
@Tag("db")
class WorkingDayCalendarTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    /** The State Council's 2027 New Year block (Fri 1 – Sun 3 January), enough to move a deadline. */
    static final String NEW_YEAR_2027 = "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n"
            + "2027-01-03,holiday,元旦\n";

    @Autowired WorkingDayCalendar calendar;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void forget2027() {
        forgetYearsFrom(jdbc, calendar, 2027);
    }

    /** Other tests (and the real date) expect 2027 not to be loaded: take back what a test imported. */
    static void forgetYearsFrom(JdbcTemplate jdbc, WorkingDayCalendar calendar, int year) {
        jdbc.update("delete from calendar_day where cal_date >= ?", LocalDate.of(year, 1, 1));
        jdbc.update("delete from calendar_year where cal_year >= ?", year);
        calendar.reload();
    }

    static Instant beijing(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void pastTheLastLoadedYearDeadlinesCountWeekendsOnlyAndAreProvisional() throws Exception {
        assertThat(calendar.loadedYears()).contains(2025, 2026).doesNotContain(2027);
        assertThat(calendar.lastLoadedYear()).isEqualTo(2026);
        // 2026-12-31 (Thursday) + 1 working day: Friday 1 January 2027 — New Year's Day, but 2027 is unknown.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.provisionalYear(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
        // + 3: Fri 1, Mon 4, Tue 5 January.
        Date deadline = calendar.deadline(Date.from(beijing("2026-12-31T16:00:00")), 3);
        assertThat(deadline.toInstant()).isEqualTo(beijing("2027-01-05T23:59:59"));
        assertThat(calendar.provisionalYear(deadline)).isEqualTo(2027);
        // A deadline that ends inside the loaded year is final, up to its last day.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.provisionalYear(LocalDate.of(2026, 12, 31))).isNull();
        Date lastSecond = calendar.deadline(Date.from(beijing("2026-12-30T23:59:59")), 1);
        assertThat(calendar.provisionalYear(lastSecond)).as("23:59:59 Beijing is still 2026").isNull();
        assertThat(calendar.provisionalYear((Date) null)).isNull();
        // Other order: 2028 imported before 2027 leaves 2027's deadlines provisional.
        calendar.importYear(stream("date,kind,name\n2028-01-01,holiday,元旦\n"), "import", "admin");
        assertThat(calendar.lastLoadedYear()).isEqualTo(2028);
        assertThat(calendar.provisionalYear(deadline)).isEqualTo(2027);
        assertThat(calendar.provisionalYear(LocalDate.of(2028, 3, 1))).isNull();
    }

    @Test
    void importing2027ClearsTheMarkAndRecomputesAnOpenTaskAndItsTimer() throws Exception {
        // A lead recorded on Tuesday 29 December 2026: 核实线索 within 5 working days, and its escalation timer.
        clock.at(beijing("2026-12-29T10:00:00"));
        String leadNo = tx.execute(s -> Leads.open(caseService, "360199003004", "岁末甲"));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();
        List<Job> timers = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .timers().list();
        assertThat(timers).hasSize(1);
        // Weekends only: Wed 30, Thu 31, Fri 1, Mon 4, Tue 5.
        Instant provisional = beijing("2027-01-05T23:59:59");
        assertThat(task.getDueDate().toInstant()).isEqualTo(provisional);
        assertThat(timers.get(0).getDuedate().toInstant()).isEqualTo(provisional);
        assertThat(calendar.provisionalYear(task.getDueDate())).isEqualTo(2027);

        WorkingDayCalendar.Imported imported = calendar.importYear(stream(NEW_YEAR_2027), "import", "admin");

        assertThat(imported.year()).isEqualTo(2027);
        assertThat(imported.newYear()).isTrue();
        assertThat(imported.recomputed().tasks()).contains(task.getId());
        assertThat(imported.recomputed().timers()).contains(timers.get(0).getId());
        // 1–3 January off: Wed 30, Thu 31, Mon 4, Tue 5, Wed 6.
        Instant real = beijing("2027-01-06T23:59:59");
        Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getDueDate().toInstant()).isEqualTo(real);
        assertThat(calendar.provisionalYear(after.getDueDate())).isNull();
        assertThat(managementService.createJobQuery().jobId(timers.get(0).getId()).singleResult().getDuedate()
                .toInstant()).isEqualTo(real);
        assertThat(jdbc.queryForList("select due from inbox_task where task_id = ?", java.sql.Timestamp.class,
                task.getId())).allSatisfy(due -> assertThat(due.toInstant()).isEqualTo(real));

        // The same file again: nothing is provisional any more, nothing moves.
        WorkingDayCalendar.Imported again = calendar.importYear(stream(NEW_YEAR_2027), "import", "admin");
        assertThat(again.newYear()).isFalse();
        assertThat(again.recomputed().tasks()).isEmpty();
        assertThat(again.recomputed().timers()).isEmpty();
    }

    @Test
    void aFileWithoutDaysLoadsNoYear() {
        assertThatThrownBy(() -> calendar.importCsv(stream("date,kind,name\n\n")))
                .isInstanceOf(FieldValidationException.class);
        assertThat(calendar.loadedYears()).doesNotContain(2027);
    }

    @Test
    void holidaysAndMakeUpWorkingDaysOverrideWeekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).as("ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("2025 Spring Festival make-up Sunday")
                .isTrue();
    }

    @Test
    void fiveWorkingDaysAcrossTheNationalDayWeek() {
        // Wed 30 Sep: 1-7 Oct off; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        Date deadline = calendar.deadline(Date.from(ZonedDateTime.parse("2026-09-30T10:15:00+08:00").toInstant()), 5);
        assertThat(deadline.toInstant()).isEqualTo(ZonedDateTime.parse("2026-10-13T23:59:59+08:00").toInstant());
        // An ordinary week: Monday + 3 working days is Thursday.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aNewYearsFileIsImportedWithoutCodeChangeAndBadFilesImportNothing() throws Exception {
        String bad = "date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,坏日期\n2027-01-02,vacation,?\n";
        assertThatThrownBy(() -> calendar.importCsv(stream(bad)))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors()).hasSize(2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("Friday, nothing imported").isTrue();

        assertThat(calendar.isLoaded(2027)).isFalse();

        int imported = calendar.importCsv(stream("date,kind,name\n2027-01-01,holiday,元旦\n"));
        assertThat(imported).isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        // One row is a whole year: the import says which year it loaded, rows do not.
        assertThat(calendar.isLoaded(2027)).isTrue();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
