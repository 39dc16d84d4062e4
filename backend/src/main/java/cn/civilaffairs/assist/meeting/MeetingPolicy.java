package cn.civilaffairs.assist.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Deadlines of the agency referral (application.yml {@code app.meeting}), on the working-day calendar. */
@ConfigurationProperties("app.meeting")
record MeetingPolicy(
        /** The agency submits (or revises) its service plan within; after that the district is reminded. */
        String planWithin,
        /** The district approves a plan, or confirms a close, within. */
        String reviewWithin) {

    MeetingPolicy {
        planWithin = planWithin == null ? "10WD" : planWithin;
        reviewWithin = reviewWithin == null ? "5WD" : reviewWithin;
    }
}
