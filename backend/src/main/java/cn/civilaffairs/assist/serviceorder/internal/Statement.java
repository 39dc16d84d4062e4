package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.StatementKind;
import cn.civilaffairs.assist.serviceorder.StatementStatus;
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

@Entity(name = "Statement")
@Table(name = "settlement_statement")
public class Statement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "statement_no", nullable = false)
    private String statementNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementKind kind;
    @Column(name = "party_code", nullable = false)
    private String partyCode;
    @Column(name = "street_code", nullable = false)
    private String streetCode;
    @Column(name = "stmt_month", nullable = false)
    private String month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementStatus status;
    @Column(name = "line_count", nullable = false)
    private int lineCount;
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;
    @Column(name = "built_at", nullable = false)
    private Instant builtAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "supplement_no", nullable = false)
    private int supplementNo;
    @Column(name = "deduction_count", nullable = false)
    private int deductionCount;
    @Column(name = "deduction_amount", nullable = false)
    private BigDecimal deductionAmount;
    @Version
    private long version;

    protected Statement() {}

    public Statement(String statementNo, StatementKind kind, String partyCode, String streetCode, String month,
            int supplementNo, Instant at) {
        this.statementNo = statementNo;
        this.supplementNo = supplementNo;
        this.deductionAmount = BigDecimal.ZERO;
        this.kind = kind;
        this.partyCode = partyCode;
        this.streetCode = streetCode;
        this.month = month;
        this.status = StatementStatus.DRAFT;
        this.totalAmount = BigDecimal.ZERO;
        this.builtAt = at;
    }

    /** Line count and total include the deductions; the total is the net amount (may be below zero). */
    public void totals(int lineCount, BigDecimal total, int deductionCount, BigDecimal deductionAmount, Instant at) {
        this.lineCount = lineCount;
        this.totalAmount = total;
        this.deductionCount = deductionCount;
        this.deductionAmount = deductionAmount;
        this.builtAt = at;
    }

    public void submit(String by, Instant at) {
        this.status = StatementStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public void approve(String by, Instant at, String comment) {
        this.status = StatementStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
        this.reviewComment = comment;
    }

    public void returnForRevision(String comment) {
        this.status = StatementStatus.DRAFT;
        this.reviewComment = comment;
    }

    public Long getId() { return id; }
    public String getStatementNo() { return statementNo; }
    public StatementKind getKind() { return kind; }
    public String getPartyCode() { return partyCode; }
    public String getStreetCode() { return streetCode; }
    public String getMonth() { return month; }
    public StatementStatus getStatus() { return status; }
    public int getLineCount() { return lineCount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public Instant getSubmittedAt() { return submittedAt; }
    String getSubmittedBy() { return submittedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public String getReviewComment() { return reviewComment; }
    public int getSupplementNo() { return supplementNo; }
    public int getDeductionCount() { return deductionCount; }
    public BigDecimal getDeductionAmount() { return deductionAmount; }
}
