package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.WarningKind;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The daily sweep's writes as batched statements (issue #17): a chunk of lapses costs a few round
 * trips, not a warning row, an event and an enrolment update each through JPA one by one.
 * Runs inside the caller's transaction.
 */
@Component
public class LapseStatements {
    private final JdbcTemplate jdbc;

    LapseStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new lapse as the sweep reads it: what the warning, the event and the mail need. */
    public record Lapse(long enrolmentId, String enrolmentNo, long personId, String villageCode, String responsible,
            LocalDate scheduleBase) {}

    /**
     * Up to {@code limit} new lapses, locked: a visit being recorded for one of them waits, and then
     * finds the warning (or, recorded first, the sweep no longer finds the lapse). Read in index order
     * (idx_care_enrolment_lapse), so each chunk is a short range read.
     */
    public List<Lapse> lockNewLapses(LocalDate today, int limit) {
        return jdbc.query("select id, enrolment_no, person_id, village_code, responsible_username, last_visit_on,"
                + " baseline_on from care_enrolment where status = 'ACTIVE' and open_warning_id is null and warn_on <= ?"
                + " fetch first " + limit + " rows only for update", (rs, i) -> {
                    Date last = rs.getDate("last_visit_on");
                    Date base = last != null ? last : rs.getDate("baseline_on");
                    return new Lapse(rs.getLong("id"), rs.getString("enrolment_no"), rs.getLong("person_id"),
                            rs.getString("village_code"), rs.getString("responsible_username"), base.toLocalDate());
                }, Date.valueOf(today));
    }

    /** Inserts one warning per lapse (stage 1, process not yet started); returns their ids in order. */
    public List<Long> insertWarnings(List<Lapse> lapses, WarningKind kind, LocalDate today, Instant now,
            List<Integer> gapDays) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(c -> c.prepareStatement("insert into care_warning (enrolment_id, kind, stage, raised_on,"
                + " raised_at, gap_days) values (?, ?, 1, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        ps.setLong(1, lapses.get(i).enrolmentId());
                        ps.setString(2, kind.name());
                        ps.setDate(3, Date.valueOf(today));
                        ps.setTimestamp(4, Timestamp.from(now));
                        Integer gap = gapDays.get(i);
                        if (gap == null) {
                            ps.setNull(5, java.sql.Types.INTEGER);
                        } else {
                            ps.setInt(5, gap);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return lapses.size();
                    }
                }, keys);
        List<Long> ids = new ArrayList<>(lapses.size());
        for (var row : keys.getKeyList()) {
            // H2 names the key ID, MariaDB GENERATED_KEY or insert_id: take the only column.
            ids.add(((Number) row.values().iterator().next()).longValue());
        }
        if (ids.size() != lapses.size()) {
            throw new IllegalStateException("Expected " + lapses.size() + " warning ids, got " + ids.size());
        }
        return ids;
    }

    /** Marks each enrolment as warned; the version moves, so a visit read before the sweep retries. */
    public void setOpenWarnings(List<Lapse> lapses, List<Long> warningIds) {
        List<Object[]> args = new ArrayList<>(lapses.size());
        for (int i = 0; i < lapses.size(); i++) {
            args.add(new Object[] {warningIds.get(i), lapses.get(i).enrolmentId()});
        }
        jdbc.batchUpdate("update care_enrolment set open_warning_id = ?, version = version + 1 where id = ?", args);
    }

    /** The timeline rows of the chunk, one per enrolment. */
    public void insertEvents(List<Long> enrolmentIds, Instant at, String actor, String type, List<String> details) {
        List<Object[]> args = new ArrayList<>(enrolmentIds.size());
        for (int i = 0; i < enrolmentIds.size(); i++) {
            args.add(new Object[] {enrolmentIds.get(i), Timestamp.from(at), actor, type, details.get(i)});
        }
        jdbc.batchUpdate("insert into care_event (enrolment_id, occurred_at, actor, event_type, detail)"
                + " values (?, ?, ?, ?, ?)", args);
    }
}
