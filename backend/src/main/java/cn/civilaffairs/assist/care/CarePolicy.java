package cn.civilaffairs.assist.care;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The visit policy (seed 000) and the one definition of a visit gap: whole calendar days between
 * the day of the last visit and today, both taken in Asia/Shanghai.
 */
@ConfigurationProperties("app.care")
public record CarePolicy(
        Map<Integer, LevelPolicy> levels,
        Duration escalateAfter,
        int emergencyIntervalDays,
        int emergencyWarnAfterDays,
        @DefaultValue("3") int lateEntryDays,
        // The daily sweep writes this many new lapses per transaction (one job each), and starts
        // their warning processes in batch jobs of warningStartBatch, which every node's job executor takes.
        @DefaultValue("500") int sweepChunk,
        @DefaultValue("50") int warningStartBatch) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public record LevelPolicy(int intervalDays, int warnAfterDays) {}

    /** When the next visit is due and the first day on which the gap exceeds the limit. */
    public record Schedule(LocalDate nextDueOn, LocalDate warnOn) {}

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** Whole calendar days since the last visit; the warning rule compares this with warnAfterDays. */
    public static long gapDays(LocalDate lastVisitOn, LocalDate today) {
        return ChronoUnit.DAYS.between(lastVisitOn, today);
    }

    public CarePolicy {
        if (lateEntryDays < 0) {
            throw new IllegalArgumentException("app.care.late-entry-days must not be negative");
        }
        if (sweepChunk < 1 || warningStartBatch < 1) {
            throw new IllegalArgumentException("app.care.sweep-chunk and warning-start-batch must be positive");
        }
    }

    /**
     * A late entry (补录): the visit's Beijing day lies more than lateEntryDays calendar days before
     * today. Day N back is on time, day N + 1 is late, whatever the hour.
     */
    public boolean lateEntry(LocalDate visitOn, LocalDate today) {
        return gapDays(visitOn, today) > lateEntryDays;
    }

    public LevelPolicy level(int level) {
        LevelPolicy p = levels.get(level);
        if (p == null) {
            throw new IllegalArgumentException("no visit policy for level " + level);
        }
        return p;
    }

    /**
     * From the day of the last visit (or of grading, before the first visit): due after the
     * interval; a warning once the gap exceeds the limit, i.e. on day limit + 1.
     */
    public Schedule schedule(LocalDate base, int level, Integer emergencyIntervalDays) {
        int interval = emergencyIntervalDays != null ? emergencyIntervalDays : level(level).intervalDays();
        int warnAfter = emergencyIntervalDays != null
                ? Math.max(emergencyWarnAfterDays, emergencyIntervalDays)
                : level(level).warnAfterDays();
        return new Schedule(base.plusDays(interval), base.plusDays(warnAfter + 1L));
    }

    public boolean lapsed(LocalDate base, int level, Integer emergencyIntervalDays, LocalDate today) {
        return !today.isBefore(schedule(base, level, emergencyIntervalDays).warnOn());
    }

    /** The roster colour: green visited today, grey not yet due, blue due today, red past due. */
    public static VisitStatus visitStatus(LocalDate lastVisitOn, LocalDate nextDueOn, LocalDate today) {
        if (nextDueOn == null) {
            return null;
        }
        if (today.equals(lastVisitOn)) {
            return VisitStatus.DONE;
        }
        if (today.isBefore(nextDueOn)) {
            return VisitStatus.NOT_DUE;
        }
        return today.equals(nextDueOn) ? VisitStatus.DUE : VisitStatus.OVERDUE;
    }
}
