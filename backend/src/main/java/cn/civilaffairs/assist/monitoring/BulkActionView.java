package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/** One recorded bulk action, for the list of what was done. */
public record BulkActionView(long id, BulkActionKind kind, String actorName, Instant at, int count,
        @MayBeNull String assigneeName) {}
