package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import static cn.civilaffairs.assist.referral.ReferralProcesses.*;

import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.referral.ReferralService.Decision;
import cn.civilaffairs.assist.referral.ReferralViews.TaskSubjectView;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Referral tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@Validated
@Tag(name = "charity referral tasks", description = "处理转介名单、制定帮扶方案、审核帮扶方案、督办停滞转介")
class ReferralTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final TaskInboxService inbox;
    private final ReferralService referrals;
    private final PlanService plans;
    private final ReferralMonitor monitor;
    private final ReferralQueries queries;

    ReferralTaskController(TaskInboxService inbox, ReferralService referrals, PlanService plans,
            ReferralMonitor monitor, ReferralQueries queries) {
        this.inbox = inbox;
        this.referrals = referrals;
        this.plans = plans;
        this.monitor = monitor;
        this.queries = queries;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        inbox.registerDomainForm(FORM_RESPOND, "POST /api/tasks/{taskId}/referral-response");
        inbox.registerDomainForm(FORM_PLAN, "POST /api/tasks/{taskId}/referral-plan");
        inbox.registerDomainForm(FORM_REVIEW, "POST /api/tasks/{taskId}/referral-plan-review");
        inbox.registerDomainForm(FORM_STALE, "POST /api/tasks/{taskId}/referral-stale");
    }

    @Operation(summary = "What a referral task is about: the batch (and its open warnings)")
    @GetMapping("/api/referrals/task-subjects/{taskId}")
    @PreAuthorize(SUPERVISORS_AND_CHARITIES)
    @Transactional(readOnly = true)
    TaskSubjectView subject(@PathVariable @Pattern(regexp = TASK_ID) String taskId) {
        CurrentUser user = CurrentUsers.require();
        String formKey = inbox.detail(user, taskId).formKey();
        if (formKey == null || !List.of(FORM_RESPOND, FORM_PLAN, FORM_REVIEW, FORM_STALE).contains(formKey)) {
            throw new NotFoundException("该任务不是慈善转介任务。");
        }
        String batchNo = inbox.variableOf(user, taskId, VAR_BATCH_NO, String.class);
        var batch = queries.visibleBatch(user, batchNo);
        return new TaskSubjectView(formKey, queries.view(user, batch),
                FORM_STALE.equals(formKey) ? queries.openWarnings(batch) : List.of());
    }

    record DecisionRequest(@NotNull Long itemId, @NotNull Boolean accept, @Size(max = 500) String reason) {}

    @Schema(name = "ReferralResponseRequest") // unique in the OpenAPI document; several packages have a ResponseRequest
    record ResponseRequest(@Size(max = 200) List<@Valid @NotNull DecisionRequest> decisions) {}

    @Operation(summary = "The charity completes its answer to the list: everybody accepted or declined")
    @PostMapping("/api/tasks/{taskId}/referral-response")
    @PreAuthorize("hasRole('CHARITY_STAFF')")
    @Transactional
    ResponseEntity<Void> respond(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ResponseRequest body) {
        CurrentUser user = CurrentUsers.require();
        String batchNo = inbox.variableOf(user, taskId, VAR_BATCH_NO, String.class);
        List<Decision> decisions = body.decisions() == null ? List.of() : body.decisions().stream()
                .map(d -> new Decision(d.itemId(), d.accept(), d.reason())).toList();
        // The routing variable is known once the decisions are applied; the engine reads the map at completion.
        Map<String, Object> vars = new HashMap<>();
        inbox.completeDomainTask(user, taskId, TASK_RESPOND, vars,
                () -> vars.put(VAR_ANY_ACCEPTED, referrals.completeResponse(batchNo, decisions, user)));
        return ResponseEntity.noContent().build();
    }

    record SubmitRequest(@Size(max = 1000) String note) {}

    @Operation(summary = "The charity submits its plans for the district office's review")
    @PostMapping("/api/tasks/{taskId}/referral-plan")
    @PreAuthorize("hasRole('CHARITY_STAFF')")
    @Transactional
    ResponseEntity<Void> submitPlan(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SubmitRequest body) {
        CurrentUser user = CurrentUsers.require();
        String batchNo = inbox.variableOf(user, taskId, VAR_BATCH_NO, String.class);
        inbox.completeDomainTask(user, taskId, TASK_WRITE_PLAN, Map.of(),
                () -> plans.submit(batchNo, body.note(), user));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "ReferralPlanReviewRequest") // unique in the OpenAPI document; several packages have a ReviewRequest
    record ReviewRequest(@NotNull Boolean agree, @Size(max = 1000) String comment) {}

    @Operation(summary = "The district office agrees the plans or returns them with comments")
    @PostMapping("/api/tasks/{taskId}/referral-plan-review")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> review(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ReviewRequest body) {
        CurrentUser user = CurrentUsers.require();
        String batchNo = inbox.variableOf(user, taskId, VAR_BATCH_NO, String.class);
        inbox.completeDomainTask(user, taskId, TASK_REVIEW_PLAN, Map.of(VAR_PLAN_AGREED, body.agree()),
                () -> plans.review(batchNo, body.agree(), body.comment(), user));
        return ResponseEntity.noContent().build();
    }

    record SuperviseRequest(@NotBlank @Size(max = 1000) String note) {}

    @Operation(summary = "The district office records its follow-up of a stale referral")
    @PostMapping("/api/tasks/{taskId}/referral-stale")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> supervise(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SuperviseRequest body) {
        CurrentUser user = CurrentUsers.require();
        String batchNo = inbox.variableOf(user, taskId, VAR_BATCH_NO, String.class);
        inbox.completeDomainTask(user, taskId, TASK_SUPERVISE, Map.of(),
                () -> monitor.supervise(batchNo, body.note(), user));
        return ResponseEntity.noContent().build();
    }
}
