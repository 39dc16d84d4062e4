package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ItemView(long id, @MayBeNull String caseNo, String recipientName, String villageCode, String villageName,
        @MayBeNull Integer age, @MayBeNull Integer recipientCategory, @MayBeNull String phone,
        @MayBeNull String address, @Schema(implementation = ItemStatus.class) String status,
        @MayBeNull String declineReason, @MayBeNull Instant respondedAt, @MayBeNull String respondedBy,
        @Schema(implementation = Outcome.class) @MayBeNull String outcome,
        @Schema(implementation = OutcomeReason.class) @MayBeNull String outcomeReason, @MayBeNull String outcomeNote,
        @MayBeNull Instant closedAt, @MayBeNull String closedBy, @MayBeNull LocalDate firstActivityOn,
        @MayBeNull LocalDate lastActivityOn, int activityCount, @MayBeNull Long daysToFirstActivity,
        @MayBeNull Long planId) {}
