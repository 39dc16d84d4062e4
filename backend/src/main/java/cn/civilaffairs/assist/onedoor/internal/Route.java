package cn.civilaffairs.assist.onedoor.internal;

import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.onedoor.RouteStatus;
import cn.civilaffairs.assist.onedoor.RouteType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** 救助路径: one route of an intake, from the rules' proposal to its outcome. */
@Entity(name = "OneDoorRoute")
@Table(name = "onedoor_route")
public class Route {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id", nullable = false)
    private Long intakeId;
    @Column(name = "need_id", nullable = false)
    private Long needId;
    @Enumerated(EnumType.STRING)
    @Column(name = "route_type", nullable = false)
    private RouteType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "department_kind")
    private DepartmentKind departmentKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RouteStatus status;
    @Column(nullable = false)
    private boolean proposed;
    @Column(name = "ref_no")
    private String refNo;
    private String outcome;
    @Column(name = "outcome_text")
    private String outcomeText;
    @Column(name = "amount_requested")
    private BigDecimal amountRequested;
    @Column(name = "amount_granted")
    private BigDecimal amountGranted;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private long version;

    protected Route() {}

    public Route(long intakeId, long needId, RouteType type, DepartmentKind departmentKind, boolean proposed) {
        this.intakeId = intakeId;
        this.needId = needId;
        this.type = type;
        this.departmentKind = departmentKind;
        this.proposed = proposed;
        this.status = proposed ? RouteStatus.PROPOSED : RouteStatus.OPEN;
    }

    public void keep() {
        this.status = RouteStatus.OPEN;
    }

    public void drop() {
        this.status = RouteStatus.DROPPED;
    }

    public void raised(String refNo, BigDecimal amountRequested, Instant now) {
        this.refNo = refNo;
        this.amountRequested = amountRequested;
        this.raisedAt = now;
    }

    public void done(String outcome, String outcomeText, String refNo, BigDecimal amountGranted, String decidedBy,
            Instant now) {
        this.status = RouteStatus.DONE;
        this.outcome = outcome;
        this.outcomeText = outcomeText;
        if (refNo != null) {
            this.refNo = refNo;
        }
        this.amountGranted = amountGranted;
        this.decidedBy = decidedBy;
        this.doneAt = now;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public Long getNeedId() { return needId; }
    public RouteType getType() { return type; }
    public DepartmentKind getDepartmentKind() { return departmentKind; }
    public RouteStatus getStatus() { return status; }
    public boolean isProposed() { return proposed; }
    public String getRefNo() { return refNo; }
    public String getOutcome() { return outcome; }
    public String getOutcomeText() { return outcomeText; }
    public BigDecimal getAmountRequested() { return amountRequested; }
    public BigDecimal getAmountGranted() { return amountGranted; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getDoneAt() { return doneAt; }
    public String getDecidedBy() { return decidedBy; }
}
