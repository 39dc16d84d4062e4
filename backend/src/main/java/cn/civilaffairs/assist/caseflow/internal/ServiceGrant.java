package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.GrantStatus;
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
public class ServiceGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;
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

    public ServiceGrant(Long caseId, String itemCode, String grantedBy, Instant at) {
        this.caseId = caseId;
        this.itemCode = itemCode;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
        this.status = GrantStatus.GRANTED;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        this.status = GrantStatus.ACTIVE;
    }

    public void stop(String reason, Instant at) {
        this.status = GrantStatus.STOPPED;
        this.stopReason = reason;
        this.stoppedAt = at;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getItemCode() { return itemCode; }
    public GrantStatus getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getGrantedAt() { return grantedAt; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getStoppedAt() { return stoppedAt; }
    public String getStopReason() { return stopReason; }
}
