package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.MayBeNull;
import java.util.List;

/** What a bulk action did (or, on a dry run, would do): done is 0 and actionId null on a dry run. */
public record BulkActionResult(long eligible, long done, List<SkippedTask> skipped, @MayBeNull Long actionId) {}
