package cn.civilaffairs.assist.tempaid;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the application list; {@code taskId}/{@code taskKey} name the caller's open step, if any. */
@Schema(name = "TemporaryAidRow")
public record ApplicationRow(String applicationNo, long personId, String personName, String villageName,
        AidEventType eventType, LocalDate eventOn, BigDecimal amountRequested, @MayBeNull BigDecimal amountGranted,
        AidStatus status, Instant requestedAt, @MayBeNull LocalDate paidOn, @MayBeNull BigDecimal paidAmount,
        @MayBeNull String taskId, @MayBeNull String taskKey) {}
