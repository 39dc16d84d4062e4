package cn.civilaffairs.assist.care;

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
class Problem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "enrolment_id", nullable = false)
    Long enrolmentId;
    @Column(name = "visit_id")
    Long visitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Department department;
    @Column(nullable = false)
    String description;
    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;
    @Column(nullable = false)
    String status;
    String resolution;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "resolved_by")
    String resolvedBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;

    protected Problem() {}

    Problem(Long enrolmentId, Long visitId, Department department, String description, LocalDate dueOn,
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
}
