package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ApprovalEntry(int round, @Schema(implementation = ReviewAction.class) String action, @MayBeNull String comment,
        String actor, @MayBeNull String actorName, Instant at) {}
