package cn.civilaffairs.assist.care.internal;

import cn.civilaffairs.assist.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A request to end a person's care monitoring (seed 003: village evaluates → township reviews → county
 * approves). {@code activeEnrolmentId} is set while it runs, so one enrolment has one at a time (unique key).
 */
@Entity
@Table(name = "care_exit")
public class CareExit {
    public static final String EVALUATING = "EVALUATING";
    public static final String REVIEWING = "REVIEWING";
    public static final String APPROVING = "APPROVING";
    public static final String APPROVED = "APPROVED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "active_enrolment_id")
    private Long activeEnrolmentId;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String status;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected CareExit() {}

    public CareExit(Long enrolmentId, String reason, String requestedBy, Instant requestedAt) {
        this.enrolmentId = enrolmentId;
        this.activeEnrolmentId = enrolmentId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = EVALUATING;
    }

    /** Moves from {@code expected} to {@code to}; another state is a 409 (a step done twice). */
    public void move(String expected, String to, Instant at) {
        if (!status.equals(expected)) {
            throw new ConflictException("该退出申请已处于其他环节，不能这样办理。");
        }
        this.status = to;
        if (APPROVED.equals(to) || WITHDRAWN.equals(to)) {
            this.activeEnrolmentId = null;
            this.decidedAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public String getReason() { return reason; }
    public String getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
