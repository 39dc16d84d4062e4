package cn.civilaffairs.assist.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "calendar_day")
class CalendarDay {
    @Id
    @Column(name = "cal_date")
    private LocalDate day;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String name;

    protected CalendarDay() {}

    CalendarDay(LocalDate day, String kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    LocalDate getDay() { return day; }
    String getKind() { return kind; }
    String getName() { return name; }

    void update(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
