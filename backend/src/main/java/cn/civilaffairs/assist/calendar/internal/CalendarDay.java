package cn.civilaffairs.assist.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * One exceptional day. {@link Persistable}: its id is the date, assigned by the import, so without
 * it saving a new day would first read it (a merge); a day is new until stored or loaded.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay implements Persistable<LocalDate> {
    @Id
    @Column(name = "cal_date")
    private LocalDate day;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String name;
    @Transient
    private boolean stored;

    protected CalendarDay() {}

    public CalendarDay(LocalDate day, String kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() { return day; }
    public String getKind() { return kind; }
    public String getName() { return name; }

    @Override
    public LocalDate getId() { return day; }

    @Override
    public boolean isNew() { return !stored; }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    public void update(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
