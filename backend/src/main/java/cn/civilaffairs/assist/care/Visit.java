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

@Entity(name = "CareVisit")
@Table(name = "care_visit")
class Visit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "enrolment_id", nullable = false)
    Long enrolmentId;
    @Column(name = "visited_at", nullable = false)
    Instant visitedAt;
    @Column(name = "visit_on", nullable = false)
    LocalDate visitOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    VisitMode mode;
    @Column(nullable = false)
    String met;
    @Column(nullable = false)
    String findings;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Risk risk;
    @Column(name = "photo_key")
    String photoKey;
    @Column(name = "photo_type")
    String photoType;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    /** Why a visit was entered more than app.care.late-entry-days after it (补录); null when on time. */
    @Column(name = "late_entry_reason")
    String lateEntryReason;

    protected Visit() {}

    Visit(Long enrolmentId, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
            String photoKey, String photoType, String recordedBy, Instant recordedAt, String lateEntryReason) {
        this.enrolmentId = enrolmentId;
        this.visitedAt = visitedAt;
        this.visitOn = CarePolicy.dayOf(visitedAt);
        this.mode = mode;
        this.met = met;
        this.findings = findings;
        this.risk = risk;
        this.photoKey = photoKey;
        this.photoType = photoType;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.lateEntryReason = lateEntryReason;
    }
}
