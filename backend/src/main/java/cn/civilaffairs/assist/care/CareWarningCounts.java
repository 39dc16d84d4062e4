package cn.civilaffairs.assist.care;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open lapse warnings counted by village and stage under an org node, for the monitoring centre.
 * Counts only (no person); reads the tables directly so it does not depend on care's entities.
 */
@Component
@Transactional(readOnly = true)
public class CareWarningCounts {
    private final JdbcTemplate jdbc;

    CareWarningCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record OpenWarnings(String villageCode, int stage, long count) {}

    /** Open (unresolved) warnings of people enrolled in villages under {@code orgCode}, by village and stage. */
    public List<OpenWarnings> openUnder(String orgCode) {
        return jdbc.query("select e.village_code, w.stage, count(*) from care_warning w"
                + " join care_enrolment e on e.id = w.enrolment_id"
                + " where w.resolved_at is null and e.village_code like ?"
                + " group by e.village_code, w.stage",
                (rs, i) -> new OpenWarnings(rs.getString(1), rs.getInt(2), rs.getLong(3)), orgCode + "%");
    }
}
