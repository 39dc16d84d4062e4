package cn.civilaffairs.assist.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "calendar_day")
public class CalendarDay {
    @Id
    @Column(name = "cal_date")
    private LocalDate day;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String name;

    protected CalendarDay() {}

    public CalendarDay(LocalDate day, String kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() { return day; }
    public String getKind() { return kind; }
    public String getName() { return name; }

    public void update(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
