package cn.civilaffairs.assist.serviceorder;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record DeliveryRow(long id, String orderNo, String recipientName, String villageName, String itemCode,
        String itemName, LocalDate serviceDate, String startTime, String endTime, int minutes,
        BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String staff, String staffName, String notes,
        boolean hasPhoto, @Schema(implementation = DeliveryStatus.class) String status, Instant confirmedAt,
        @Schema(implementation = ConfirmMethod.class) String confirmMethod, String confirmedBy,
        boolean flagged, String flagReason, String statementNo) {}
