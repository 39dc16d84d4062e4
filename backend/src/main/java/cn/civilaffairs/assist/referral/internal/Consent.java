package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.GiverRelation;
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

@Entity(name = "ReferralConsent")
@Table(name = "referral_consent")
public class Consent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "charity_code")
    private String charityCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "giver_relation", nullable = false)
    private GiverRelation giverRelation;
    @Column(name = "giver_name", nullable = false)
    private String giverName;
    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;
    @Column(name = "document_note")
    private String documentNote;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdraw_reason")
    private String withdrawReason;

    protected Consent() {}

    public Consent(long caseId, String charityCode, GiverRelation relation, String giverName, LocalDate givenOn,
            String documentNote, String by, Instant at) {
        this.caseId = caseId;
        this.charityCode = charityCode;
        this.giverRelation = relation;
        this.giverName = giverName;
        this.givenOn = givenOn;
        this.documentNote = documentNote;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Valid and covering that charity: given for it or for any charity, and not withdrawn. */
    public boolean covers(String charity) {
        return withdrawnAt == null && (charityCode == null || charityCode.equals(charity));
    }

    public void withdraw(String by, Instant at, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawReason = reason;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCharityCode() { return charityCode; }
    public GiverRelation getGiverRelation() { return giverRelation; }
    public String getGiverName() { return giverName; }
    public LocalDate getGivenOn() { return givenOn; }
    public String getDocumentNote() { return documentNote; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawReason() { return withdrawReason; }
}
