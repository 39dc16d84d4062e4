package cn.civilaffairs.assist.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records the task API speaks; never engine objects. */
public final class TaskDtos {
    private TaskDtos() {}

    public enum Scope { MINE, GROUP, ALL }

    /**
     * {@code dueProvisionalYear}: the due date lies in a year whose State Council holiday notice is
     * not loaded, so it was counted from weekends only (暂定); null when the due date is final.
     */
    public record TaskSummary(String id, String name, String processDefinitionName, String businessKey,
            String assignee, Instant created, Instant due, boolean overdue, String recipientName, String orgName,
            Integer dueProvisionalYear) {}


    public record Option(String value, String label) {}

    public record FormFieldDto(String id, String label, String type, boolean required, Object defaultValue,
            Integer minLength, Integer maxLength, Long min, Long max, List<Option> options) {}

    public record TaskDetail(String id, String name, String processDefinitionName, String businessKey,
            String assignee, Instant created, Instant due, boolean overdue, String recipientName, String orgName,
            Integer dueProvisionalYear, String description, String processDefinitionId, String processInstanceId, String activityId,
            String formKey, List<FormFieldDto> formFields, boolean claimable, boolean assignedToMe) {}

    public record Diagram(String bpmnXml, String activityId) {}

    public record CompleteRequest(Map<String, Object> variables) {}
}
