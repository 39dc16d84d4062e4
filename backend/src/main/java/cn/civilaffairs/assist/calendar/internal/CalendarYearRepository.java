package cn.civilaffairs.assist.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {}
