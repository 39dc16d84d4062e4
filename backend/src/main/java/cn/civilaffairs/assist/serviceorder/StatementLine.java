package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line: care settled ({@code SERVICE}), or a deduction ({@code DEDUCTION}, negative amount)
 * of a delivery paid on an approved statement ({@code originalStatementNo}) that failed its spot
 * check afterwards; {@code month} is the month the care was recorded for, {@code reason} why it is deducted.
 */
record StatementLine(LocalDate date, String recipientName, String itemName, @MayBeNull String startTime,
        @MayBeNull String endTime, int minutes, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
        String staffName, @Schema(implementation = ConfirmMethod.class) @MayBeNull String confirmMethod,
        @Schema(allowableValues = {"SERVICE", "DEDUCTION"}) String type, @MayBeNull Long deliveryId, String month,
        @MayBeNull String reason, @MayBeNull String originalStatementNo) {}
