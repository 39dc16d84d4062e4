package cn.civilaffairs.assist.calendar;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official working-day calendar: weekends off, except the State Council's make-up working
 * days; weekdays on, except its public holidays. The exceptions are data (table calendar_day),
 * loaded from the bundled CSVs (calendar/cn-YYYY.csv) and from CSVs an administrator imports, so
 * a new year's notice needs no code change.
 */
@Service
public class WorkingDayCalendar {
    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int NAME_MAX = 50;

    private final CalendarDayRepository days;
    /** day → true for a working day, false for a day off; only the exceptions. */
    private final Map<LocalDate, Boolean> exceptions = new ConcurrentHashMap<>();

    WorkingDayCalendar(CalendarDayRepository days) {
        this.days = days;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void loadBundledYears() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.csv");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                importCsv(in);
            }
        }
        reload();
    }

    /** Rows "date,kind,name" with kind holiday or workday; a header line is allowed. Existing days are updated. */
    @Transactional
    public int importCsv(InputStream csv) throws IOException {
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
        if (!errors.isEmpty()) {
            throw new FieldValidationException("日历文件有误，未导入任何行。", errors);
        }
        for (CalendarDay row : rows) {
            days.findById(row.getDay()).ifPresentOrElse(d -> d.update(row.getKind(), row.getName()),
                    () -> days.save(row));
        }
        days.flush();
        reload();
        return rows.size();
    }

    public void reload() {
        Map<LocalDate, Boolean> fresh = new ConcurrentHashMap<>();
        for (CalendarDay d : days.findAll()) {
            fresh.put(d.getDay(), "workday".equals(d.getKind()));
        }
        exceptions.clear();
        exceptions.putAll(fresh);
        log.info("Working-day calendar: {} exceptional days", fresh.size());
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
        ZonedDateTime end = LocalDateTime.of(lastDay, LocalTime.of(23, 59, 59)).atZone(ZONE);
        return Date.from(end.toInstant());
    }
}
