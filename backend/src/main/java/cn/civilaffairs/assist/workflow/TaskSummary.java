package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/**
 * {@code dueProvisionalYear}: the due date lies in a year whose State Council holiday notice is
 * not loaded, so it was counted from weekends only (暂定); null when the due date is final.
 * {@code taskKey}: the step (BPMN task id), what the type filter takes. {@code assigneeName}: the
 * assignee's display name (the username {@code assignee} is for comparisons only, never shown).
 * {@code detail}: what tells the task apart from others about the same person (an order's service item).
 */
public record TaskSummary(String id, String name, String processDefinitionName, @MayBeNull String businessKey,
        @MayBeNull String assignee, Instant created, @MayBeNull Instant due, boolean overdue,
        @MayBeNull String recipientName, @MayBeNull String orgName, @MayBeNull Integer dueProvisionalYear,
        @MayBeNull String taskKey, @MayBeNull String assigneeName, @MayBeNull String detail) {}
