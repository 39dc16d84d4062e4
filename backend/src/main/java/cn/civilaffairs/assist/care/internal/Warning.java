package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.WarningKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity(name = "CareWarning")
@Table(name = "care_warning")
public class Warning {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningKind kind;
    @Column(nullable = false)
    private int stage;
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "gap_days")
    private Integer gapDays;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by_visit_id")
    private Long resolvedByVisitId;
    @Column(name = "process_started_at")
    private Instant processStartedAt;

    protected Warning() {}

    public Warning(Long enrolmentId, WarningKind kind, LocalDate raisedOn, Instant raisedAt, Integer gapDays) {
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.stage = 1;
        this.raisedOn = raisedOn;
        this.raisedAt = raisedAt;
        this.gapDays = gapDays;
    }

    public void resolve(Instant at, Long byVisitId) {
        this.resolvedAt = at;
        this.resolvedByVisitId = byVisitId;
    }

    public void markProcessStarted(Instant at) {
        this.processStartedAt = at;
    }

    /** One level up (at most the district, stage 3). */
    public void escalate(Instant at) {
        this.stage = Math.min(3, stage + 1);
        this.escalatedAt = at;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public WarningKind getKind() { return kind; }
    public int getStage() { return stage; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public Instant getRaisedAt() { return raisedAt; }
    public Integer getGapDays() { return gapDays; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getProcessStartedAt() { return processStartedAt; }
}
