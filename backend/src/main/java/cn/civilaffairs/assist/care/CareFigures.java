package cn.civilaffairs.assist.care;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based figures for the statistics (reports module): aggregates grouped by village, one query
 * each, no person data in the answer.
 */
@Service
@Transactional(readOnly = true)
public class CareFigures {
    private final JdbcTemplate jdbc;

    CareFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Graded people (active, graded on or before {@code to}) and how many of them were visited
     * within their interval over the period: no lapse warning raised for them from {@code from} to
     * {@code to}.
     */
    public record VillageCompliance(String villageCode, long graded, long withinInterval) {}

    public List<VillageCompliance> visitCompliance(LocalDate from, LocalDate to) {
        return jdbc.query("select e.village_code, count(*), sum(case when l.enrolment_id is null then 1 else 0 end)"
                + " from care_enrolment e left join (select distinct enrolment_id from care_warning"
                + "   where kind = ? and raised_on >= ? and raised_on <= ?) l on l.enrolment_id = e.id"
                + " where e.status = ? and e.care_level is not null and e.graded_on <= ?"
                + " group by e.village_code",
                (rs, n) -> new VillageCompliance(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                WarningKind.LAPSE.name(), from, to, EnrolmentStatus.ACTIVE.name(), to);
    }

    /** Warnings (lapse and major risk) raised in the period, and how many of them were escalated. */
    public record VillageWarnings(String villageCode, long raised, long escalated) {}

    public List<VillageWarnings> warnings(LocalDate from, LocalDate to) {
        return jdbc.query("select e.village_code, count(*), sum(case when w.escalated_at is null then 0 else 1 end)"
                + " from care_warning w join care_enrolment e on e.id = w.enrolment_id"
                + " where w.raised_on >= ? and w.raised_on <= ? group by e.village_code",
                (rs, n) -> new VillageWarnings(rs.getString(1), rs.getLong(2), rs.getLong(3)), from, to);
    }
}
