package cn.civilaffairs.assist.department;

import static cn.civilaffairs.assist.department.DepartmentProcesses.*;

import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The department's two task screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "department tasks", description = "部门受理或退回、办理反馈")
class DepartmentTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final DepartmentService departments;
    private final DepartmentQueries queries;

    DepartmentTaskController(DomainTasks tasks, DepartmentService departments, DepartmentQueries queries) {
        this.tasks = tasks;
        this.departments = departments;
        this.queries = queries;
        tasks.register(FORM_ACCEPT, "POST /api/tasks/{taskId}/department-accept");
        tasks.register(FORM_FEEDBACK, "POST /api/tasks/{taskId}/department-feedback");
    }

    @Schema(name = "DepartmentAcceptRequest")
    record AcceptRequest(@NotNull Boolean accept, @Size(max = 500) String reason) {}

    @Operation(summary = "The department accepts the referral (answer due in 15 working days) or returns it with a reason")
    @PostMapping("/department-accept")
    @PreAuthorize("hasRole('DEPARTMENT_STAFF')")
    @Transactional
    ResponseEntity<Void> accept(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody AcceptRequest body) {
        DomainTask task = tasks.open(taskId);
        long id = queries.visibleReferral(task.user(), task.variable(VAR_REFERRAL_ID, Number.class).longValue()).getId();
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_ACCEPTED, body.accept());
        if (body.accept()) {
            vars.put(VAR_DUE_DATE, departments.acceptanceDueDate());
            tasks.complete(task, TASK_ACCEPT, vars, () -> departments.accept(id, task.user().username()));
        } else {
            if (body.reason() == null || body.reason().isBlank()) {
                throw new FieldValidationException("退回须说明理由。", List.of(new FieldError("reason", "请填写退回理由。")));
            }
            tasks.complete(task, TASK_ACCEPT, vars,
                    () -> departments.returnReferral(id, body.reason(), task.user().username()));
        }
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "DepartmentFeedbackRequest")
    record FeedbackRequest(@NotNull Boolean resolved, @NotBlank @Size(max = 1000) String summary) {}

    @Operation(summary = "The department's answer: resolved or not, with a summary; the referral ends")
    @PostMapping("/department-feedback")
    @PreAuthorize("hasRole('DEPARTMENT_STAFF')")
    @Transactional
    ResponseEntity<Void> feedback(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody FeedbackRequest body) {
        DomainTask task = tasks.open(taskId);
        long id = queries.visibleReferral(task.user(), task.variable(VAR_REFERRAL_ID, Number.class).longValue()).getId();
        tasks.complete(task, TASK_FEEDBACK, Map.of(),
                () -> departments.answer(id, body.resolved(), body.summary(), task.user().username()));
        return ResponseEntity.noContent().build();
    }
}
