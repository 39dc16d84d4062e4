package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingProcesses.*;

import cn.civilaffairs.assist.meeting.MeetingService.PlanCommand;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Agency-referral tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "agency referral tasks", description = "制定服务方案、审核服务方案、实施服务并结案、确认结案")
class MeetingTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final MeetingService service;

    MeetingTaskController(DomainTasks tasks, MeetingService service) {
        this.tasks = tasks;
        this.service = service;
        tasks.register(FORM_PLAN, "POST /api/tasks/{taskId}/agency-plan");
        tasks.register(FORM_REVIEW, "POST /api/tasks/{taskId}/agency-plan-review");
        tasks.register(FORM_DELIVER, "POST /api/tasks/{taskId}/agency-close");
        tasks.register(FORM_CONFIRM, "POST /api/tasks/{taskId}/agency-close-confirm");
    }

    record AgencyPlanRequest(@NotBlank @Size(max = 1000) String goals, @NotBlank @Size(max = 1000) String services,
            @NotNull LocalDate scheduleFrom, @NotNull LocalDate scheduleTo, @NotBlank @Size(max = 200) String staff,
            @NotNull @DecimalMin("0") @DecimalMax("9999999") @Digits(integer = 7, fraction = 2) BigDecimal budget) {}

    @Operation(summary = "The agency submits its service plan (goals, services, schedule, staff, budget)")
    @PostMapping("/agency-plan")
    @PreAuthorize("hasRole('SOCIAL_WORK_AGENCY')")
    @Transactional
    ResponseEntity<Void> plan(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody AgencyPlanRequest body) {
        DomainTask task = tasks.open(taskId);
        String itemNo = task.variable(VAR_ITEM_NO, String.class);
        tasks.complete(task, TASK_WRITE_PLAN, Map.of(), () -> service.submitPlan(itemNo, new PlanCommand(body.goals(),
                body.services(), body.scheduleFrom(), body.scheduleTo(), body.staff(), body.budget()), task.user()));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "AgencyPlanApprovalRequest")
    record ApprovalRequest(@NotNull Boolean agree, @Size(max = 1000) String comment) {}

    @Operation(summary = "The district agrees the agency's plan or returns it with a reason")
    @PostMapping("/agency-plan-review")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> review(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ApprovalRequest body) {
        DomainTask task = tasks.open(taskId);
        String itemNo = task.variable(VAR_ITEM_NO, String.class);
        tasks.complete(task, TASK_REVIEW_PLAN, Map.of(VAR_PLAN_AGREED, body.agree()),
                () -> service.answerPlan(itemNo, body.agree(), body.comment(), task.user()));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "AgencyCloseRequest")
    record CloseRequest(@NotNull AgencyOutcome outcome, @NotBlank @Size(max = 1000) String summary) {}

    @Operation(summary = "The agency closes its referral with an outcome (after recording deliveries)")
    @PostMapping("/agency-close")
    @PreAuthorize("hasRole('SOCIAL_WORK_AGENCY')")
    @Transactional
    ResponseEntity<Void> close(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody CloseRequest body) {
        DomainTask task = tasks.open(taskId);
        String itemNo = task.variable(VAR_ITEM_NO, String.class);
        tasks.complete(task, TASK_DELIVER, Map.of(),
                () -> service.closeByAgency(itemNo, body.outcome(), body.summary(), task.user()));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "AgencyCloseConfirmRequest")
    record ConfirmRequest(@NotNull Boolean confirm, @Size(max = 1000) String comment) {}

    @Operation(summary = "The district confirms the agency's close (outcome on the case) or returns it")
    @PostMapping("/agency-close-confirm")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> confirm(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ConfirmRequest body) {
        DomainTask task = tasks.open(taskId);
        String itemNo = task.variable(VAR_ITEM_NO, String.class);
        tasks.complete(task, TASK_CONFIRM_CLOSE, Map.of(VAR_CLOSE_CONFIRMED, body.confirm()),
                () -> service.confirmClose(itemNo, body.confirm(), body.comment(), task.user()));
        return ResponseEntity.noContent().build();
    }
}
