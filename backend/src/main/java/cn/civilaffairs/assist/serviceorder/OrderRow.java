package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record OrderRow(String orderNo, String caseNo, String recipientName, String villageCode, String villageName,
        String itemCode, String itemName, @MayBeNull String unit, @MayBeNull BigDecimal unitPrice,
        @MayBeNull String providerCode, @MayBeNull String providerName,
        @Schema(implementation = OrderStatus.class) String status, @MayBeNull Instant offeredAt,
        @MayBeNull Instant respondBy, @MayBeNull Instant acceptedAt, boolean registered, String cardNoMasked,
        @MayBeNull LocalDate cardValidTo, @MayBeNull String taskId) {}
