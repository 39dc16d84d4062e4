package cn.civilaffairs.assist.tempaid.internal;

import cn.civilaffairs.assist.tempaid.StepKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of an application's timeline (request, decisions, payment, escalations), kept as history. */
@Entity(name = "TempAidStep")
@Table(name = "temp_aid_step")
public class Step {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;
    @Column(nullable = false)
    private String actor;
    @Column(name = "step_at", nullable = false)
    private Instant at;
    private BigDecimal amount;
    private String note;

    protected Step() {}

    public Step(long applicationId, StepKind kind, String actor, Instant at, BigDecimal amount, String note) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.amount = amount;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public StepKind getKind() { return kind; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public BigDecimal getAmount() { return amount; }
    public String getNote() { return note; }
}
