package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ActivityView(long id, long itemId, String recipientName, long planId, LocalDate activityDate,
        @Schema(implementation = PlanContent.class) String kind,
        String description, @MayBeNull BigDecimal amount, String recordedBy, Instant recordedAt) {}
