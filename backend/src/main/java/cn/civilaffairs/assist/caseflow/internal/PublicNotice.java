package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.NoticePhase;
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
public class PublicNotice {
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

    public PublicNotice(Long caseId, String villageCode, LocalDate startsOn, LocalDate endsOn, Instant at) {
        this.caseId = caseId;
        this.villageCode = villageCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = "PUBLISHED";
        this.createdAt = at;
    }

    /** @return false if the period had already been recorded as ended (a retried timer job) */
    public boolean endPeriod(Instant at) {
        if (periodEndedAt != null) {
            return false;
        }
        this.periodEndedAt = at;
        return true;
    }

    public void becomeLongTerm() {
        this.status = "LONG_TERM";
    }

    public void withdraw() {
        this.status = "WITHDRAWN";
    }

    /** True while objections may be raised: published, the period not ended, today within its days. */
    public boolean acceptsObjectionsOn(LocalDate day) {
        return "PUBLISHED".equals(status) && periodEndedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public NoticePhase phase(boolean reviewOpen) {
        return switch (status) {
            case "WITHDRAWN" -> NoticePhase.WITHDRAWN;
            case "LONG_TERM" -> NoticePhase.LONG_TERM;
            default -> reviewOpen ? NoticePhase.UNDER_REVIEW : periodEndedAt != null ? NoticePhase.PERIOD_ENDED : NoticePhase.IN_PERIOD;
        };
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getVillageCode() { return villageCode; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getStatus() { return status; }
    public Instant getPeriodEndedAt() { return periodEndedAt; }
}
