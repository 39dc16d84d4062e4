package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.BatchStatus;
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

@Entity(name = "ReferralBatch")
@Table(name = "referral_batch")
public class Batch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_no", nullable = false)
    private String batchNo;
    @Column(name = "charity_code", nullable = false)
    private String charityCode;
    @Column(name = "origin_code", nullable = false)
    private String originCode;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchStatus status;
    private String note;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    @Column(name = "sent_by", nullable = false)
    private String sentBy;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "plan_round", nullable = false)
    private int planRound;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected Batch() {}

    public Batch(String batchNo, String charityCode, String originCode, String districtCode, String note, String by,
            Instant at) {
        this.batchNo = batchNo;
        this.charityCode = charityCode;
        this.originCode = originCode;
        this.districtCode = districtCode;
        this.note = note;
        this.sentBy = by;
        this.sentAt = at;
        this.status = BatchStatus.RESPONDING;
    }

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void responded(boolean anyAccepted, Instant at) {
        this.respondedAt = at;
        this.status = anyAccepted ? BatchStatus.PLANNING : BatchStatus.NONE_ACCEPTED;
        if (!anyAccepted) {
            this.closedAt = at;
        }
    }

    public int submitted() {
        this.status = BatchStatus.REVIEW;
        return ++planRound;
    }

    public void returned() {
        this.status = BatchStatus.RETURNED;
    }

    public void agreed(Instant at) {
        this.status = BatchStatus.RUNNING;
        this.agreedAt = at;
    }

    public void close(Instant at) {
        this.status = BatchStatus.CLOSED;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public String getBatchNo() { return batchNo; }
    public String getCharityCode() { return charityCode; }
    public String getOriginCode() { return originCode; }
    public String getDistrictCode() { return districtCode; }
    public BatchStatus getStatus() { return status; }
    public String getNote() { return note; }
    public Instant getSentAt() { return sentAt; }
    public String getSentBy() { return sentBy; }
    Instant getRespondedAt() { return respondedAt; }
    public Instant getAgreedAt() { return agreedAt; }
    public Instant getClosedAt() { return closedAt; }
    public int getPlanRound() { return planRound; }
    public String getProcessInstanceId() { return processInstanceId; }
}
