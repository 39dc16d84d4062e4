package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record SpotCheckRow(long id, String month, @Schema(implementation = SpotCheckStatus.class) String status,
        @Schema(implementation = CheckMethod.class) @MayBeNull String method, @MayBeNull String note,
        @MayBeNull String checkedBy, @MayBeNull Instant checkedAt, @MayBeNull String taskId, String providerName,
        DeliveryRow delivery) {}
