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

@Entity(name = "CareEmergency")
@Table(name = "care_emergency")
public class Emergency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "org_code", nullable = false)
    private String orgCode;
    @Column(nullable = false)
    private String reason;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "interval_days", nullable = false)
    private int intervalDays;
    @Column(name = "warn_after_days", nullable = false)
    private int warnAfterDays;
    @Column(name = "declared_by", nullable = false)
    private String declaredBy;
    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected Emergency() {}

    public Emergency(String orgCode, String reason, LocalDate startsOn, LocalDate endsOn, int intervalDays,
            int warnAfterDays, String declaredBy, Instant declaredAt) {
        this.orgCode = orgCode;
        this.reason = reason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.intervalDays = intervalDays;
        this.warnAfterDays = warnAfterDays;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public boolean activeOn(LocalDate day) {
        return liftedAt == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public void lift(String by, Instant at) {
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public Long getId() { return id; }
    public String getOrgCode() { return orgCode; }
    public String getReason() { return reason; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getIntervalDays() { return intervalDays; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getLiftedAt() { return liftedAt; }
}
