package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.ItemStatus;
import cn.civilaffairs.assist.referral.Outcome;
import cn.civilaffairs.assist.referral.OutcomeReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

@Entity(name = "ReferralItem")
@Table(name = "referral_item")
public class Item {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private Long batchId;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "case_no", nullable = false)
    private String caseNo;
    @Column(name = "grant_id", nullable = false)
    private Long grantId;
    @Column(name = "consent_id", nullable = false)
    private Long consentId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "responded_by")
    private String respondedBy;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_reason")
    private OutcomeReason outcomeReason;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "first_activity_on")
    private LocalDate firstActivityOn;
    @Column(name = "last_activity_on")
    private LocalDate lastActivityOn;
    @Column(name = "activity_count", nullable = false)
    private int activityCount;
    /** Phone and address are shown to the charity only while it works with the person. */
    @Column(name = "contact_shared", nullable = false)
    private boolean contactShared;

    protected Item() {}

    public Item(long batchId, long caseId, String caseNo, long grantId, long consentId, String villageCode) {
        this.batchId = batchId;
        this.caseId = caseId;
        this.caseNo = caseNo;
        this.grantId = grantId;
        this.consentId = consentId;
        this.villageCode = villageCode;
        this.status = ItemStatus.PENDING;
    }

    public void respond(boolean accept, String reason, String by, Instant at) {
        this.status = accept ? ItemStatus.ACCEPTED : ItemStatus.DECLINED;
        this.contactShared = accept;
        this.declineReason = accept ? null : reason;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    public void activity(LocalDate day) {
        activityCount++;
        if (firstActivityOn == null || day.isBefore(firstActivityOn)) {
            firstActivityOn = day;
        }
        if (lastActivityOn == null || day.isAfter(lastActivityOn)) {
            lastActivityOn = day;
        }
    }

    public void close(Outcome outcome, OutcomeReason reason, String note, String by, Instant at) {
        this.status = ItemStatus.CLOSED;
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.outcomeNote = note;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Closed by the office (consent withdrawn, service stopped): the charity loses the contact data. */
    public void withdraw(OutcomeReason reason, String note, String by, Instant at) {
        close(Outcome.NOT_HELPED, reason, note, by, at);
        this.contactShared = false;
    }

    public boolean isContactShared() { return contactShared; }

    public Long getId() { return id; }
    public Long getBatchId() { return batchId; }
    public Long getCaseId() { return caseId; }
    public String getCaseNo() { return caseNo; }
    public Long getGrantId() { return grantId; }
    Long getConsentId() { return consentId; }
    public String getVillageCode() { return villageCode; }
    public ItemStatus getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getRespondedBy() { return respondedBy; }
    public Outcome getOutcome() { return outcome; }
    public OutcomeReason getOutcomeReason() { return outcomeReason; }
    public String getOutcomeNote() { return outcomeNote; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public LocalDate getFirstActivityOn() { return firstActivityOn; }
    public LocalDate getLastActivityOn() { return lastActivityOn; }
    public int getActivityCount() { return activityCount; }
}
