package cn.civilaffairs.assist.calendar;

import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.NEW_YEAR_2027;
import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's work in statements (H2's own count): the calendar is read once at start-up, an
 * import reads the days it touches in one query, and a recomputation reads the timers' job
 * definitions once, however many rows and timers there are.
 */
@IntegrationTest
class CalendarStatementCountTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @Autowired WorkingDayCalendar calendar;
    @Autowired CaseService caseService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void forget2027() {
        WorkingDayCalendarTest.forgetYearsFrom(jdbc, calendar, 2027);
    }

    private static boolean wholeTable(String sql) {
        return !sql.contains(" where ");
    }

    @Test
    void startUpReadsTheCalendarOnceAndEachBundledFileInOneQuery() throws Exception {
        try (SqlStatements sql = SqlStatements.count(jdbc)) {
            calendar.loadBundledYears(); // what start-up runs; the bundled years (2025, 2026) are already stored

            assertThat(sql.executions(s -> s.startsWith("select") && s.contains("from calendar_day") && wholeTable(s)))
                    .as("the whole calendar is read once").isEqualTo(1);
            assertThat(sql.executions(s -> s.startsWith("select") && s.contains("from calendar_day") && !wholeTable(s)))
                    .as("one query per bundled file for the days it lists, not one per day").isEqualTo(2);
            assertThat(sql.executions(s -> !s.startsWith("select") && s.contains("calendar_day")))
                    .as("nothing changed, nothing written").isZero();
        }
        assertThat(calendar.loadedYears()).contains(2025, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void anImportReadsItsDaysInOneQueryAndUpdatesTheCalendarWithoutReadingItAgain() throws Exception {
        StringBuilder csv = new StringBuilder("date,kind,name\n");
        for (int day = 1; day <= 7; day++) {
            csv.append("2027-10-0").append(day).append(",holiday,国庆节\n");
        }
        try (SqlStatements sql = SqlStatements.count(jdbc)) {
            calendar.importYear(stream(NEW_YEAR_2027 + csv.substring("date,kind,name\n".length())), "import", "admin");

            assertThat(sql.executions(s -> s.startsWith("select") && s.contains("from calendar_day")))
                    .as("10 new days: one query for the days, none per row, no re-reading").isEqualTo(1);
            assertThat(sql.executions(s -> s.startsWith("insert") && s.contains("calendar_day"))).isEqualTo(10);
        }
        assertThat(calendar.isLoaded(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();

        // The same file again: the ten days exist, updated in place.
        try (SqlStatements sql = SqlStatements.count(jdbc)) {
            calendar.importYear(stream("date,kind,name\n2027-10-08,workday,国庆节调休\n2027-10-01,holiday,国庆节\n"),
                    "import", "admin");
            assertThat(sql.executions(s -> s.startsWith("select") && s.contains("from calendar_day"))).isEqualTo(1);
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
    }

    @Test
    void recomputingReadsTheJobDefinitionsOnceForAllTimers() throws Exception {
        // Three leads on Tuesday 29 December 2026: three provisional escalation timers in 2027.
        clock.at(beijing("2026-12-29T10:00:00"));
        for (String name : new String[] {"岁末丁", "岁末戊", "岁末己"}) {
            tx.execute(s -> Leads.open(caseService, "360199003004", name));
        }
        long provisionalTimers = managementService.createJobQuery().timers()
                .duedateHigherThan(java.util.Date.from(beijing("2027-01-01T00:00:00"))).count();
        assertThat(provisionalTimers).isGreaterThanOrEqualTo(3);

        try (SqlStatements sql = SqlStatements.count(jdbc)) {
            WorkingDayCalendar.Imported imported = calendar.importYear(stream(NEW_YEAR_2027), "import", "admin");

            assertThat(imported.recomputed().timers()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(sql.selectsFrom("act_ru_jobdef")).as("one query, not one per timer").isEqualTo(1);
        }
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
