package cn.civilaffairs.assist.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose State Council holiday notice has been loaded (bundled or imported). */
@Entity
@Table(name = "calendar_year")
class CalendarYear {
    static final String BUNDLED = "bundled";
    static final String IMPORTED = "import";

    @Id
    @Column(name = "cal_year")
    private Integer year;
    @Column(name = "load_source", nullable = false)
    private String source;
    @Column(name = "day_rows", nullable = false)
    private int dayRows;
    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;
    @Column(name = "loaded_by")
    private String loadedBy;

    protected CalendarYear() {}

    CalendarYear(int year, String source, int dayRows, Instant loadedAt, String loadedBy) {
        this.year = year;
        this.source = source;
        this.dayRows = dayRows;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    int getYear() { return year; }
    String getSource() { return source; }
    int getDayRows() { return dayRows; }
    Instant getLoadedAt() { return loadedAt; }
    String getLoadedBy() { return loadedBy; }

    void reload(String source, int dayRows, Instant loadedAt, String loadedBy) {
        this.source = source;
        this.dayRows = dayRows;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }
}
