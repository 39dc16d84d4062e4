package cn.civilaffairs.assist.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record BulkReminderRequest(
        @NotNull @Size(min = 1, max = BulkTaskActions.MAX_TASKS) List<@NotBlank @Size(max = 64) String> taskIds,
        @NotNull Boolean dryRun) {}
