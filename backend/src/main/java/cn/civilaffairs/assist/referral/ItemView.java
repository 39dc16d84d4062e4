package cn.civilaffairs.assist.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ItemView(long id, String caseNo, String recipientName, String villageCode, String villageName, Integer age,
        Integer recipientCategory, String phone, String address, @Schema(implementation = ItemStatus.class) String status,
        String declineReason, Instant respondedAt, String respondedBy,
        @Schema(implementation = Outcome.class) String outcome,
        @Schema(implementation = OutcomeReason.class) String outcomeReason, String outcomeNote,
        Instant closedAt, String closedBy, LocalDate firstActivityOn, LocalDate lastActivityOn, int activityCount,
        Long daysToFirstActivity, Long planId) {}
