package cn.civilaffairs.assist.referral.internal;

import cn.civilaffairs.assist.referral.WarningReason;
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

@Entity(name = "ReferralWarning")
@Table(name = "referral_warning")
public class Warning {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private Long batchId;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningReason reason;
    @Column(nullable = false)
    private String detail;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;

    protected Warning() {}

    public Warning(long batchId, long itemId, WarningReason reason, String detail, Instant at) {
        this.batchId = batchId;
        this.itemId = itemId;
        this.reason = reason;
        this.detail = detail;
        this.raisedAt = at;
    }

    public void resolve(String by, Instant at, String resolution) {
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolution = resolution;
    }

    public Long getId() { return id; }
    public Long getBatchId() { return batchId; }
    public Long getItemId() { return itemId; }
    public WarningReason getReason() { return reason; }
    public String getDetail() { return detail; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public String getResolution() { return resolution; }
}
