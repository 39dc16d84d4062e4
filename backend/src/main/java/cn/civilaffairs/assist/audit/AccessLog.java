package cn.civilaffairs.assist.audit;

import cn.civilaffairs.assist.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place reads of personal data are logged (访问日志). Callers name the action, what was read and
 * whose data it was; who comes from the caller (the signed-in user), when and from where from the clock and the request.
 *
 * <p>Each write commits in its own transaction (REQUIRES_NEW): a read-only or rolled-back read is still
 * logged, and a failed write throws, so the caller's read fails instead of going unlogged. Rows are only
 * ever inserted here; {@link cn.civilaffairs.assist.audit.internal.AccessLogRetention} is the only delete.
 */
@Service
public class AccessLog {
    private static final String INSERT = "INSERT INTO access_log (occurred_at, username, user_name, action, resource,"
            + " person_id, scope_code, item_count, client_ip, user_agent, request_path)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One person's data was read (a case, a document, a care record, an order). */
    public void record(CurrentUser user, AccessAction action, String resource, Long personId) {
        write(user, action, resource, personId == null ? List.of() : List.of(personId), null, null);
    }

    /**
     * A read that showed several people (an export, a batch): one row per person, so searching for any
     * of them finds it; each row also carries the area and the total.
     */
    public void recordAll(CurrentUser user, AccessAction action, String resource, String scopeCode, Collection<Long> personIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(personIds));
        write(user, action, resource, distinct, scopeCode, distinct.size());
    }

    /** A search: the term and the number of hits, no person (the hits show names only). */
    public void recordSearch(CurrentUser user, AccessAction action, String term, long hits) {
        write(user, action, term, List.of(), null, (int) Math.min(hits, Integer.MAX_VALUE));
    }

    private void write(CurrentUser user, AccessAction action, String resource, List<Long> personIds, String scopeCode, Integer count) {
        HttpServletRequest request = currentRequest();
        String ip = request == null ? "internal" : request.getRemoteAddr();
        String agent = request == null ? null : cut(request.getHeader("User-Agent"), 255);
        String path = request == null ? null : cut(request.getMethod() + " " + request.getRequestURI(), 255);
        LocalDateTime now = utc(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (Long personId : personIds.isEmpty() ? java.util.Collections.<Long>singletonList(null) : personIds) {
            rows.add(new Object[] {now, user.username(), cut(user.displayName(), 100), action.name(),
                    cut(resource, 200), personId, scopeCode, count, cut(ip, 64), agent, path});
        }
        try {
            tx.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
        } catch (RuntimeException e) {
            throw new AccessLogUnavailableException(e);
        }
    }

    /** Stored as UTC wall time, like every other timestamp column (hibernate.jdbc.time_zone = UTC). */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
