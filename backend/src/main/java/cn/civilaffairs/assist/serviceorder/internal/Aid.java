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

@Entity(name = "Aid")
@Table(name = "neighbour_aid")
public class Aid {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "helper_id", nullable = false)
    private Long helperId;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "aid_date", nullable = false)
    private LocalDate aidDate;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false)
    private String content;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Aid() {}

    public Aid(long helperId, long caseId, String villageCode, LocalDate aidDate, int minutes, String content,
            BigDecimal amount, String by, Instant at) {
        this.helperId = helperId;
        this.caseId = caseId;
        this.villageCode = villageCode;
        this.aidDate = aidDate;
        this.minutes = minutes;
        this.content = content;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void onStatement(Long statementId) {
        this.statementId = statementId;
    }

    public Long getId() { return id; }
    public Long getHelperId() { return helperId; }
    public Long getCaseId() { return caseId; }
    String getVillageCode() { return villageCode; }
    public LocalDate getAidDate() { return aidDate; }
    public int getMinutes() { return minutes; }
    public String getContent() { return content; }
    public BigDecimal getAmount() { return amount; }
    public Long getStatementId() { return statementId; }
    String getRecordedBy() { return recordedBy; }
}
