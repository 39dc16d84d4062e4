package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CareWarningView") // unique in the OpenAPI document; referral has a WarningView too
public record WarningView(long id, WarningKind kind, int stage, LocalDate raisedOn, @MayBeNull Integer gapDays,
        @MayBeNull Instant resolvedAt) {}
