package cn.civilaffairs.assist.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test moves time: the engine clock (Camunda's ClockUtil; the application's Clock bean
 * follows it). Register it once per class and it puts the clock back to real time after every test,
 * pass or fail:
 *
 * <pre>
 * &#64;RegisterExtension static final EngineClock clock = new EngineClock();
 * ...
 * clock.at(LocalDateTime.parse("2026-11-26T09:00"));   // Beijing wall-clock time
 * clock.advance(Duration.ofMinutes(31));
 * </pre>
 */
public final class EngineClock implements AfterEachCallback {
    /** Beijing time: the zone every date in the product is read in. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }

    /** Stands the clock at this instant; returns it. */
    public Instant at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    /** Stands the clock at this date-time; returns it. */
    public Date at(Date time) {
        ClockUtil.setCurrentTime(time);
        return time;
    }

    /** Stands the clock at this Beijing wall-clock time; returns the instant. */
    public Instant at(LocalDateTime beijing) {
        return at(beijing.atZone(BEIJING).toInstant());
    }

    /** Stands the clock at hour:minute Beijing time on this day; returns the instant. */
    public Instant at(LocalDate day, int hour, int minute) {
        return at(day.atTime(hour, minute));
    }

    /** Moves the clock on (or back, for a negative duration) from where it stands; returns the new instant. */
    public Instant advance(Duration by) {
        return at(now().plus(by));
    }

    /** Where the clock stands. */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The Beijing day the clock stands on. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), BEIJING);
    }

    /** Back to real time (also done after each test). */
    public void reset() {
        ClockUtil.reset();
    }
}
