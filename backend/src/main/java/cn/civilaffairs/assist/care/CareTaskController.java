package cn.civilaffairs.assist.care;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import static cn.civilaffairs.assist.care.CareProcesses.*;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Care tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "care tasks", description = "两委会议定级、预警督办、问题转办反馈")
class CareTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final CareService care;

    CareTaskController(DomainTasks tasks, CareService care) {
        this.tasks = tasks;
        this.care = care;
        // These screens save data the process relies on: the generic completion refuses them and names these.
        tasks.register(FORM_GRADING, "POST /api/tasks/{taskId}/care-grading");
        tasks.register(FORM_SUPERVISION, "POST /api/tasks/{taskId}/care-supervision");
        tasks.register(FORM_PROBLEM, "POST /api/tasks/{taskId}/care-problem");
        tasks.register(FORM_EXIT, "POST /api/tasks/{taskId}/care-exit");
        // 尽快走访 ends when a visit is recorded (the visit correlates the warning's end), never by itself.
        tasks.register(FORM_VISIT, "POST /api/care/enrolments/{businessKey}/visits");
    }

    record GradingRequest(@NotNull @Min(0) @Max(3) Integer level, @Size(max = 500) String reason, LocalDate meetingOn) {}

    @Operation(summary = "The village committees confirm or override the proposed care level")
    @PostMapping("/care-grading")
    @PreAuthorize("hasRole('VILLAGE_OFFICER')")
    @Transactional
    ResponseEntity<Void> grading(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody GradingRequest body) {
        DomainTask task = tasks.open(taskId);
        tasks.complete(task, TASK_CONFIRM_LEVEL, Map.of(VAR_LEVEL, body.level()), () -> care.confirmLevel(
                task.businessKey(), body.level(), body.reason(), body.meetingOn(), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    record NoteRequest(@NotBlank @Size(max = 500) String note) {}

    @Operation(summary = "Record the office's supervision of an escalated warning (the warning stays until a visit)")
    @PostMapping("/care-supervision")
    @PreAuthorize(DECIDERS)
    @Transactional
    ResponseEntity<Void> supervision(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody NoteRequest body) {
        DomainTask task = tasks.open(taskId);
        String key = task.taskKey();
        if (!TASK_STREET_SUPERVISION.equals(key) && !TASK_DISTRICT_SUPERVISION.equals(key)) {
            throw new ConflictException("该任务不是预警督办任务。");
        }
        tasks.complete(task, key, Map.of(),
                () -> care.recordSupervision(task.businessKey(), body.note().strip(), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    record ResolutionRequest(@NotBlank @Size(max = 1000) String resolution) {}

    record ExitDecisionRequest(@NotNull ExitDecision decision, @Size(max = 500) String comment) {}

    @Operation(summary = "One level's decision on an exit from care monitoring: agree (on up; the county ends it) or send back with a reason")
    @PostMapping("/care-exit")
    @PreAuthorize("hasAnyRole('VILLAGE_OFFICER','CARE_CADRE','STREET_CLERK','DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> exit(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ExitDecisionRequest body) {
        DomainTask task = tasks.open(taskId);
        String key = task.taskKey();
        if (!TASK_EVALUATE_EXIT.equals(key) && !TASK_REVIEW_EXIT.equals(key) && !TASK_APPROVE_EXIT.equals(key)) {
            throw new ConflictException("该任务不是退出审批任务。");
        }
        long exitId = task.variable(VAR_EXIT_ID, Number.class).longValue();
        tasks.complete(task, key, Map.of(VAR_EXIT_DECISION, body.decision().name()),
                () -> care.decideExit(exitId, key, body.decision(), body.comment(), task.user().username()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record the department's resolution of a referred problem (care-problem instances started before department referrals)")
    @PostMapping("/care-problem")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> problem(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody ResolutionRequest body) {
        DomainTask task = tasks.open(taskId);
        long problemId = task.variable(VAR_PROBLEM_ID, Number.class).longValue();
        tasks.complete(task, TASK_DEPARTMENT_FEEDBACK, Map.of(),
                () -> care.resolveProblem(problemId, body.resolution(), task.user().username()));
        return ResponseEntity.noContent().build();
    }
}
