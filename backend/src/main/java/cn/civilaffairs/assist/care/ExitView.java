package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/**
 * The person's latest exit request: status EVALUATING (village), REVIEWING (township), APPROVING (county),
 * APPROVED (monitoring ended) or WITHDRAWN (the village did not agree).
 */
public record ExitView(long id, String status, String reason, @MayBeNull String requestedByName, Instant requestedAt,
        @MayBeNull Instant decidedAt) {}
