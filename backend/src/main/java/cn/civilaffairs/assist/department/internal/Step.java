package cn.civilaffairs.assist.department.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a referral's history. */
@Entity(name = "DepartmentReferralStep")
@Table(name = "department_referral_step")
public class Step {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id", nullable = false)
    private Long referralId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String step;
    private String detail;

    protected Step() {}

    public Step(Long referralId, Instant occurredAt, String actor, String step, String detail) {
        this.referralId = referralId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.step = step;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Long getReferralId() { return referralId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getStep() { return step; }
    public String getDetail() { return detail; }
}
