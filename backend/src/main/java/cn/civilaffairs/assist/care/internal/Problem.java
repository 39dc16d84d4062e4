package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.care.Department;
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

@Entity(name = "CareProblem")
@Table(name = "care_problem")
public class Problem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "visit_id")
    private Long visitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Department department;
    @Column(nullable = false)
    private String description;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false)
    private String status;
    private String resolution;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "referral_no")
    private String referralNo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Problem() {}

    public Problem(Long enrolmentId, Long visitId, Department department, String description, LocalDate dueOn,
            Instant createdAt, String createdBy) {
        this.enrolmentId = enrolmentId;
        this.visitId = visitId;
        this.department = department;
        this.description = description;
        this.dueOn = dueOn;
        this.status = "OPEN";
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void resolve(String resolution, String by, Instant at) {
        this.status = "RESOLVED";
        this.resolution = resolution;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    /** The department referral this problem went out as. */
    public void referred(String referralNo) {
        this.referralNo = referralNo;
    }

    /**
     * The department's answer (department referral closed): RESOLVED, UNRESOLVED (handled, not solved) or
     * RETURNED (not the department's business).
     */
    public void answered(String status, String resolution, Instant at) {
        this.status = status;
        this.resolution = resolution;
        this.resolvedAt = at;
        this.resolvedBy = "department";
    }

    public String getReferralNo() { return referralNo; }

    /** A new due day (provisional working-day calendar replaced by the real one). */
    public void moveDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Department getDepartment() { return department; }
    public String getDescription() { return description; }
    public LocalDate getDueOn() { return dueOn; }
    public String getStatus() { return status; }
    public String getResolution() { return resolution; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
