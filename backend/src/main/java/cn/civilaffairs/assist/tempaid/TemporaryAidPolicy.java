package cn.civilaffairs.assist.tempaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Temporary assistance rules, held as configuration (application.yml {@code app.temporary-aid}). */
@ConfigurationProperties("app.temporary-aid")
public record TemporaryAidPolicy(
        /** The street office grants first (先行救助) up to this many yuan; above it the district approves (seed 001: about 2,000). */
        BigDecimal townshipLimit,
        /** The street office assesses within (working-day calendar, e.g. 3WD). */
        String assessWithin,
        /** The district approves within. */
        String approveWithin,
        /** The street office records the payment within. */
        String payWithin) {

    public TemporaryAidPolicy {
        townshipLimit = (townshipLimit == null ? new BigDecimal("2000") : townshipLimit).setScale(2, RoundingMode.HALF_UP);
        assessWithin = assessWithin == null ? "3WD" : assessWithin;
        approveWithin = approveWithin == null ? "5WD" : approveWithin;
        payWithin = payWithin == null ? "5WD" : payWithin;
    }
}
