package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.PlanContent;
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

@Entity(name = "ReferralActivity")
@Table(name = "referral_activity")
public class Activity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private Long batchId;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "activity_date", nullable = false)
    private LocalDate activityDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanContent kind;
    @Column(nullable = false)
    private String description;
    private BigDecimal amount;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Activity() {}

    public Activity(Item item, long planId, LocalDate date, PlanContent kind, String description, BigDecimal amount,
            String by, Instant at) {
        this.batchId = item.getBatchId();
        this.itemId = item.getId();
        this.caseId = item.getCaseId();
        this.planId = planId;
        this.activityDate = date;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    Long getBatchId() { return batchId; }
    public Long getItemId() { return itemId; }
    public Long getPlanId() { return planId; }
    public Long getCaseId() { return caseId; }
    public LocalDate getActivityDate() { return activityDate; }
    public PlanContent getKind() { return kind; }
    public String getDescription() { return description; }
    public BigDecimal getAmount() { return amount; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
