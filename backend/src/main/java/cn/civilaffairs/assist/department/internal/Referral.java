package cn.civilaffairs.assist.department.internal;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.department.DepartmentReferralStatus;
import cn.civilaffairs.assist.department.ReferralSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One matter of one person referred to one department; the referral number is the process business key. */
@Entity(name = "DepartmentReferral")
@Table(name = "department_referral")
public class Referral {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_no", nullable = false, unique = true)
    private String referralNo;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;
    @Column(nullable = false)
    private String matter;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;
    @Column(name = "source_ref")
    private String sourceRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentReferralStatus status;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(nullable = false)
    private boolean overdue;
    @Column(name = "closed_at")
    private Instant closedAt;
    private String summary;
    @Version
    private long version;

    protected Referral() {}

    public Referral(String referralNo, long personId, String villageCode, String departmentCode, DepartmentKind kind,
            String matter, ReferralSource source, String sourceRef, String requestedBy, Instant requestedAt) {
        this.referralNo = referralNo;
        this.personId = personId;
        this.villageCode = villageCode;
        this.departmentCode = departmentCode;
        this.kind = kind;
        this.matter = matter;
        this.source = source;
        this.sourceRef = sourceRef;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = DepartmentReferralStatus.REQUESTED;
    }

    public void accept(Instant at, LocalDate dueOn) {
        require(DepartmentReferralStatus.REQUESTED);
        this.status = DepartmentReferralStatus.ACCEPTED;
        this.acceptedAt = at;
        this.dueOn = dueOn;
    }

    public void returnIt(String reason, Instant at) {
        require(DepartmentReferralStatus.REQUESTED);
        close(DepartmentReferralStatus.RETURNED, reason, at);
    }

    public void answer(boolean resolved, String summary, Instant at) {
        require(DepartmentReferralStatus.ACCEPTED);
        close(resolved ? DepartmentReferralStatus.RESOLVED : DepartmentReferralStatus.NOT_RESOLVED, summary, at);
    }

    /** @return false if it was already marked (a retried timer job) or has ended */
    public boolean markOverdue() {
        if (overdue || status != DepartmentReferralStatus.ACCEPTED) {
            return false;
        }
        overdue = true;
        return true;
    }

    /** A new due day (provisional working-day calendar replaced by the real one). */
    public void moveDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    private void close(DepartmentReferralStatus to, String summary, Instant at) {
        this.status = to;
        this.summary = summary;
        this.closedAt = at;
    }

    private void require(DepartmentReferralStatus expected) {
        if (status != expected) {
            throw new ConflictException("该转办已" + (status.isClosed() ? "办结" : "受理") + "，不能再这样办理。");
        }
    }

    public Long getId() { return id; }
    public String getReferralNo() { return referralNo; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public String getStreetCode() { return villageCode.substring(0, Math.min(9, villageCode.length())); }
    public String getDistrictCode() { return villageCode.substring(0, Math.min(6, villageCode.length())); }
    public String getDepartmentCode() { return departmentCode; }
    public DepartmentKind getKind() { return kind; }
    public String getMatter() { return matter; }
    public ReferralSource getSource() { return source; }
    public String getSourceRef() { return sourceRef; }
    public DepartmentReferralStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isOverdue() { return overdue; }
    public Instant getClosedAt() { return closedAt; }
    public String getSummary() { return summary; }
}
