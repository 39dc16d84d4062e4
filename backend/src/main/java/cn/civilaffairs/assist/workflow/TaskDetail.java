package cn.civilaffairs.assist.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record TaskDetail(String id, String name, String processDefinitionName, String businessKey,
        String assignee, Instant created, Instant due, boolean overdue, String recipientName, String orgName,
        Integer dueProvisionalYear, String description, String processDefinitionId, String processInstanceId, String activityId,
        String formKey, List<FormFieldDto> formFields, boolean claimable, boolean assignedToMe) {}
