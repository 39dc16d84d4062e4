package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import static cn.civilaffairs.assist.referral.ReferralProcesses.*;

import cn.civilaffairs.assist.referral.ReferralService.Decision;
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

/** Referral tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "charity referral tasks", description = "处理转介名单、制定帮扶方案、审核帮扶方案、督办停滞转介")
class ReferralTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final ReferralService referrals;
    private final PlanService plans;
    private final ReferralMonitor monitor;

    ReferralTaskController(DomainTasks tasks, ReferralService referrals, PlanService plans, ReferralMonitor monitor) {
        this.tasks = tasks;
        this.referrals = referrals;
        this.plans = plans;
        this.monitor = monitor;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        tasks.register(FORM_RESPOND, "POST /api/tasks/{taskId}/referral-response");
        tasks.register(FORM_PLAN, "POST /api/tasks/{taskId}/referral-plan");
        tasks.register(FORM_REVIEW, "POST /api/tasks/{taskId}/referral-plan-review");
        tasks.register(FORM_STALE, "POST /api/tasks/{taskId}/referral-stale");
    }

    record DecisionRequest(@NotNull Long itemId, @NotNull Boolean accept, @Size(max = 500) String reason) {}

    @Schema(name = "ReferralResponseRequest") // unique in the OpenAPI document; several packages have a ResponseRequest
    record ResponseRequest(@Size(max = 200) List<@Valid @NotNull DecisionRequest> decisions) {}

    @Operation(summary = "The charity completes its answer to the list: everybody accepted or declined")
    @PostMapping("/referral-response")
    @PreAuthorize("hasRole('CHARITY_STAFF')")
    @Transactional
    ResponseEntity<Void> respond(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ResponseRequest body) {
        DomainTask task = tasks.open(taskId);
        String batchNo = task.variable(VAR_BATCH_NO, String.class);
        List<Decision> decisions = body.decisions() == null ? List.of() : body.decisions().stream()
                .map(d -> new Decision(d.itemId(), d.accept(), d.reason())).toList();
        // The routing variable is known once the decisions are applied; the engine reads the map at completion.
        Map<String, Object> vars = new HashMap<>();
        tasks.complete(task, TASK_RESPOND, vars,
                () -> vars.put(VAR_ANY_ACCEPTED, referrals.completeResponse(batchNo, decisions, task.user())));
        return ResponseEntity.noContent().build();
    }

    record SubmitRequest(@Size(max = 1000) String note) {}

    @Operation(summary = "The charity submits its plans for the district office's approval")
    @PostMapping("/referral-plan")
    @PreAuthorize("hasRole('CHARITY_STAFF')")
    @Transactional
    ResponseEntity<Void> submitPlan(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SubmitRequest body) {
        DomainTask task = tasks.open(taskId);
        String batchNo = task.variable(VAR_BATCH_NO, String.class);
        tasks.complete(task, TASK_WRITE_PLAN, Map.of(),
                () -> plans.submit(batchNo, body.note(), task.user()));
        return ResponseEntity.noContent().build();
    }

    /** The plans' 审核 (approval, not the case's 动态复核 review); the URL keeps the formKey's name. */
    @Schema(name = "ReferralPlanApprovalRequest") // unique in the OpenAPI document; serviceorder has an ApprovalRequest too
    record ApprovalRequest(@NotNull Boolean agree, @Size(max = 1000) String comment) {}

    @Operation(summary = "The district office agrees the plans or returns them with comments")
    @PostMapping("/referral-plan-review")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> approve(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ApprovalRequest body) {
        DomainTask task = tasks.open(taskId);
        String batchNo = task.variable(VAR_BATCH_NO, String.class);
        tasks.complete(task, TASK_REVIEW_PLAN, Map.of(VAR_PLAN_AGREED, body.agree()),
                () -> plans.approve(batchNo, body.agree(), body.comment(), task.user()));
        return ResponseEntity.noContent().build();
    }

    record SuperviseRequest(@NotBlank @Size(max = 1000) String note) {}

    @Operation(summary = "The district office records its follow-up of a stale referral")
    @PostMapping("/referral-stale")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> supervise(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SuperviseRequest body) {
        DomainTask task = tasks.open(taskId);
        String batchNo = task.variable(VAR_BATCH_NO, String.class);
        tasks.complete(task, TASK_SUPERVISE, Map.of(),
                () -> monitor.supervise(batchNo, body.note(), task.user()));
        return ResponseEntity.noContent().build();
    }
}
