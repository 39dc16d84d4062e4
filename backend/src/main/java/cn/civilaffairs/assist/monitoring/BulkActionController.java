package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.security.RoleGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk reminders and reassignments of selected tasks, each counted first by a dry run; tasks out of the
 * caller's node are skipped, never acted on; every real run is recorded.
 */
@RestController
@RequestMapping("/api/monitoring")
@Validated
@Tag(name = "monitoring")
class BulkActionController {
    private final BulkTaskActions actions;

    BulkActionController(BulkTaskActions actions) {
        this.actions = actions;
    }

    @Operation(summary = "Remind whoever holds the selected tasks (assignee, else the work group); dryRun only counts")
    @PostMapping("/tasks/reminders")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    BulkActionResult remind(@Valid @RequestBody BulkReminderRequest request) {
        return actions.remind(CurrentUsers.require(), request.taskIds(), request.dryRun());
    }

    @Operation(summary = "Reassign the selected tasks to a member of their work group; dryRun only counts")
    @PostMapping("/tasks/reassignments")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    BulkActionResult reassign(@Valid @RequestBody BulkReassignmentRequest request) {
        return actions.reassign(CurrentUsers.require(), request.taskIds(), request.assignee(), request.dryRun());
    }

    @Operation(summary = "Members of a task's work groups, to reassign to")
    @GetMapping("/tasks/{taskId}/candidates")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    List<Candidate> candidates(@PathVariable @Size(max = 64) String taskId) {
        return actions.candidates(CurrentUsers.require(), taskId);
    }

    @Operation(summary = "The bulk actions taken in the caller's node, newest first")
    @GetMapping("/actions")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    Page<BulkActionView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return actions.actions(CurrentUsers.require(), page, size);
    }
}
