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

@Entity(name = "CareEmergency")
@Table(name = "care_emergency")
class Emergency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "org_code", nullable = false)
    String orgCode;
    @Column(nullable = false)
    String reason;
    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;
    @Column(name = "ends_on")
    LocalDate endsOn;
    @Column(name = "interval_days", nullable = false)
    int intervalDays;
    @Column(name = "warn_after_days", nullable = false)
    int warnAfterDays;
    @Column(name = "declared_by", nullable = false)
    String declaredBy;
    @Column(name = "declared_at", nullable = false)
    Instant declaredAt;
    @Column(name = "lifted_by")
    String liftedBy;
    @Column(name = "lifted_at")
    Instant liftedAt;

    protected Emergency() {}

    Emergency(String orgCode, String reason, LocalDate startsOn, LocalDate endsOn, int intervalDays,
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

    boolean activeOn(LocalDate day) {
        return liftedAt == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
