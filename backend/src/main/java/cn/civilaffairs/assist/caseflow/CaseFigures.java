package cn.civilaffairs.assist.caseflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based figures for the statistics (reports module): one query over the whole district, no
 * lookup per case, and no person data in the answer.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    CaseFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A lead recorded in the period, and the day its first service card was issued (null: none yet). */
    public record LeadToCard(String villageCode, LocalDate leadOn, LocalDate cardOn) {}

    /** Every lead (case) recorded from {@code from} to {@code to} (Beijing days, inclusive). */
    public List<LeadToCard> leadsToCards(LocalDate from, LocalDate to) {
        return jdbc.query("select c.village_code, c.created_at, min(k.issued_at) from service_case c"
                + " left join service_card k on k.case_id = c.id"
                + " where c.created_at >= ? and c.created_at < ?"
                + " group by c.id, c.village_code, c.created_at",
                (rs, n) -> new LeadToCard(rs.getString(1), day(rs.getObject(2, LocalDateTime.class)),
                        day(rs.getObject(3, LocalDateTime.class))),
                utc(from), utc(to.plusDays(1)));
    }

    /** Timestamps are stored in UTC (hibernate.jdbc.time_zone). */
    static LocalDateTime utc(LocalDate beijingDay) {
        return beijingDay.atStartOfDay(SHANGHAI).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static LocalDate day(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(SHANGHAI).toLocalDate();
    }
}
