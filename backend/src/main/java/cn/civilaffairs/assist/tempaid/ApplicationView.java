package cn.civilaffairs.assist.tempaid;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application with its timeline; {@code taskId}/{@code taskKey} name the caller's open step, if any.
 * {@code townshipLimit} is the street office's delegated amount (yuan).
 */
@Schema(name = "TemporaryAidView")
public record ApplicationView(String applicationNo, long personId, String personName, String maskedIdNumber,
        String villageCode, String villageName, AidEventType eventType, LocalDate eventOn, String eventDescription,
        BigDecimal amountRequested, AidStatus status, @MayBeNull BigDecimal amountAssessed,
        @MayBeNull BigDecimal amountGranted, @MayBeNull DecisionLevel decidedLevel, @MayBeNull String decidedByName,
        @MayBeNull Instant decidedAt, @MayBeNull String refusalReason, @MayBeNull LocalDate paidOn,
        @MayBeNull BigDecimal paidAmount, @MayBeNull PaymentMethod paymentMethod, @MayBeNull String paymentRef,
        @MayBeNull String requestedByName, Instant requestedAt, boolean fromOneDoor, BigDecimal townshipLimit,
        List<StepView> steps, @MayBeNull String taskId, @MayBeNull String taskKey) {}
