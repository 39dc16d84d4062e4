package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.CaseStatus;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "service_case")
public class ServiceCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_no", nullable = false, unique = true)
    private String caseNo;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "person_id")
    private Long personId;
    /** Set while the case is open; unique, so a person has at most one open case. */
    @Column(name = "open_person_id")
    private Long openPersonId;
    @Column(name = "subject_name", nullable = false)
    private String subjectName;
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(name = "lead_source")
    private LeadSource leadSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_group")
    private FocusGroup focusGroup;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "verification_note")
    private String verificationNote;
    @Column(name = "recipient_category")
    private Integer recipientCategory;
    @Column(name = "service_no")
    private Integer serviceNo;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected ServiceCase() {}

    public ServiceCase(String caseNo, String villageCode, Long personId, String subjectName, String summary,
            LeadSource leadSource, FocusGroup focusGroup, String createdBy, Instant now) {
        this.caseNo = caseNo;
        this.villageCode = villageCode;
        this.personId = personId;
        this.openPersonId = personId;
        this.subjectName = subjectName;
        this.summary = summary;
        this.leadSource = leadSource;
        this.focusGroup = focusGroup;
        this.createdBy = createdBy;
        this.status = CaseStatus.LEAD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void recordVerification(boolean genuine, String note, Instant now) {
        expect(CaseStatus.LEAD);
        this.verificationNote = note;
        if (genuine) {
            moveTo(CaseStatus.VERIFIED, now);
        } else {
            close(CaseStatus.CLOSED_NOT_GENUINE, note, now);
        }
    }

    public void recordAssessment(int category, boolean alreadyRecognised, Instant now) {
        expect(CaseStatus.VERIFIED);
        this.recipientCategory = category;
        moveTo(alreadyRecognised ? CaseStatus.FILING : CaseStatus.RECOGNITION, now);
    }

    public void recordRecognition(boolean recognised, String note, Instant now) {
        expect(CaseStatus.RECOGNITION);
        if (recognised) {
            this.decisionReason = note;
            moveTo(CaseStatus.FILING, now);
        } else {
            close(CaseStatus.REJECTED, note, now);
        }
    }

    public void file(int serviceNo, Instant now) {
        expect(CaseStatus.FILING);
        this.serviceNo = serviceNo;
        moveTo(CaseStatus.NOTICE, now);
    }

    public void startServing(Instant now) {
        expect(CaseStatus.NOTICE);
        moveTo(CaseStatus.SERVING, now);
    }

    public void close(CaseStatus outcome, String reason, Instant now) {
        if (outcome.isOpen()) {
            throw new IllegalArgumentException(outcome + " is not a closing status");
        }
        if (!status.isOpen()) {
            throw new IllegalStateException("case " + caseNo + " is already closed: " + status);
        }
        this.status = outcome;
        this.decisionReason = reason;
        this.openPersonId = null;
        this.closedAt = now;
        this.updatedAt = now;
    }

    private void moveTo(CaseStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    private void expect(CaseStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("case " + caseNo + " is " + status + ", expected " + expected);
        }
    }

    public Long getId() { return id; }
    public String getCaseNo() { return caseNo; }
    public String getVillageCode() { return villageCode; }
    public Long getPersonId() { return personId; }
    public String getSubjectName() { return subjectName; }
    public String getSummary() { return summary; }
    public LeadSource getLeadSource() { return leadSource; }
    public FocusGroup getFocusGroup() { return focusGroup; }
    public CaseStatus getStatus() { return status; }
    public String getVerificationNote() { return verificationNote; }
    public Integer getRecipientCategory() { return recipientCategory; }
    public Integer getServiceNo() { return serviceNo; }
    public String getDecisionReason() { return decisionReason; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getClosedAt() { return closedAt; }
}
