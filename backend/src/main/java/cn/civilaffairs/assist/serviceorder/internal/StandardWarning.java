package cn.civilaffairs.assist.serviceorder.internal;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@Entity(name = "StandardWarning")
@Table(name = "standard_warning")
public class StandardWarning {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "warn_month", nullable = false)
    private String month;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(nullable = false)
    private int services;
    @Column(nullable = false)
    private int qualifying;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "required_amount", nullable = false)
    private BigDecimal requiredAmount;
    @Column(nullable = false)
    private String reasons;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected StandardWarning() {}

    public StandardWarning(String month, long caseId, String villageCode, int services, int qualifying,
            BigDecimal amount, BigDecimal requiredAmount, String reasons, Instant at) {
        this.month = month;
        this.caseId = caseId;
        this.villageCode = villageCode;
        this.services = services;
        this.qualifying = qualifying;
        this.amount = amount;
        this.requiredAmount = requiredAmount;
        this.reasons = reasons;
        this.raisedAt = at;
    }

    public Long getId() { return id; }
    public String getMonth() { return month; }
    public Long getCaseId() { return caseId; }
    public String getVillageCode() { return villageCode; }
    public int getServices() { return services; }
    public int getQualifying() { return qualifying; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getRequiredAmount() { return requiredAmount; }
    public String getReasons() { return reasons; }
    public Instant getRaisedAt() { return raisedAt; }
}
