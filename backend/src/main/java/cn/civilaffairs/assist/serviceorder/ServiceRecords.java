package cn.civilaffairs.assist.serviceorder;

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

/** The purchased-services module's entities (V8__purchased_services.sql); they never leave the module. */
final class ServiceRecords {
    private ServiceRecords() {}

    enum OrderStatus { OFFERED, UNASSIGNED, ACCEPTED, STOPPED, EXPIRED }

    enum DeliveryStatus { RECORDED, CONFIRMED }

    enum ConfirmMethod { PIN, OFFICER }

    enum SpotCheckStatus { OPEN, PASSED, FAILED }

    enum CheckMethod { VISIT, PHONE }

    enum StatementKind { PROVIDER, HELPER }

    enum StatementStatus { DRAFT, SUBMITTED, APPROVED }

    @Entity(name = "ProviderStaff")
    @Table(name = "provider_staff")
    static class ProviderStaff {
        @Id
        private String username;
        @Column(name = "provider_code", nullable = false)
        private String providerCode;
        @Column(nullable = false)
        private String name;

        protected ProviderStaff() {}

        ProviderStaff(String username, String providerCode, String name) {
            this.username = username;
            this.providerCode = providerCode;
            this.name = name;
        }

        String getUsername() { return username; }
        String getProviderCode() { return providerCode; }
        String getName() { return name; }
    }

