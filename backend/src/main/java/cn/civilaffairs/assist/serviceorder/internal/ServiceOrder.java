package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.OrderStatus;
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

@Entity(name = "ServiceOrder")
@Table(name = "service_order")
public class ServiceOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_no", nullable = false)
    private String orderNo;
    @Column(name = "grant_id", nullable = false)
    private Long grantId;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "case_no", nullable = false)
    private String caseNo;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "street_code", nullable = false)
    private String streetCode;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "card_no", nullable = false)
    private String cardNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Column(name = "provider_code")
    private String providerCode;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ServiceOrder() {}

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getProcessInstanceId() { return processInstanceId; }

    public ServiceOrder(String orderNo, long grantId, long caseId, String caseNo, String villageCode, String streetCode,
            String itemCode, String cardNo, Instant at) {
        this.orderNo = orderNo;
        this.grantId = grantId;
        this.caseId = caseId;
        this.caseNo = caseNo;
        this.villageCode = villageCode;
        this.streetCode = streetCode;
        this.itemCode = itemCode;
        this.cardNo = cardNo;
        this.status = OrderStatus.UNASSIGNED;
        this.createdAt = at;
    }

    public void offer(String providerCode, long contractId, Instant at) {
        this.providerCode = providerCode;
        this.contractId = contractId;
        this.offeredAt = at;
        this.status = OrderStatus.OFFERED;
    }

    public void unassigned() {
        this.providerCode = null;
        this.contractId = null;
        this.offeredAt = null;
        this.status = OrderStatus.UNASSIGNED;
    }

    public void accept(Instant at, LocalDate on) {
        this.acceptedAt = at;
        this.acceptedOn = on;
        this.status = OrderStatus.ACCEPTED;
    }

    public void register(Instant at) {
        if (registeredAt == null) {
            this.registeredAt = at;
        }
    }

    public void end(OrderStatus how, LocalDate on, String reason) {
        this.status = how;
        this.endedOn = on;
        this.endReason = reason;
    }

    public boolean isOpen() {
        return status != OrderStatus.STOPPED && status != OrderStatus.EXPIRED;
    }

    public Long getId() { return id; }
    public String getOrderNo() { return orderNo; }
    Long getGrantId() { return grantId; }
    public Long getCaseId() { return caseId; }
    public String getCaseNo() { return caseNo; }
    public String getVillageCode() { return villageCode; }
    public String getStreetCode() { return streetCode; }
    public String getItemCode() { return itemCode; }
    public String getCardNo() { return cardNo; }
    public OrderStatus getStatus() { return status; }
    public String getProviderCode() { return providerCode; }
    public Long getContractId() { return contractId; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public Instant getRegisteredAt() { return registeredAt; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
}
