package cn.civilaffairs.assist.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The official 2025/2026 calendar as loaded into the database, and importing a new year. */
@IntegrationTest
@Tag("db")
class WorkingDayCalendarTest {
    @Autowired WorkingDayCalendar calendar;

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

        int imported = calendar.importCsv(stream("date,kind,name\n2027-01-01,holiday,元旦\n"));
        assertThat(imported).isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