    @Entity(name = "Contract")
    @Table(name = "provider_contract")
    static class Contract {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "contract_no", nullable = false)
        private String contractNo;
        @Column(name = "provider_code", nullable = false)
        private String providerCode;
        @Column(name = "valid_from", nullable = false)
        private LocalDate validFrom;
        @Column(name = "valid_to", nullable = false)
        private LocalDate validTo;
        @Column(name = "created_at", nullable = false)
        private Instant createdAt;
        @Column(name = "created_by", nullable = false)
        private String createdBy;
        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "provider_contract_item", joinColumns = @JoinColumn(name = "contract_id"))
        @MapKeyColumn(name = "item_code")
        @Column(name = "unit_price")
        private Map<String, BigDecimal> prices = new HashMap<>();
        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "provider_contract_area", joinColumns = @JoinColumn(name = "contract_id"))
        @Column(name = "area_code")
        private Set<String> areas = new HashSet<>();

        protected Contract() {}

        Contract(String contractNo, String providerCode, LocalDate validFrom, LocalDate validTo,
                Map<String, BigDecimal> prices, Set<String> areas, String createdBy, Instant at) {
            this.contractNo = contractNo;
            this.providerCode = providerCode;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.prices.putAll(prices);
            this.areas.addAll(areas);
            this.createdBy = createdBy;
            this.createdAt = at;
        }

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validTo);
        }

        /** A street code covers its villages: org codes nest by prefix. */
        boolean serves(String villageCode) {
            return areas.stream().anyMatch(villageCode::startsWith);
        }

        Long getId() { return id; }
        String getContractNo() { return contractNo; }
        String getProviderCode() { return providerCode; }
        LocalDate getValidFrom() { return validFrom; }
        LocalDate getValidTo() { return validTo; }
        Map<String, BigDecimal> getPrices() { return prices; }
        Set<String> getAreas() { return areas; }
    }

    @Entity(name = "ServiceOrder")
    @Table(name = "service_order")
    static class ServiceOrder {
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

        void runsIn(String processInstanceId) {
            this.processInstanceId = processInstanceId;
        }

        String getProcessInstanceId() { return processInstanceId; }

        ServiceOrder(String orderNo, long grantId, long caseId, String caseNo, String villageCode, String streetCode,
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

        void offer(String providerCode, long contractId, Instant at) {
            this.providerCode = providerCode;
            this.contractId = contractId;
            this.offeredAt = at;
            this.status = OrderStatus.OFFERED;
        }

        void unassigned() {
            this.providerCode = null;
            this.contractId = null;
            this.offeredAt = null;
            this.status = OrderStatus.UNASSIGNED;
        }

        void accept(Instant at, LocalDate on) {
            this.acceptedAt = at;
            this.acceptedOn = on;
            this.status = OrderStatus.ACCEPTED;
        }

        void register(Instant at) {
            if (registeredAt == null) {
                this.registeredAt = at;
            }
        }

        void end(OrderStatus how, LocalDate on, String reason) {
            this.status = how;
            this.endedOn = on;
            this.endReason = reason;
        }

        boolean isOpen() {
            return status != OrderStatus.STOPPED && status != OrderStatus.EXPIRED;
        }

        Long getId() { return id; }
        String getOrderNo() { return orderNo; }
        Long getGrantId() { return grantId; }
        Long getCaseId() { return caseId; }
        String getCaseNo() { return caseNo; }
        String getVillageCode() { return villageCode; }
        String getStreetCode() { return streetCode; }
        String getItemCode() { return itemCode; }
        String getCardNo() { return cardNo; }
        OrderStatus getStatus() { return status; }
        String getProviderCode() { return providerCode; }
        Long getContractId() { return contractId; }
        Instant getOfferedAt() { return offeredAt; }
        Instant getAcceptedAt() { return acceptedAt; }
        LocalDate getAcceptedOn() { return acceptedOn; }
        Instant getRegisteredAt() { return registeredAt; }
        LocalDate getEndedOn() { return endedOn; }
        String getEndReason() { return endReason; }
    }

    @Entity(name = "OrderEvent")
    @Table(name = "service_order_event")
    static class OrderEvent {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "order_id", nullable = false)
        private Long orderId;
        @Column(nullable = false)
        private Instant at;
        @Column(nullable = false)
        private String actor;
        @Column(name = "event_type", nullable = false)
        private String type;
        @Column(name = "provider_code")
        private String providerCode;
        private String detail;

        protected OrderEvent() {}

        OrderEvent(long orderId, Instant at, String actor, String type, String providerCode, String detail) {
            this.orderId = orderId;
            this.at = at;
            this.actor = actor;
            this.type = type;
            this.providerCode = providerCode;
            // The column holds 500; a reason of the full allowed length plus its label must still fit.
            this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        }

        Long getOrderId() { return orderId; }
        Instant getAt() { return at; }
        String getActor() { return actor; }
        String getType() { return type; }
        String getProviderCode() { return providerCode; }
        String getDetail() { return detail; }
    }

    @Entity(name = "Delivery")
    @Table(name = "service_delivery")
    static class Delivery {
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

        Delivery(ServiceOrder order, String staffUsername, LocalDate serviceDate, LocalTime startTime,
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

        void attachPhoto(String key, String type) {
            this.photoKey = key;
            this.photoType = type;
        }

        void flag(String reason) {
            this.flagged = true;
            this.flagReason = reason;
        }

        Long getId() { return id; }
        Long getOrderId() { return orderId; }
        String getProviderCode() { return providerCode; }
        String getStreetCode() { return streetCode; }
        String getVillageCode() { return villageCode; }
        Long getCaseId() { return caseId; }
        String getItemCode() { return itemCode; }
        String getStaffUsername() { return staffUsername; }
        LocalDate getServiceDate() { return serviceDate; }
        LocalTime getStartTime() { return startTime; }
        LocalTime getEndTime() { return endTime; }
        int getMinutes() { return minutes; }
        BigDecimal getQuantity() { return quantity; }
        BigDecimal getUnitPrice() { return unitPrice; }
        BigDecimal getAmount() { return amount; }
        String getNotes() { return notes; }
        String getPhotoKey() { return photoKey; }
        String getPhotoType() { return photoType; }
        DeliveryStatus getStatus() { return status; }
        Instant getConfirmedAt() { return confirmedAt; }
        ConfirmMethod getConfirmMethod() { return confirmMethod; }
        String getConfirmedBy() { return confirmedBy; }
        boolean isFlagged() { return flagged; }
        String getFlagReason() { return flagReason; }
        Long getStatementId() { return statementId; }
        Long getDeductedOnStatementId() { return deductedOnStatementId; }
    }

    @Entity(name = "SpotCheck")
    @Table(name = "spot_check")
    static class SpotCheck {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "delivery_id", nullable = false)
        private Long deliveryId;
        @Column(name = "provider_code", nullable = false)
        private String providerCode;
        @Column(name = "village_code", nullable = false)
        private String villageCode;
        @Column(name = "check_month", nullable = false)
        private String month;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private SpotCheckStatus status;
        @Enumerated(EnumType.STRING)
        @Column(name = "check_method")
        private CheckMethod method;
        private String note;
        @Column(name = "checked_by")
        private String checkedBy;
        @Column(name = "checked_at")
        private Instant checkedAt;
        @Column(name = "process_instance_id")
        private String processInstanceId;

        protected SpotCheck() {}

        SpotCheck(Delivery d, String month) {
            this.deliveryId = d.getId();
            this.providerCode = d.getProviderCode();
            this.villageCode = d.getVillageCode();
            this.month = month;
            this.status = SpotCheckStatus.OPEN;
        }

        void started(String processInstanceId) {
            this.processInstanceId = processInstanceId;
        }

        void result(boolean passed, CheckMethod method, String note, String by, Instant at) {
            this.status = passed ? SpotCheckStatus.PASSED : SpotCheckStatus.FAILED;
            this.method = method;
            this.note = note;
            this.checkedBy = by;
            this.checkedAt = at;
        }

        Long getId() { return id; }
        Long getDeliveryId() { return deliveryId; }
        String getProviderCode() { return providerCode; }
        String getVillageCode() { return villageCode; }
        String getMonth() { return month; }
        SpotCheckStatus getStatus() { return status; }
        CheckMethod getMethod() { return method; }
        String getNote() { return note; }
        String getCheckedBy() { return checkedBy; }
        Instant getCheckedAt() { return checkedAt; }
        String getProcessInstanceId() { return processInstanceId; }
    }

    @Entity(name = "StandardWarning")
    @Table(name = "standard_warning")
    static class StandardWarning {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "warn_month", nullable = false)
        private String month;
        @Column(name = "case_id", nullable = false)
        private Long caseId;
        @Column(name = "village_code", nullable = false)
        private String villageCode;
        @Column(nullable = false)
        private int services;
        @Column(nullable = false)
        private int qualifying;
        @Column(nullable = false)
        private BigDecimal amount;
        @Column(name = "required_amount", nullable = false)
        private BigDecimal requiredAmount;
        @Column(nullable = false)
        private String reasons;
        @Column(name = "raised_at", nullable = false)
        private Instant raisedAt;

        protected StandardWarning() {}

        StandardWarning(String month, long caseId, String villageCode, int services, int qualifying,
                BigDecimal amount, BigDecimal requiredAmount, String reasons, Instant at) {
            this.month = month;
            this.caseId = caseId;
            this.villageCode = villageCode;
            this.services = services;
            this.qualifying = qualifying;
            this.amount = amount;
            this.requiredAmount = requiredAmount;
            this.reasons = reasons;
            this.raisedAt = at;
        }

        Long getId() { return id; }
        String getMonth() { return month; }
        Long getCaseId() { return caseId; }
        String getVillageCode() { return villageCode; }
        int getServices() { return services; }
        int getQualifying() { return qualifying; }
        BigDecimal getAmount() { return amount; }
        BigDecimal getRequiredAmount() { return requiredAmount; }
        String getReasons() { return reasons; }
        Instant getRaisedAt() { return raisedAt; }
    }

    @Entity(name = "Statement")
    @Table(name = "settlement_statement")
    static class Statement {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "statement_no", nullable = false)
        private String statementNo;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private StatementKind kind;
        @Column(name = "party_code", nullable = false)
        private String partyCode;
        @Column(name = "street_code", nullable = false)
        private String streetCode;
        @Column(name = "stmt_month", nullable = false)
        private String month;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private StatementStatus status;
        @Column(name = "line_count", nullable = false)
        private int lineCount;
        @Column(name = "total_amount", nullable = false)
        private BigDecimal totalAmount;
        @Column(name = "built_at", nullable = false)
        private Instant builtAt;
        @Column(name = "submitted_at")
        private Instant submittedAt;
        @Column(name = "submitted_by")
        private String submittedBy;
        @Column(name = "approved_at")
        private Instant approvedAt;
        @Column(name = "approved_by")
        private String approvedBy;
        @Column(name = "review_comment")
        private String reviewComment;
        @Column(name = "supplement_no", nullable = false)
        private int supplementNo;
        @Column(name = "deduction_count", nullable = false)
        private int deductionCount;
        @Column(name = "deduction_amount", nullable = false)
        private BigDecimal deductionAmount;
        @Version
        private long version;

        protected Statement() {}

        Statement(String statementNo, StatementKind kind, String partyCode, String streetCode, String month,
                int supplementNo, Instant at) {
            this.statementNo = statementNo;
            this.supplementNo = supplementNo;
            this.deductionAmount = BigDecimal.ZERO;
            this.kind = kind;
            this.partyCode = partyCode;
            this.streetCode = streetCode;
            this.month = month;
            this.status = StatementStatus.DRAFT;
            this.totalAmount = BigDecimal.ZERO;
            this.builtAt = at;
        }

        /** Line count and total include the deductions; the total is the net amount (may be below zero). */
        void totals(int lineCount, BigDecimal total, int deductionCount, BigDecimal deductionAmount, Instant at) {
            this.lineCount = lineCount;
            this.totalAmount = total;
            this.deductionCount = deductionCount;
            this.deductionAmount = deductionAmount;
            this.builtAt = at;
        }

        void submit(String by, Instant at) {
            this.status = StatementStatus.SUBMITTED;
            this.submittedBy = by;
            this.submittedAt = at;
        }

        void approve(String by, Instant at, String comment) {
            this.status = StatementStatus.APPROVED;
            this.approvedBy = by;
            this.approvedAt = at;
            this.reviewComment = comment;
        }

        void returnForRevision(String comment) {
            this.status = StatementStatus.DRAFT;
            this.reviewComment = comment;
        }

        Long getId() { return id; }
        String getStatementNo() { return statementNo; }
        StatementKind getKind() { return kind; }
        String getPartyCode() { return partyCode; }
        String getStreetCode() { return streetCode; }
        String getMonth() { return month; }
        StatementStatus getStatus() { return status; }
        int getLineCount() { return lineCount; }
        BigDecimal getTotalAmount() { return totalAmount; }
        Instant getSubmittedAt() { return submittedAt; }
        String getSubmittedBy() { return submittedBy; }
        Instant getApprovedAt() { return approvedAt; }
        String getApprovedBy() { return approvedBy; }
        String getReviewComment() { return reviewComment; }
        int getSupplementNo() { return supplementNo; }
        int getDeductionCount() { return deductionCount; }
        BigDecimal getDeductionAmount() { return deductionAmount; }
    }

    @Entity(name = "Helper")
    @Table(name = "neighbour_helper")
    static class Helper {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(nullable = false)
        private String name;
        @Column(name = "id_number", nullable = false)
        private String idNumber;
        @Column(nullable = false)
        private String phone;
        @Column(name = "village_code", nullable = false)
        private String villageCode;
        @Column(name = "trained_on")
        private LocalDate trainedOn;
        @Column(nullable = false)
        private boolean active;
        @Column(name = "created_at", nullable = false)
        private Instant createdAt;
        @Column(name = "created_by", nullable = false)
        private String createdBy;

        protected Helper() {}

        Helper(String name, String idNumber, String phone, String villageCode, LocalDate trainedOn, String by,
                Instant at) {
            this.name = name;
            this.idNumber = idNumber;
            this.phone = phone;
            this.villageCode = villageCode;
            this.trainedOn = trainedOn;
            this.active = true;
            this.createdBy = by;
            this.createdAt = at;
        }

        Long getId() { return id; }
        String getName() { return name; }
        String getIdNumber() { return idNumber; }
        String getPhone() { return phone; }
        String getVillageCode() { return villageCode; }
        LocalDate getTrainedOn() { return trainedOn; }
        boolean isActive() { return active; }
    }

    @Entity(name = "Aid")
    @Table(name = "neighbour_aid")
    static class Aid {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "helper_id", nullable = false)
        private Long helperId;
        @Column(name = "case_id", nullable = false)
        private Long caseId;
        @Column(name = "village_code", nullable = false)
        private String villageCode;
        @Column(name = "aid_date", nullable = false)
        private LocalDate aidDate;
        @Column(nullable = false)
        private int minutes;
        @Column(nullable = false)
        private String content;
        @Column(nullable = false)
        private BigDecimal amount;
        @Column(name = "statement_id")
        private Long statementId;
        @Column(name = "recorded_by", nullable = false)
        private String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        private Instant recordedAt;

        protected Aid() {}

        Aid(long helperId, long caseId, String villageCode, LocalDate aidDate, int minutes, String content,
                BigDecimal amount, String by, Instant at) {
            this.helperId = helperId;
            this.caseId = caseId;
            this.villageCode = villageCode;
            this.aidDate = aidDate;
            this.minutes = minutes;
            this.content = content;
            this.amount = amount;
            this.recordedBy = by;
            this.recordedAt = at;
        }

        void onStatement(Long statementId) {
            this.statementId = statementId;
        }

        Long getId() { return id; }
        Long getHelperId() { return helperId; }
        Long getCaseId() { return caseId; }
        String getVillageCode() { return villageCode; }
        LocalDate getAidDate() { return aidDate; }
        int getMinutes() { return minutes; }
        String getContent() { return content; }
        BigDecimal getAmount() { return amount; }
        Long getStatementId() { return statementId; }
        String getRecordedBy() { return recordedBy; }
    }
}
