package cn.civilaffairs.assist.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posting on the village notice board: first for the notice period (PUBLISHED), then as a
 * long-term posting of a current recipient (LONG_TERM), until withdrawn (WITHDRAWN). The period
 * runs from {@code startsOn} to {@code endsOn}, both days included (Beijing time);
 * {@code periodEndedAt} is set when the process's period timer has fired, and only then.
 */
@Entity
@Table(name = "public_notice")
class PublicNotice {
    /** What the case page and the board say about a notice; derived in one place. */
    enum Phase { IN_PERIOD, UNDER_REVIEW, PERIOD_ENDED, LONG_TERM, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "period_ended_at")
    private Instant periodEndedAt;

    protected PublicNotice() {}

    PublicNotice(Long caseId, String villageCode, LocalDate startsOn, LocalDate endsOn, Instant at) {
        this.caseId = caseId;
        this.villageCode = villageCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = "PUBLISHED";
        this.createdAt = at;
    }

    /** @return false if the period had already been recorded as ended (a retried timer job) */
    boolean endPeriod(Instant at) {
        if (periodEndedAt != null) {
            return false;
        }
        this.periodEndedAt = at;
        return true;
    }

    void becomeLongTerm() {
        this.status = "LONG_TERM";
    }

    void withdraw() {
        this.status = "WITHDRAWN";
    }

    /** True while objections may be raised: published, the period not ended, today within its days. */
    boolean acceptsObjectionsOn(LocalDate day) {
        return "PUBLISHED".equals(status) && periodEndedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    Phase phase(boolean reviewOpen) {
        return switch (status) {
            case "WITHDRAWN" -> Phase.WITHDRAWN;
            case "LONG_TERM" -> Phase.LONG_TERM;
            default -> reviewOpen ? Phase.UNDER_REVIEW : periodEndedAt != null ? Phase.PERIOD_ENDED : Phase.IN_PERIOD;
        };
    }

    Long getId() { return id; }
    Long getCaseId() { return caseId; }
    String getVillageCode() { return villageCode; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    String getStatus() { return status; }
    Instant getPeriodEndedAt() { return periodEndedAt; }
}
