package cn.civilaffairs.assist.referral;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Deadlines of the charity referral, held as configuration (application.yml {@code app.referral}). */
@ConfigurationProperties("app.referral")
record ReferralPolicy(
        /** The charity answers the list within (working-day calendar, e.g. 5WD). */
        String respondWithin,
        /** The charity writes (or revises) its plan within. */
        String planWithin,
        /** The district office reviews a submitted plan within. */
        String reviewWithin,
        /** The district office follows up a stale referral within. */
        String superviseWithin,
        /** A running referral is stale after this long without an activity (since agreement or the last one). */
        Period staleAfter) {

    ReferralPolicy {
        respondWithin = respondWithin == null ? "5WD" : respondWithin;
        planWithin = planWithin == null ? "10WD" : planWithin;
        reviewWithin = reviewWithin == null ? "5WD" : reviewWithin;
        superviseWithin = superviseWithin == null ? "3WD" : superviseWithin;
        staleAfter = staleAfter == null ? Period.ofDays(30) : staleAfter;
    }
}
