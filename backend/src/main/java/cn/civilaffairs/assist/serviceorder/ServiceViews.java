package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the purchased-services API answers (docs/services-api.md); records only, never entities. */
final class ServiceViews {
    private ServiceViews() {}

    record Area(String code, String name) {}

    record ContractItem(String itemCode, String itemName, String unit, BigDecimal unitPrice) {}

    record ContractView(long id, String contractNo, String providerCode, String providerName, LocalDate validFrom,
            LocalDate validTo, List<Area> areas, List<ContractItem> items) {}

    record ProviderRow(String code, String name, long activeOrders, long failedChecks) {}

    record OrderRow(String orderNo, String caseNo, String recipientName, String villageCode, String villageName,
            String itemCode, String itemName, String unit, BigDecimal unitPrice, String providerCode,
            String providerName, String status, Instant offeredAt, Instant respondBy, Instant acceptedAt,
            boolean registered, String cardNoMasked, LocalDate cardValidTo, String taskId) {}

    record OrderEventView(Instant at, String actor, String type, String detail) {}

    record OrderView(@JsonUnwrapped OrderRow row, String address, String phone, List<OrderEventView> history,
            List<DeliveryRow> deliveries) {}

    record Candidate(String providerCode, String providerName, String contractNo, BigDecimal unitPrice) {}

    record DeliveryRow(long id, String orderNo, String recipientName, String villageName, String itemCode,
            String itemName, LocalDate serviceDate, String startTime, String endTime, int minutes,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String staff, String staffName, String notes,
            boolean hasPhoto, String status, Instant confirmedAt, String confirmMethod, String confirmedBy,
            boolean flagged, String flagReason, String statementNo) {}


    record Today(List<OrderRow> orders, List<DeliveryRow> deliveries) {}

    record SpotCheckRow(long id, String month, String status, String method, String note, String checkedBy,
            Instant checkedAt, String taskId, String providerName, DeliveryRow delivery) {}

    record Standards(int minServices, int minMinutesEach, BigDecimal minAmount, BigDecimal disabledElderlyAmount,
            int warnDaysBeforeMonthEnd) {}

    record StandardWarningRow(long id, String month, String caseNo, String recipientName, String villageName,
            int services, int qualifyingServices, BigDecimal amount, BigDecimal requiredAmount, List<String> reasons,
            Instant raisedAt) {}

    record StatementRow(String statementNo, String kind, String partyCode, String partyName, String streetCode,
            String streetName, String month, String status, int lineCount, BigDecimal totalAmount,
            Instant submittedAt, Instant approvedAt, String approvedBy, String approvalComment, String taskId,
            int supplementNo, int deductionCount, BigDecimal deductionAmount) {}

    /**
     * One line: care settled ({@code SERVICE}), or a deduction ({@code DEDUCTION}, negative amount)
     * of a delivery paid on an approved statement ({@code originalStatementNo}) that failed its spot
     * check afterwards; {@code month} is the month the care was recorded for, {@code reason} why it is deducted.
     */
    record StatementLine(LocalDate date, String recipientName, String itemName, String startTime, String endTime,
            int minutes, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String staffName,
            String confirmMethod, String type, Long deliveryId, String month, String reason,
            String originalStatementNo) {}

    record StatementView(StatementRow statement, List<StatementLine> lines) {}

    record HelperRow(long id, String name, String phoneMasked, String villageCode, String villageName,
            LocalDate trainedOn, boolean active, long aidThisMonth) {}

    record AidRow(long id, long helperId, String helperName, String caseNo, String recipientName, LocalDate aidDate,
            int minutes, String content, String statementNo) {}

    record TaskSubjectView(String formKey, OrderView order, SpotCheckRow spotCheck, StatementView statement) {}
}
