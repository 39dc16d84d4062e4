package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TemporaryAidProcesses.*;

import cn.civilaffairs.assist.tempaid.TemporaryAidService.PaymentCommand;
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

/** Temporary-assistance tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "temporary assistance tasks", description = "审核临时救助申请、审批临时救助、登记救助金发放")
class TemporaryAidTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final TemporaryAidService aid;

    TemporaryAidTaskController(DomainTasks tasks, TemporaryAidService aid) {
        this.tasks = tasks;
        this.aid = aid;
        tasks.register(FORM_ASSESS, "POST /api/tasks/{taskId}/tempaid-assess");
        tasks.register(FORM_APPROVE, "POST /api/tasks/{taskId}/tempaid-approve");
        tasks.register(FORM_PAY, "POST /api/tasks/{taskId}/tempaid-payment");
    }

    @Schema(name = "TemporaryAidAssessRequest")
    record AssessRequest(@NotNull AssessDecision decision,
            @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
            @Size(max = 500) String reason) {}

    @Operation(summary = "The street office grants within the township limit, refers above it, or refuses")
    @PostMapping("/tempaid-assess")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> assess(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody AssessRequest body) {
        DomainTask task = tasks.open(taskId);
        String no = task.variable(VAR_APPLICATION_NO, String.class);
        tasks.complete(task, TASK_ASSESS, Map.of(VAR_DECISION, body.decision().name()),
                () -> aid.assess(no, body.decision(), body.amount(), body.reason(), task.user()));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "TemporaryAidApprovalRequest")
    record ApprovalRequest(@NotNull Boolean approve,
            @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
            @Size(max = 500) String reason) {}

    @Operation(summary = "The district approves an amount above the township limit, or refuses")
    @PostMapping("/tempaid-approve")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> approve(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ApprovalRequest body) {
        DomainTask task = tasks.open(taskId);
        String no = task.variable(VAR_APPLICATION_NO, String.class);
        tasks.complete(task, TASK_APPROVE, Map.of(VAR_APPROVED, body.approve()),
                () -> aid.approve(no, body.approve(), body.amount(), body.reason(), task.user()));
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "TemporaryAidPaymentRequest")
    record PaymentRequest(@NotNull LocalDate paidOn,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
            @NotNull PaymentMethod method, @Size(max = 64) String reference) {}

    @Operation(summary = "The street office records the payment of a granted application")
    @PostMapping("/tempaid-payment")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> pay(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody PaymentRequest body) {
        DomainTask task = tasks.open(taskId);
        String no = task.variable(VAR_APPLICATION_NO, String.class);
        tasks.complete(task, TASK_PAY, Map.of(),
                () -> aid.pay(no, new PaymentCommand(body.paidOn(), body.amount(), body.method(), body.reference()),
                        task.user()));
        return ResponseEntity.noContent().build();
    }
}
