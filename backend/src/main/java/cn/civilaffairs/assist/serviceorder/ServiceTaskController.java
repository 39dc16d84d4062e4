package cn.civilaffairs.assist.serviceorder;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import static cn.civilaffairs.assist.serviceorder.ServiceProcesses.*;

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

/** Purchased-service tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "purchased service tasks", description = "接单、指派机构、抽查核实、结算审核")
class ServiceTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final ServiceOrderService orders;
    private final SpotCheckService spotChecks;
    private final StatementService statements;

    ServiceTaskController(DomainTasks tasks, ServiceOrderService orders, SpotCheckService spotChecks,
            StatementService statements) {
        this.tasks = tasks;
        this.orders = orders;
        this.spotChecks = spotChecks;
        this.statements = statements;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        tasks.register(FORM_RESPOND, "POST /api/tasks/{taskId}/order-response");
        tasks.register(FORM_CHOOSE_PROVIDER, "POST /api/tasks/{taskId}/order-provider");
        tasks.register(FORM_SPOT_CHECK, "POST /api/tasks/{taskId}/spot-check");
        tasks.register(FORM_STATEMENT_REVIEW, "POST /api/tasks/{taskId}/statement-review");
    }

    @Schema(name = "OrderResponseRequest") // unique in the OpenAPI document; several packages have a ResponseRequest
    record ResponseRequest(@NotNull Boolean accept, @Size(max = 500) String reason) {}

    @Operation(summary = "The provider accepts or declines an offered order (a decline needs a reason)")
    @PostMapping("/order-response")
    @PreAuthorize("hasRole('PROVIDER_STAFF')")
    @Transactional
    ResponseEntity<Void> respond(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ResponseRequest body) {
        if (!body.accept() && (body.reason() == null || body.reason().isBlank())) {
            throw new FieldValidationException("拒单时请写明理由。", List.of(new FieldError("reason", "拒单时请写明理由。")));
        }
        DomainTask task = tasks.open(taskId);
        String orderNo = task.variable(VAR_ORDER_NO, String.class);
        tasks.complete(task, TASK_RESPOND, Map.of(VAR_ACCEPTED, body.accept()),
                () -> orders.respond(orderNo, body.accept(), body.reason() == null ? null : body.reason().strip(),
                        task.user()));
        return ResponseEntity.noContent().build();
    }

    record ProviderRequest(@NotBlank @Size(max = 32) String providerCode) {}

    @Operation(summary = "The street office chooses the provider for an order no rule could place")
    @PostMapping("/order-provider")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> chooseProvider(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ProviderRequest body) {
        DomainTask task = tasks.open(taskId);
        String orderNo = task.variable(VAR_ORDER_NO, String.class);
        tasks.complete(task, TASK_CHOOSE_PROVIDER, Map.of(VAR_CHOSEN_PROVIDER, body.providerCode()),
                () -> orders.choose(orderNo, body.providerCode(), task.user()));
        return ResponseEntity.noContent().build();
    }

    record SpotCheckRequest(@NotNull Boolean passed, @NotNull CheckMethod method, @Size(max = 500) String note) {}

    @Operation(summary = "Record a spot check: a failed check flags the delivery and counts against the provider")
    @PostMapping("/spot-check")
    @PreAuthorize(STREET_STAFF)
    @Transactional
    ResponseEntity<Void> spotCheck(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SpotCheckRequest body) {
        DomainTask task = tasks.open(taskId);
        long checkId = task.variable(VAR_SPOT_CHECK_ID, Number.class).longValue();
        tasks.complete(task, TASK_CHECK_DELIVERY, Map.of(VAR_PASSED, body.passed()),
                () -> spotChecks.record(checkId, body.passed(), body.method(), body.note(), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    /** The statement's 审核 (approval, not the case's 动态复核 review); the URL keeps the formKey's name. */
    @Schema(name = "StatementApprovalRequest") // unique in the OpenAPI document; referral has an ApprovalRequest too
    record ApprovalRequest(@NotNull Boolean approve, @Size(max = 500) String comment) {}

    @Operation(summary = "The street office approves (locks) or returns a monthly statement")
    @PostMapping("/statement-review")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> approve(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ApprovalRequest body) {
        DomainTask task = tasks.open(taskId);
        String no = task.variable(VAR_STATEMENT_NO, String.class);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_APPROVED, body.approve());
        tasks.complete(task, TASK_REVIEW_STATEMENT, vars,
                () -> statements.approve(no, body.approve(), body.comment(), task.user()));
        return ResponseEntity.noContent().build();
    }
}
