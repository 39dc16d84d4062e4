package cn.civilaffairs.assist.audit.internal;

import cn.civilaffairs.assist.audit.AccessLog;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the access log for {@code app.access-log.retention} (at least 180 days, MLPS level 3; a shorter
 * setting stops the app at startup) and deletes only older rows, once a day.
 */
@Component
public class AccessLogRetention {
    static final Duration MINIMUM = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final boolean purgeEnabled;

    AccessLogRetention(JdbcTemplate jdbc, Clock clock,
            @Value("${app.access-log.retention:P180D}") Duration retention,
            @Value("${app.access-log.purge-enabled:true}") boolean purgeEnabled) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = requireAtLeastMinimum(retention);
        this.purgeEnabled = purgeEnabled;
    }

    static Duration requireAtLeastMinimum(Duration retention) {
        if (retention == null || retention.compareTo(MINIMUM) < 0) {
            throw new IllegalStateException("app.access-log.retention must be at least P180D (MLPS level 3), was "
                    + retention);
        }
        return retention;
    }

    public Duration retention() {
        return retention;
    }

    /** Daily at 03:30 Beijing time; off when the database purges by itself (see the README). */
    @Scheduled(cron = "${app.access-log.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void scheduledPurge() {
        if (purgeEnabled) {
            purge();
        }
    }

    /** Deletes the rows older than the retention; returns how many. */
    public int purge() {
        var cutoff = AccessLog.utc(clock.instant().minus(retention));
        int deleted = jdbc.update("DELETE FROM access_log WHERE occurred_at < ?", cutoff);
        if (deleted > 0) {
            log.info("Access log: {} rows older than {} deleted", deleted, retention);
        }
        return deleted;
    }
}
