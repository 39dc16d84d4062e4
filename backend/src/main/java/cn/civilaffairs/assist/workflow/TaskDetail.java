package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record TaskDetail(String id, String name, String processDefinitionName, @MayBeNull String businessKey,
        @MayBeNull String assignee, Instant created, @MayBeNull Instant due, boolean overdue,
        @MayBeNull String recipientName, @MayBeNull String orgName, @MayBeNull Integer dueProvisionalYear,
        @MayBeNull String description, String processDefinitionId, String processInstanceId, String activityId,
        @MayBeNull String formKey, List<FormFieldDto> formFields, boolean claimable, boolean assignedToMe,
        @MayBeNull String assigneeName, @MayBeNull String detail) {}
