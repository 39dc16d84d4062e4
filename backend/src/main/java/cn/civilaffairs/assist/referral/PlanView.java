package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record PlanView(long id, @MayBeNull Long itemId, @MayBeNull String recipientName,
        @ArraySchema(schema = @Schema(implementation = PlanContent.class)) List<String> contents,
        LocalDate scheduleFrom, LocalDate scheduleTo, BigDecimal budget, String responsiblePerson,
        @MayBeNull String responsiblePhone, @MayBeNull String description, int version,
        @Schema(implementation = PlanStatus.class) String status, Instant updatedAt, String updatedBy,
        @MayBeNull Instant submittedAt, @MayBeNull Instant agreedAt, @MayBeNull String agreedBy) {}
