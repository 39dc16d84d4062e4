package cn.civilaffairs.assist.serviceorder;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record OrderRow(String orderNo, String caseNo, String recipientName, String villageCode, String villageName,
        String itemCode, String itemName, String unit, BigDecimal unitPrice, String providerCode,
        String providerName, @Schema(implementation = OrderStatus.class) String status, Instant offeredAt,
        Instant respondBy, Instant acceptedAt,
        boolean registered, String cardNoMasked, LocalDate cardValidTo, String taskId) {}
