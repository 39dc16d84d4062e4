package cn.civilaffairs.assist.caseflow;

import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.caseflow.CaseService.AssessmentCommand;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/**
 * Tasks whose form is a domain screen (formKey app:…): each endpoint saves the domain data and
 * completes the task in one transaction with the engine's.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "case tasks", description = "需求评估、建档、动态复核、服务结案")
class CaseTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final CaseService caseService;
    private final GrantService grants;

    CaseTaskController(DomainTasks tasks, CaseService caseService, GrantService grants) {
        this.tasks = tasks;
        this.caseService = caseService;
        this.grants = grants;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        tasks.register(FORM_NEEDS_ASSESSMENT, "POST /api/tasks/{taskId}/needs-assessment");
        tasks.register(FORM_CASE_FILE, "POST /api/tasks/{taskId}/case-file");
        tasks.register(FORM_REVIEW, "POST /api/tasks/{taskId}/review");
        tasks.register(GenericServiceProcess.FORM_SERVICE_DELIVERY, "POST /api/tasks/{taskId}/service-delivery");
    }

    record AssessmentRequest(
            @NotNull @Min(1) @Max(6) Integer recipientCategory,
            @NotNull Boolean alreadyRecognised,
            @NotNull SelfCare selfCare,
            @NotNull CarerSituation carerSituation,
            @Size(max = 500) String livingSituation,
            @Size(max = 1000) String needsNote,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 32) String> itemCodes) {}

    @Operation(summary = "Complete the home investigation with the needs assessment and the items needed")
    @PostMapping("/needs-assessment")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> needsAssessment(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody AssessmentRequest body) {
        DomainTask task = tasks.open(taskId);
        tasks.complete(task, TASK_HOME_INVESTIGATION, Map.of(VAR_ALREADY_RECOGNISED, body.alreadyRecognised()),
                () -> caseService.recordAssessment(task.businessKey(), new AssessmentCommand(body.recipientCategory(),
                        body.alreadyRecognised(), body.selfCare(), body.carerSituation(), body.livingSituation(),
                        body.needsNote(), body.itemCodes()), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Complete filing: every required document present; assigns the service number")
    @PostMapping("/case-file")
    @PreAuthorize("hasRole('VILLAGE_OFFICER')")
    @Transactional
    ResponseEntity<Void> caseFile(@PathVariable @Pattern(regexp = TASK_ID) String taskId) {
        DomainTask task = tasks.open(taskId);
        tasks.complete(task, TASK_FILE_CASE, Map.of(),
                () -> caseService.file(task.businessKey(), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    enum ReviewDecision { CONFIRM, CHANGE, STOP }

    @Schema(name = "CaseReviewRequest") // unique in the OpenAPI document; several packages have a ReviewRequest
    record ReviewRequest(@NotNull ReviewDecision decision, List<@NotBlank @Size(max = 32) String> itemCodes,
            @NotBlank @Size(max = 500) String reason) {}

    @Operation(summary = "Complete a review: confirm, change the granted items, or stop services and exit")
    @PostMapping("/review")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> review(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ReviewRequest body) {
        DomainTask task = tasks.open(taskId);
        String caseNo = task.businessKey();
        String user = task.user().username();
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REVIEW_DECISION, body.decision().name());
        vars.put(VAR_REVIEW_REASON, body.reason().strip());
        tasks.complete(task, TASK_REVIEW, vars, () -> {
            if (body.decision() == ReviewDecision.CHANGE) {
                grants.changeItems(caseNo, body.itemCodes(), body.reason().strip(), user);
            }
            caseService.event(caseService.get(caseNo), user, CaseEventType.REVIEWED,
                    "动态复核：" + switch (body.decision()) {
                        case CONFIRM -> "维持";
                        case CHANGE -> "变更服务";
                        case STOP -> "停止服务";
                    } + "（" + body.reason().strip() + "）");
        });
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "CaseActivityRequest") // unique in the OpenAPI document; several packages have a ActivityRequest
    record ActivityRequest(@NotBlank @Size(max = 500) String content) {}

    @Operation(summary = "Record an activity of a running generic service (task stays open)")
    @PostMapping("/service-activities")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> activity(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ActivityRequest body) {
        DomainTask task = tasks.open(taskId);
        long grantId = task.variable(GrantService.VAR_GRANT_ID, Number.class).longValue();
        grants.progress(grantId, "ACTIVITY", body.content().strip(), task.user().username());
        return ResponseEntity.noContent().build();
    }

    record OutcomeRequest(@NotBlank @Size(max = 500) String outcome) {}

    @Operation(summary = "Close a generic service with its outcome")
    @PostMapping("/service-delivery")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> serviceDelivery(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody OutcomeRequest body) {
        DomainTask task = tasks.open(taskId);
        tasks.complete(task, GenericServiceProcess.TASK_DELIVER_SERVICE,
                Map.of(GenericServiceProcess.VAR_OUTCOME, body.outcome().strip()), () -> {});
        return ResponseEntity.noContent().build();
    }
}
