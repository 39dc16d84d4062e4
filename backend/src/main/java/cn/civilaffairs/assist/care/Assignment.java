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

@Entity(name = "CareAssignment")
@Table(name = "care_assignment")
class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "enrolment_id", nullable = false)
    Long enrolmentId;
    @Column(nullable = false)
    String username;
    @Column(nullable = false)
    String name;
    @Column(name = "care_level", nullable = false)
    int level;
    @Column(name = "assigned_at", nullable = false)
    Instant assignedAt;
    @Column(name = "assigned_by", nullable = false)
    String assignedBy;
    String reason;
    @Column(name = "ended_at")
    Instant endedAt;

    protected Assignment() {}

    Assignment(Long enrolmentId, String username, String name, int level, Instant assignedAt, String assignedBy,
            String reason) {
        this.enrolmentId = enrolmentId;
        this.username = username;
        this.name = name;
        this.level = level;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.reason = reason;
    }
}
