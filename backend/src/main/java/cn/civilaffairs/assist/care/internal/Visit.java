package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.Risk;
import cn.civilaffairs.assist.care.VisitMode;
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
public class Visit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;
    @Column(name = "visit_on", nullable = false)
    private LocalDate visitOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitMode mode;
    @Column(nullable = false)
    private String met;
    @Column(nullable = false)
    private String findings;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Risk risk;
    @Column(name = "photo_key")
    private String photoKey;
    @Column(name = "photo_type")
    private String photoType;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    /** Why a visit was entered more than app.care.late-entry-days after it (补录); null when on time. */
    @Column(name = "late_entry_reason")
    private String lateEntryReason;
    /** The phone's id for this visit (a UUID), so a visit sent again after being offline is stored once. */
    @Column(name = "client_id", updatable = false)
    private String clientId;
    /** The first answer's flags, given back unchanged to a repeat with the same client id. */
    @Column(name = "counts_for_schedule")
    private Boolean countsForSchedule;
    @Column(name = "lapse_open_after")
    private Boolean lapseOpenAfter;

    protected Visit() {}

    public Visit(Long enrolmentId, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
            String photoKey, String photoType, String recordedBy, Instant recordedAt, String lateEntryReason) {
        this(enrolmentId, visitedAt, mode, met, findings, risk, photoKey, photoType, recordedBy, recordedAt,
                lateEntryReason, null);
    }

    public Visit(Long enrolmentId, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
            String photoKey, String photoType, String recordedBy, Instant recordedAt, String lateEntryReason,
            String clientId) {
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
        this.clientId = clientId;
    }

    /** Keeps what the visit did, for a repeat of the same client id. */
    public void answered(boolean countsForSchedule, boolean lapseOpenAfter) {
        this.countsForSchedule = countsForSchedule;
        this.lapseOpenAfter = lapseOpenAfter;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Instant getVisitedAt() { return visitedAt; }
    public LocalDate getVisitOn() { return visitOn; }
    public VisitMode getMode() { return mode; }
    public String getMet() { return met; }
    public String getFindings() { return findings; }
    public Risk getRisk() { return risk; }
    public String getPhotoKey() { return photoKey; }
    public String getPhotoType() { return photoType; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getLateEntryReason() { return lateEntryReason; }
    public String getClientId() { return clientId; }
    public boolean countedForSchedule() { return Boolean.TRUE.equals(countsForSchedule); }
    public boolean lapseOpenAfter() { return Boolean.TRUE.equals(lapseOpenAfter); }
}
