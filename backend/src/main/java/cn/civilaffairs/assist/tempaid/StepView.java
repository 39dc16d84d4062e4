package cn.civilaffairs.assist.tempaid;

import cn.civilaffairs.assist.common.MayBeNull;
import java.math.BigDecimal;
import java.time.Instant;

/** One timeline entry; {@code actorName} is null for the system. */
@io.swagger.v3.oas.annotations.media.Schema(name = "TemporaryAidStepView")
public record StepView(StepKind kind, @MayBeNull String actorName, Instant at, @MayBeNull BigDecimal amount,
        @MayBeNull String note) {}
