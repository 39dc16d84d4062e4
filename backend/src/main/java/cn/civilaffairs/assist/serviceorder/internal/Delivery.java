package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.ConfirmMethod;
import cn.civilaffairs.assist.serviceorder.DeliveryStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@Entity(name = "Delivery")
@Table(name = "service_delivery")
public class Delivery {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id", nullable = false)
    private Long orderId;
    @Column(name = "provider_code", nullable = false)
    private String providerCode;
    @Column(name = "street_code", nullable = false)
    private String streetCode;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "staff_username", nullable = false)
    private String staffUsername;
    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(nullable = false)
    private BigDecimal amount;
    private String notes;
    @Column(name = "photo_key")
    private String photoKey;
    @Column(name = "photo_type")
    private String photoType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "confirm_method")
    private ConfirmMethod confirmMethod;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(nullable = false)
    private boolean flagged;
    @Column(name = "flag_reason")
    private String flagReason;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "deducted_on_statement_id")
    private Long deductedOnStatementId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Delivery() {}

    public Delivery(ServiceOrder order, String staffUsername, LocalDate serviceDate, LocalTime startTime,
            LocalTime endTime, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String notes,
            Instant at) {
        this.orderId = order.getId();
        this.providerCode = order.getProviderCode();
        this.streetCode = order.getStreetCode();
        this.villageCode = order.getVillageCode();
        this.caseId = order.getCaseId();
        this.itemCode = order.getItemCode();
        this.staffUsername = staffUsername;
        this.serviceDate = serviceDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.minutes = (int) java.time.Duration.between(startTime, endTime).toMinutes();
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.notes = notes;
        this.status = DeliveryStatus.RECORDED;
        this.createdAt = at;
    }

    public void attachPhoto(String key, String type) {
        this.photoKey = key;
        this.photoType = type;
    }

    public void flag(String reason) {
        this.flagged = true;
        this.flagReason = reason;
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public String getProviderCode() { return providerCode; }
    public String getStreetCode() { return streetCode; }
    public String getVillageCode() { return villageCode; }
    public Long getCaseId() { return caseId; }
    public String getItemCode() { return itemCode; }
    public String getStaffUsername() { return staffUsername; }
    public LocalDate getServiceDate() { return serviceDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public int getMinutes() { return minutes; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getAmount() { return amount; }
    public String getNotes() { return notes; }
    public String getPhotoKey() { return photoKey; }
    public String getPhotoType() { return photoType; }
    public DeliveryStatus getStatus() { return status; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public ConfirmMethod getConfirmMethod() { return confirmMethod; }
    public String getConfirmedBy() { return confirmedBy; }
    public boolean isFlagged() { return flagged; }
    public String getFlagReason() { return flagReason; }
    public Long getStatementId() { return statementId; }
    Long getDeductedOnStatementId() { return deductedOnStatementId; }
}
