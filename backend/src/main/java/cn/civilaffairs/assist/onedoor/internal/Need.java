package cn.civilaffairs.assist.onedoor.internal;

import cn.civilaffairs.assist.onedoor.NeedType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One hardship of an intake with the facts the routing rules read. */
@Entity(name = "OneDoorNeed")
@Table(name = "onedoor_need")
public class Need {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_id", nullable = false)
    private Long intakeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_type", nullable = false)
    private NeedType type;
    @Column(nullable = false)
    private String description;
    @Column(name = "event_on")
    private LocalDate eventOn;
    private BigDecimal amount;
    @Column(name = "living_at_risk", nullable = false)
    private boolean livingAtRisk;

    protected Need() {}

    public Need(long intakeId, NeedType type, String description, LocalDate eventOn, BigDecimal amount,
            boolean livingAtRisk) {
        this.intakeId = intakeId;
        this.type = type;
        this.description = description;
        this.eventOn = eventOn;
        this.amount = amount;
        this.livingAtRisk = livingAtRisk;
    }

    public Long getId() { return id; }
    public Long getIntakeId() { return intakeId; }
    public NeedType getType() { return type; }
    public String getDescription() { return description; }
    public LocalDate getEventOn() { return eventOn; }
    public BigDecimal getAmount() { return amount; }
    public boolean isLivingAtRisk() { return livingAtRisk; }
}
