package cn.civilaffairs.assist.tempaid.internal;

import cn.civilaffairs.assist.tempaid.AidEventType;
import cn.civilaffairs.assist.tempaid.AidStatus;
import cn.civilaffairs.assist.tempaid.DecisionLevel;
import cn.civilaffairs.assist.tempaid.PaymentMethod;
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
import java.time.LocalDate;

/** One temporary-assistance application (临时救助申请): one event of one person. */
@Entity(name = "TempAidApplication")
@Table(name = "temp_aid_application")
public class Application {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_no", nullable = false)
    private String applicationNo;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "street_code", nullable = false)
    private String streetCode;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private AidEventType eventType;
    @Column(name = "event_on", nullable = false)
    private LocalDate eventOn;
    @Column(name = "event_description", nullable = false)
    private String eventDescription;
    @Column(name = "amount_requested", nullable = false)
    private BigDecimal amountRequested;
    @Column(name = "source_ref")
    private String sourceRef;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidStatus status;
    @Column(name = "amount_assessed")
    private BigDecimal amountAssessed;
    @Column(name = "amount_granted")
    private BigDecimal amountGranted;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_level")
    private DecisionLevel decidedLevel;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_amount")
    private BigDecimal paidAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;
    @Column(name = "payment_ref")
    private String paymentRef;
    @Column(name = "paid_by")
    private String paidBy;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "event_key")
    private String eventKey;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected Application() {}

    public Application(String applicationNo, long personId, String villageCode, String streetCode, String districtCode,
            AidEventType eventType, LocalDate eventOn, String eventDescription, BigDecimal amountRequested,
            String sourceRef, String requestedBy, Instant requestedAt) {
        this.applicationNo = applicationNo;
        this.personId = personId;
        this.villageCode = villageCode;
        this.streetCode = streetCode;
        this.districtCode = districtCode;
        this.eventType = eventType;
        this.eventOn = eventOn;
        this.eventDescription = eventDescription;
        this.amountRequested = amountRequested;
        this.sourceRef = sourceRef;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = AidStatus.ASSESSING;
        this.eventKey = eventKey(personId, eventType, eventOn);
    }

    /** The same person, event type and event date is the same event (unique while open or granted). */
    public static String eventKey(long personId, AidEventType type, LocalDate on) {
        return personId + "|" + type.name() + "|" + on;
    }

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void grantByStreet(BigDecimal amount, String by, Instant at) {
        this.amountAssessed = amount;
        decide(amount, DecisionLevel.STREET, by, at);
    }

    public void refer(BigDecimal amount) {
        this.amountAssessed = amount;
        this.status = AidStatus.DISTRICT_REVIEW;
    }

    public void approveByDistrict(BigDecimal amount, String by, Instant at) {
        decide(amount, DecisionLevel.DISTRICT, by, at);
    }

    private void decide(BigDecimal amount, DecisionLevel level, String by, Instant at) {
        this.amountGranted = amount;
        this.decidedLevel = level;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = AidStatus.AWAITING_PAYMENT;
    }

    /** Refused: the event is free again for a new application. */
    public void refuse(BigDecimal assessed, DecisionLevel level, String reason, String by, Instant at) {
        if (assessed != null && this.amountAssessed == null) {
            this.amountAssessed = assessed;
        }
        this.decidedLevel = level;
        this.decidedBy = by;
        this.decidedAt = at;
        this.refusalReason = reason;
        this.status = AidStatus.REFUSED;
        this.eventKey = null;
    }

    public void pay(LocalDate on, BigDecimal amount, PaymentMethod method, String ref, String by, Instant at) {
        this.paidOn = on;
        this.paidAmount = amount;
        this.paymentMethod = method;
        this.paymentRef = ref;
        this.paidBy = by;
        this.paidAt = at;
        this.status = AidStatus.PAID;
    }

    public Long getId() { return id; }
    public String getApplicationNo() { return applicationNo; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public String getStreetCode() { return streetCode; }
    public String getDistrictCode() { return districtCode; }
    public AidEventType getEventType() { return eventType; }
    public LocalDate getEventOn() { return eventOn; }
    public String getEventDescription() { return eventDescription; }
    public BigDecimal getAmountRequested() { return amountRequested; }
    public String getSourceRef() { return sourceRef; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public AidStatus getStatus() { return status; }
    public BigDecimal getAmountAssessed() { return amountAssessed; }
    public BigDecimal getAmountGranted() { return amountGranted; }
    public DecisionLevel getDecidedLevel() { return decidedLevel; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public String getPaymentRef() { return paymentRef; }
    public String getPaidBy() { return paidBy; }
    public Instant getPaidAt() { return paidAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
