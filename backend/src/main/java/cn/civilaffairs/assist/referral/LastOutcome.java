package cn.civilaffairs.assist.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record LastOutcome(String batchNo, @Schema(implementation = Outcome.class) String outcome,
        @Schema(implementation = OutcomeReason.class) String outcomeReason, Instant closedAt) {}
