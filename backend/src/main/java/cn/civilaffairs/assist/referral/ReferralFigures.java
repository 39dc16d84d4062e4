package cn.civilaffairs.assist.referral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Set-based figures for the statistics (reports module): one query, no person data in the answer. */
@Service
@Transactional(readOnly = true)
public class ReferralFigures {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    ReferralFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One referred person: the day the batch was sent and the day of the first activity (null: none yet). */
    public record ReferralStart(String villageCode, LocalDate sentOn, LocalDate firstActivityOn) {}

    /** Every person referred in a batch sent from {@code from} to {@code to} (Beijing days, inclusive). */
    public List<ReferralStart> referralStarts(LocalDate from, LocalDate to) {
        return jdbc.query("select i.village_code, b.sent_at, i.first_activity_on from referral_item i"
                + " join referral_batch b on b.id = i.batch_id where b.sent_at >= ? and b.sent_at < ?",
                (rs, n) -> new ReferralStart(rs.getString(1),
                        rs.getObject(2, LocalDateTime.class).atOffset(ZoneOffset.UTC).atZoneSameInstant(SHANGHAI)
                                .toLocalDate(),
                        rs.getObject(3, LocalDate.class)),
                utc(from), utc(to.plusDays(1)));
    }

    static LocalDateTime utc(LocalDate beijingDay) {
        return beijingDay.atStartOfDay(SHANGHAI).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
