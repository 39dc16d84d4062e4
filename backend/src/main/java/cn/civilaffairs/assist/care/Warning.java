package cn.civilaffairs.assist.care;

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
class Warning {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "enrolment_id", nullable = false)
    Long enrolmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    WarningKind kind;
    @Column(nullable = false)
    int stage;
    @Column(name = "raised_on", nullable = false)
    LocalDate raisedOn;
    @Column(name = "raised_at", nullable = false)
    Instant raisedAt;
    @Column(name = "gap_days")
    Integer gapDays;
    @Column(name = "escalated_at")
    Instant escalatedAt;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "resolved_by_visit_id")
    Long resolvedByVisitId;

    protected Warning() {}

    Warning(Long enrolmentId, WarningKind kind, LocalDate raisedOn, Instant raisedAt, Integer gapDays) {
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.stage = 1;
        this.raisedOn = raisedOn;
        this.raisedAt = raisedAt;
        this.gapDays = gapDays;
    }
}
