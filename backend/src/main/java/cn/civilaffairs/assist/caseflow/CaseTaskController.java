package cn.civilaffairs.assist.caseflow;

import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.caseflow.CaseService.AssessmentCommand;
import cn.civilaffairs.assist.caseflow.NeedsAssessment.CarerSituation;
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

    private final TaskInboxService inbox;
    private final CaseService caseService;
    private final GrantService grants;

    CaseTaskController(TaskInboxService inbox, CaseService caseService, GrantService grants) {
        this.inbox = inbox;
        this.caseService = caseService;
        this.grants = grants;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        inbox.registerDomainForm("app:needs-assessment", "POST /api/tasks/{taskId}/needs-assessment");
        inbox.registerDomainForm("app:case-file", "POST /api/tasks/{taskId}/case-file");
        inbox.registerDomainForm("app:review", "POST /api/tasks/{taskId}/review");
        inbox.registerDomainForm("app:service-delivery", "POST /api/tasks/{taskId}/service-delivery");
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
        CurrentUser user = CurrentUsers.require();
        String caseNo = inbox.businessKeyOf(user, taskId);
        inbox.completeDomainTask(user, taskId, TASK_HOME_INVESTIGATION,
                Map.of(VAR_ALREADY_RECOGNISED, body.alreadyRecognised()),
                () -> caseService.recordAssessment(caseNo, new AssessmentCommand(body.recipientCategory(),
                        body.alreadyRecognised(), body.selfCare(), body.carerSituation(), body.livingSituation(),
                        body.needsNote(), body.itemCodes()), user.username()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Complete filing: every required document present; assigns the service number")
    @PostMapping("/case-file")
    @PreAuthorize("hasRole('VILLAGE_OFFICER')")
    @Transactional
    ResponseEntity<Void> caseFile(@PathVariable @Pattern(regexp = TASK_ID) String taskId) {
        CurrentUser user = CurrentUsers.require();
        String caseNo = inbox.businessKeyOf(user, taskId);
        inbox.completeDomainTask(user, taskId, TASK_FILE_CASE, Map.of(),
                () -> caseService.file(caseNo, user.username()));
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
        CurrentUser user = CurrentUsers.require();
        String caseNo = inbox.businessKeyOf(user, taskId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_REVIEW_DECISION, body.decision().name());
        vars.put(VAR_REVIEW_REASON, body.reason().strip());
        inbox.completeDomainTask(user, taskId, TASK_REVIEW, vars, () -> {
            if (body.decision() == ReviewDecision.CHANGE) {
                grants.changeItems(caseNo, body.itemCodes(), body.reason().strip(), user.username());
            }
            caseService.event(caseService.get(caseNo), user.username(), "REVIEWED",
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
        CurrentUser user = CurrentUsers.require();
        long grantId = inbox.variableOf(user, taskId, GrantService.VAR_GRANT_ID, Number.class).longValue();
        grants.progress(grantId, "ACTIVITY", body.content().strip(), user.username());
        return ResponseEntity.noContent().build();
    }

    record OutcomeRequest(@NotBlank @Size(max = 500) String outcome) {}

    @Operation(summary = "Close a generic service with its outcome")
    @PostMapping("/service-delivery")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> serviceDelivery(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody OutcomeRequest body) {
        CurrentUser user = CurrentUsers.require();
        inbox.completeDomainTask(user, taskId, "deliverService", Map.of("outcome", body.outcome().strip()), () -> {});
        return ResponseEntity.noContent().build();
    }
}
