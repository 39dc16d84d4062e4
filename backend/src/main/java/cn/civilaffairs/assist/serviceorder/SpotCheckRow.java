package cn.civilaffairs.assist.serviceorder;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record SpotCheckRow(long id, String month, @Schema(implementation = SpotCheckStatus.class) String status,
        @Schema(implementation = CheckMethod.class) String method, String note, String checkedBy,
        Instant checkedAt, String taskId, String providerName, DeliveryRow delivery) {}
