package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code dueProvisionalYear}: the due date lies in a year whose State Council holiday notice is
 * not loaded, so it was counted from weekends only (暂定); null when the due date is final.
 */
public record TaskSummary(String id, String name, String processDefinitionName, @MayBeNull String businessKey,
        @MayBeNull String assignee, Instant created, @MayBeNull Instant due, boolean overdue,
        @MayBeNull String recipientName, @MayBeNull String orgName, @MayBeNull Integer dueProvisionalYear) {}
