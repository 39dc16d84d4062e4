package cn.civilaffairs.assist.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose State Council holiday notice has been loaded (bundled or imported). */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
    public static final String BUNDLED = "bundled";
    public static final String IMPORTED = "import";

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

    public CalendarYear(int year, String source, int dayRows, Instant loadedAt, String loadedBy) {
        this.year = year;
        this.source = source;
        this.dayRows = dayRows;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    public int getYear() { return year; }
    public String getSource() { return source; }
    public int getDayRows() { return dayRows; }
    public Instant getLoadedAt() { return loadedAt; }
    public String getLoadedBy() { return loadedBy; }

    public void reload(String source, int dayRows, Instant loadedAt, String loadedBy) {
        this.source = source;
        this.dayRows = dayRows;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }
}
