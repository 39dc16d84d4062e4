package cn.civilaffairs.assist.monitoring;

import java.time.Instant;

/**
 * One open task of the click-through list. Nullable: recipientName, link, placeName, due,
 * overdueWorkingDays (null when not overdue), assigneeName, groupName; names are display names only.
 */
public record MonitoredTask(String taskId,
        String processKey, String processName,
        String activityId, String taskName,
        String businessKey, String recipientName, TaskLink link, String placeCode, String placeName,
        Instant created, Instant due, Integer overdueWorkingDays,
        String assigneeName, String groupName) {}
