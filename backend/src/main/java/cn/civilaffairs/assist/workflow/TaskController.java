package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.security.CurrentUsers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Validated
@Tag(name = "tasks", description = "待办任务：列表、领取、办理")
class TaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;
    /** A BPMN task id. */
    private static final String TASK_KEY = "[A-Za-z][A-Za-z0-9_-]{0,127}";
    private final TaskInboxService inbox;
    private final DomainTasks domainTasks;

    TaskController(TaskInboxService inbox, DomainTasks domainTasks) {
        this.inbox = inbox;
        this.domainTasks = domainTasks;
    }

    @Operation(summary = "My tasks (mine), my groups' open tasks (group), or both (all); searched by name or number"
            + " (q), one step only (type), soonest due first (sort=due) or newest first (sort=created)")
    @GetMapping
    Page<TaskSummary> list(@RequestParam(defaultValue = "all") @Pattern(regexp = "(?i)mine|group|all") String scope,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Pattern(regexp = TASK_KEY) String type,
            @RequestParam(defaultValue = "due") @Pattern(regexp = "(?i)due|created") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.list(CurrentUsers.require(), Scope.valueOf(scope.toUpperCase(Locale.ROOT)), q, type,
                InboxSort.valueOf(sort.toUpperCase(Locale.ROOT)), page, size);
    }

    @Operation(summary = "The steps among my tasks in this scope and search, with their counts (the type filter)")
    @GetMapping("/types")
    List<TaskType> types(@RequestParam(defaultValue = "all") @Pattern(regexp = "(?i)mine|group|all") String scope,
            @RequestParam(required = false) @Size(max = 50) String q) {
        return inbox.types(CurrentUsers.require(), Scope.valueOf(scope.toUpperCase(Locale.ROOT)), q);
    }

    @Operation(summary = "Task detail with its form and diagram position")
    @GetMapping("/{id}")
    TaskDetail detail(@PathVariable @Pattern(regexp = TASK_ID) String id) {
        return inbox.detail(CurrentUsers.require(), id);
    }

    @Operation(summary = "The task's BPMN diagram and current activity")
    @GetMapping("/{id}/diagram")
    Diagram diagram(@PathVariable @Pattern(regexp = TASK_ID) String id) {
        return inbox.diagram(CurrentUsers.require(), id);
    }

    @Operation(summary = "What a domain task is about (its shape depends on the formKey's module)")
    @GetMapping("/{id}/subject")
    Object subject(@PathVariable @Pattern(regexp = TASK_ID) String id) {
        return domainTasks.subject(id);
    }

    @Operation(summary = "Claim an open task")
    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable @Pattern(regexp = TASK_ID) String id) {
        inbox.claim(CurrentUsers.require(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give a claimed task back to its groups")
    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable @Pattern(regexp = TASK_ID) String id) {
        inbox.unclaim(CurrentUsers.require(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Complete a task with its form values (validated on the server)")
    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable @Pattern(regexp = TASK_ID) String id,
            @RequestBody(required = false) CompleteRequest body) {
        inbox.complete(CurrentUsers.require(), id, body == null ? null : body.variables());
        return ResponseEntity.noContent().build();
    }
}
