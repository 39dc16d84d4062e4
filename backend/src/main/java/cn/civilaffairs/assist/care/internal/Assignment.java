package cn.civilaffairs.assist.care.internal;

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
public class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private String name;
    @Column(name = "care_level", nullable = false)
    private int level;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;
    private String reason;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Assignment() {}

    public Assignment(Long enrolmentId, String username, String name, int level, Instant assignedAt, String assignedBy,
            String reason) {
        this.enrolmentId = enrolmentId;
        this.username = username;
        this.name = name;
        this.level = level;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.reason = reason;
    }

    public void end(Instant at) {
        this.endedAt = at;
    }

    public String getUsername() { return username; }
    public String getName() { return name; }
    public int getLevel() { return level; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getAssignedBy() { return assignedBy; }
    public String getReason() { return reason; }
    public Instant getEndedAt() { return endedAt; }
}
