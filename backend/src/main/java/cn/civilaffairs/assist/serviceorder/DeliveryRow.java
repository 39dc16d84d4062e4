package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record DeliveryRow(long id, String orderNo, String recipientName, String villageName, String itemCode, String itemName,
        LocalDate serviceDate, String startTime, String endTime, int minutes, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal amount, String staff, String staffName, @MayBeNull String notes, boolean hasPhoto,
        @Schema(implementation = DeliveryStatus.class) String status, @MayBeNull Instant confirmedAt,
        @Schema(implementation = ConfirmMethod.class) @MayBeNull String confirmMethod, @MayBeNull String confirmedBy,
        boolean flagged, @MayBeNull String flagReason, @MayBeNull String statementNo) {}
