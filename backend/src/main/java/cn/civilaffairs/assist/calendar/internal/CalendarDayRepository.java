package cn.civilaffairs.assist.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {
    /** The stored days from {@code first} to {@code last}, both included. */
    List<CalendarDay> findByDayBetween(LocalDate first, LocalDate last);
}
