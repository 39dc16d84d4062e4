package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/**
 * One open task of the click-through list. Nullable: recipientName, link, placeName, due,
 * overdueWorkingDays (null when not overdue), assigneeName, groupName; names are display names only.
 */
public record MonitoredTask(String taskId,
        String processKey, String processName,
        String activityId, String taskName,
        @MayBeNull String businessKey, @MayBeNull String recipientName, @MayBeNull TaskLink link, @MayBeNull String placeCode, @MayBeNull String placeName,
        Instant created, @MayBeNull Instant due, @MayBeNull Integer overdueWorkingDays,
        @MayBeNull String assigneeName, @MayBeNull String groupName) {}
