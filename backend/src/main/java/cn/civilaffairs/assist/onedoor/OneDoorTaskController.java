package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.onedoor.OneDoorProcesses.*;

import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.onedoor.IntakeService.RouteChoice;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.DomainTasks;
import cn.civilaffairs.assist.workflow.TaskInboxService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** One-door tasks with domain screens; each saves its data and completes the task in one transaction. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Validated
@Tag(name = "one door tasks", description = "确认救助路径、低保特困审核确认")
class OneDoorTaskController {
    private static final String TASK_ID = TaskInboxService.TASK_ID;

    private final DomainTasks tasks;
    private final IntakeService intakes;

    OneDoorTaskController(DomainTasks tasks, IntakeService intakes) {
        this.tasks = tasks;
        this.intakes = intakes;
        tasks.register(FORM_CONFIRM, "POST /api/tasks/{taskId}/intake-routes");
        tasks.register(FORM_SUBSISTENCE, "POST /api/tasks/{taskId}/subsistence-decision");
    }

    @Schema(name = "IntakeRouteChoice")
    record RouteRequest(@NotNull Long needId, @NotNull RouteType type, DepartmentKind departmentKind) {}

    @Schema(name = "IntakeRoutesRequest")
    record RoutesRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull RouteRequest> routes) {}

    @Operation(summary = "The street office confirms or adjusts the proposed routes; each is then raised")
    @PostMapping("/intake-routes")
    @PreAuthorize("hasRole('STREET_CLERK')")
    @Transactional
    ResponseEntity<Void> confirm(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody RoutesRequest body) {
        DomainTask task = tasks.open(taskId);
        List<RouteChoice> choices = body.routes().stream()
                .map(r -> new RouteChoice(r.needId(), r.type(), r.departmentKind())).toList();
        tasks.complete(task, TASK_CONFIRM, new HashMap<>(),
                () -> intakes.confirm(task.businessKey(), choices, task.user()));
        return ResponseEntity.noContent().build();
    }

    record SubsistenceRequest(@NotNull SubsistenceDecision decision, @Size(max = 1000) String note) {}

    @Operation(summary = "The district records its 低保/特困 decision on the application")
    @PostMapping("/subsistence-decision")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<Void> decide(@PathVariable @Pattern(regexp = TASK_ID) String taskId,
            @Valid @RequestBody SubsistenceRequest body) {
        DomainTask task = tasks.open(taskId);
        Map<String, Object> vars = new HashMap<>();
        tasks.complete(task, TASK_DECIDE_SUBSISTENCE, vars, () -> vars.put(VAR_ALL_ROUTES_DONE,
                intakes.decideSubsistence(task.businessKey(), body.decision(), body.note(), task.user())));
        return ResponseEntity.noContent().build();
    }
}
