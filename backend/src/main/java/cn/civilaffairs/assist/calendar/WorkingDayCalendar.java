package cn.civilaffairs.assist.calendar;

import cn.civilaffairs.assist.calendar.internal.CalendarDay;
import cn.civilaffairs.assist.calendar.internal.CalendarDayRepository;
import cn.civilaffairs.assist.calendar.internal.CalendarYear;
import cn.civilaffairs.assist.calendar.internal.CalendarYearRepository;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.StrictJson;
import cn.civilaffairs.assist.common.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official working-day calendar: weekends off, except the State Council's make-up working
 * days; weekdays on, except its public holidays. The exceptions are data (table calendar_day),
 * loaded from the bundled CSVs (calendar/cn-YYYY.csv) and from CSVs an administrator imports, so
 * a new year's notice needs no code change.
 *
 * <p>Which years are known is explicit (table calendar_year, written by the import). A working-day
 * deadline that ends in a year not loaded is computed from weekends only and is <em>provisional</em>
 * (暂定); it is recomputed when that year is imported ({@link ProvisionalDeadlines}).
 */
@Service
public class WorkingDayCalendar {
    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int NAME_MAX = 50;

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final ProvisionalDeadlines provisional;
    private final Clock clock;
    /**
     * day → true for a working day, false for a day off; only the exceptions. Read from the database
     * once at start-up ({@link #reload}), then kept in step by each import; replaced as a whole.
     */
    private volatile Map<LocalDate, Boolean> exceptions = Map.of();
    /** Years whose notice is loaded; replaced as a whole, so readers never see a half-built set. */
    private volatile NavigableSet<Integer> loadedYears = Collections.emptyNavigableSet();

    WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years,
            @Lazy ProvisionalDeadlines provisional, Clock clock) {
        this.days = days;
        this.years = years;
        this.provisional = provisional;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void loadBundledYears() throws IOException {
        // The one read of the whole calendar: the years already loaded, so a restart recomputes
        // nothing; each bundled file then updates the cache with its own rows.
        load();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.csv");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                importYear(in, CalendarYear.BUNDLED, null);
            }
        }
        logLoaded();
    }

    /** What an import did: the notice's year, its rows, and the provisional deadlines recomputed. */
    public record Imported(int year, int rows, boolean newYear, ProvisionalDeadlines.Recomputed recomputed) {}

    /** An administrator's import (see {@link #importYear}); returns the number of rows. */
    @Transactional
    public int importCsv(InputStream csv) throws IOException {
        return importYear(csv, CalendarYear.IMPORTED, null).rows();
    }

    /**
     * Rows "date,kind,name" with kind holiday or workday; a header line is allowed. Existing days
     * are updated. The file is one year's notice: its year is the latest year among its rows (a
     * notice may also list late-December days of a 元旦 block), and that year is recorded as
     * loaded. Open tasks and timers whose working-day deadline was provisional are then recomputed.
     */
    @Transactional
    public Imported importYear(InputStream csv, String source, String loadedBy) throws IOException {
        List<CalendarDay> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip().replace("\uFEFF", "");
                if (line.isEmpty() || line.startsWith("date,")) {
                    continue;
                }
                String[] cols = line.split(",", 3);
                try {
                    String kind = cols.length > 1 ? cols[1].strip() : "";
                    if (!kind.equals("holiday") && !kind.equals("workday")) {
                        throw new IllegalArgumentException("kind must be holiday or workday");
                    }
                    LocalDate day = LocalDate.parse(cols[0].strip());
                    String name = cols.length > 2 ? cols[2].strip() : kind;
                    // The same bounds as every other input: calendar_day.name holds 50, plain text, sane years.
                    if (name.length() > NAME_MAX) {
                        errors.add(new FieldError("line " + number, "第 " + number + " 行无效：名称不能超过 "
                                + NAME_MAX + " 个字。"));
                    } else if (!Text.isClean(name, false)) {
                        errors.add(new FieldError("line " + number, "第 " + number + " 行无效：名称"
                                + Text.FORBIDDEN_MESSAGE));
                    } else if (day.getYear() < StrictJson.MIN_YEAR || day.getYear() > StrictJson.MAX_YEAR) {
                        errors.add(new FieldError("line " + number, "第 " + number + " 行无效：日期超出范围。"));
                    } else {
                        rows.add(new CalendarDay(day, kind, name));
                    }
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    errors.add(new FieldError("line " + number, "第 " + number + " 行无效："
                            + (Text.isClean(line, false) ? line : "含有控制字符")));
                }
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            // Without a single day the file does not say which year it is the notice for.
            errors.add(new FieldError("file", "日历文件中没有日期行，未导入。"));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("日历文件有误，未导入任何行。", errors);
        }
        NavigableSet<Integer> before = loadedYears();
        int year = rows.stream().mapToInt(r -> r.getDay().getYear()).max().orElseThrow();
        boolean daysChanged = false;
        // The stored days the file touches, in one query (not one per row).
        Map<LocalDate, CalendarDay> stored = new HashMap<>();
        LocalDate first = rows.stream().map(CalendarDay::getDay).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(CalendarDay::getDay).max(LocalDate::compareTo).orElseThrow();
        for (CalendarDay d : days.findByDayBetween(first, last)) {
            stored.put(d.getDay(), d);
        }
        for (CalendarDay row : rows) {
            CalendarDay known = stored.get(row.getDay());
            if (known == null) {
                days.save(row); // new (Persistable): an insert, no read first
                stored.put(row.getDay(), row);
                daysChanged = true;
            } else {
                daysChanged |= !known.getKind().equals(row.getKind());
                known.update(row.getKind(), row.getName());
            }
        }
        int yearRows = (int) rows.stream().filter(r -> r.getDay().getYear() == year).count();
        years.findById(year).ifPresentOrElse(y -> {
            // A bundled start-up load never downgrades an administrator's import of the same year.
            if (!CalendarYear.BUNDLED.equals(source) || CalendarYear.BUNDLED.equals(y.getSource())) {
                y.reload(source, yearRows, clock.instant(), loadedBy);
            }
        }, () -> years.save(new CalendarYear(year, source, yearRows, clock.instant(), loadedBy)));
        days.flush();
        years.flush();
        apply(rows, year); // the recomputation below counts on the new calendar
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Rolled back (a racing import, a failed recomputation): the cache must not keep the year.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        reload();
                    }
                }
            });
        }
        boolean newYear = !before.contains(year);
        if (newYear && !CalendarYear.BUNDLED.equals(source)) {
            log.info("Working-day calendar: {} loaded ({} rows)", year, yearRows);
        }
        // Days the calendar already knew (a database from before calendar_year, loading its bundled
        // years at the first start) were already counted by every deadline: only the mark changes.
        return new Imported(year, rows.size(), newYear,
                daysChanged ? provisional.recompute(before) : ProvisionalDeadlines.Recomputed.NOTHING);
    }

    /** Reads the whole calendar from the database again (start-up, a rolled-back import, tests). */
    public void reload() {
        load();
        logLoaded();
    }

    private void load() {
        Map<LocalDate, Boolean> fresh = new HashMap<>();
        for (CalendarDay d : days.findAll()) {
            fresh.put(d.getDay(), "workday".equals(d.getKind()));
        }
        TreeSet<Integer> loaded = new TreeSet<>();
        for (CalendarYear y : years.findAll()) {
            loaded.add(y.getYear());
        }
        exceptions = Collections.unmodifiableMap(fresh);
        loadedYears = Collections.unmodifiableNavigableSet(loaded);
    }

    /** An import's rows and year, into the cache: what a reload would read, without reading it all. */
    private void apply(List<CalendarDay> rows, int year) {
        Map<LocalDate, Boolean> fresh = new HashMap<>(exceptions);
        for (CalendarDay row : rows) {
            fresh.put(row.getDay(), "workday".equals(row.getKind()));
        }
        TreeSet<Integer> loaded = new TreeSet<>(loadedYears);
        loaded.add(year);
        exceptions = Collections.unmodifiableMap(fresh);
        loadedYears = Collections.unmodifiableNavigableSet(loaded);
    }

    private void logLoaded() {
        log.info("Working-day calendar: {} exceptional days, years loaded {}", exceptions.size(), loadedYears);
    }

    /** Years whose State Council notice is loaded, ascending. */
    public NavigableSet<Integer> loadedYears() {
        return loadedYears;
    }

    /** The latest loaded year, or null when none is. */
    public Integer lastLoadedYear() {
        NavigableSet<Integer> loaded = loadedYears;
        return loaded.isEmpty() ? null : loaded.last();
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    /**
     * For a working-day deadline ending on {@code lastDay}: the year whose notice is missing (the
     * deadline is provisional), or null when it is final. A deadline counted from today that ends
     * in a loaded year crossed loaded years only, so the last day's year is the whole test.
     */
    public Integer provisionalYear(LocalDate lastDay) {
        return lastDay == null || isLoaded(lastDay.getYear()) ? null : lastDay.getYear();
    }

    /** The same for a due timestamp (its Beijing day). */
    public Integer provisionalYear(Date due) {
        return due == null ? null : provisionalYear(due.toInstant().atZone(ZONE).toLocalDate());
    }

    public Integer provisionalYear(java.time.Instant due) {
        return due == null ? null : provisionalYear(due.atZone(ZONE).toLocalDate());
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day} (n ≥ 1); n = 0 gives {@code day} itself. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The deadline "within n working days" of {@code start}: the end (23:59:59, Asia/Shanghai)
     * of the n-th working day after the start's day.
     */
    public Date deadline(Date start, int workingDays) {
        LocalDate startDay = start.toInstant().atZone(ZONE).toLocalDate();
        LocalDate lastDay = plusWorkingDays(startDay, workingDays);
        if (provisionalYear(lastDay) != null) {
            // Weekends only: the holidays of that year are not known yet. Said, not silent.
            log.warn("Provisional deadline {} ({} working days from {}): the {} holiday notice is not loaded",
                    lastDay, workingDays, startDay, lastDay.getYear());
        }
        ZonedDateTime end = LocalDateTime.of(lastDay, LocalTime.of(23, 59, 59)).atZone(ZONE);
        return Date.from(end.toInstant());
    }
}
