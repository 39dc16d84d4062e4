package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record WarningView(long id, String batchNo, String charityName, long itemId, String recipientName,
        @Schema(implementation = WarningReason.class) String reason, String detail, Instant raisedAt,
        @MayBeNull Instant resolvedAt, @MayBeNull String resolvedBy, @MayBeNull String resolution) {}
