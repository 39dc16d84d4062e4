package cn.civilaffairs.assist.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service item granted on a case; ACTIVE once its service process runs. */
@Entity
@Table(name = "service_grant")
class ServiceGrant {
    enum Status { GRANTED, ACTIVE, STOPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;
    @Column(name = "granted_by", nullable = false)
    private String grantedBy;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "stop_reason")
    private String stopReason;

    protected ServiceGrant() {}

    ServiceGrant(Long caseId, String itemCode, String grantedBy, Instant at) {
        this.caseId = caseId;
        this.itemCode = itemCode;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
        this.status = Status.GRANTED;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        this.status = Status.ACTIVE;
    }

    void stop(String reason, Instant at) {
        this.status = Status.STOPPED;
        this.stopReason = reason;
        this.stoppedAt = at;
    }

    Long getId() { return id; }
    Long getCaseId() { return caseId; }
    String getItemCode() { return itemCode; }
    Status getStatus() { return status; }
    String getProcessInstanceId() { return processInstanceId; }
    Instant getGrantedAt() { return grantedAt; }
    String getGrantedBy() { return grantedBy; }
    Instant getStoppedAt() { return stoppedAt; }
    String getStopReason() { return stopReason; }
}
