package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.security.RoleGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring centre (监控中心): a district manager sees the district, a street clerk their street.
 * A street or place outside the caller's node answers 403, an unknown process or step 404.
 */
@RestController
@RequestMapping("/api/monitoring")
@Validated
@Tag(name = "monitoring", description = "监控中心：在办实例、超期与临期任务、预警、事故、环节时长")
class MonitoringController {
    static final String STREET = "\\d{9}";
    static final String PLACE = "\\d{9}|\\d{12}";
    static final String KEY = "[A-Za-z][A-Za-z0-9_.-]{0,127}";

    private final MonitoringQueries queries;

    MonitoringController(MonitoringQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Running instances by process, step and place; overdue and due-soon tasks; open warnings; incidents")
    @GetMapping("/overview")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    MonitoringOverview overview(@RequestParam(required = false) @Pattern(regexp = STREET) String street) {
        return queries.overview(CurrentUsers.require(), street);
    }

    @Operation(summary = "Open tasks in scope, most overdue first (the overview's click-through list)")
    @GetMapping("/tasks")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    Page<MonitoredTask> tasks(@RequestParam(required = false) TaskState state,
            @RequestParam(required = false) @Pattern(regexp = KEY) String processKey,
            @RequestParam(required = false) @Pattern(regexp = KEY) String activityId,
            @RequestParam(required = false) @Pattern(regexp = PLACE) String place,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.tasks(CurrentUsers.require(), state, processKey, activityId, place, page, size);
    }

    @Operation(summary = "Per user task: completions, p50/p90 hours and on-time share over the last 30/90/365 days, with the BPMN")
    @GetMapping("/steps")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    StepDurations steps(@RequestParam @Pattern(regexp = KEY) String processKey, @RequestParam int days,
            @RequestParam(required = false) @Pattern(regexp = STREET) String street) {
        return queries.steps(CurrentUsers.require(), processKey, days, street);
    }

    @Operation(summary = "Processes that have user tasks, for the picker")
    @GetMapping("/processes")
    @PreAuthorize(RoleGroups.SUPERVISORS)
    List<MonitoredProcess> processes() {
        return queries.processes();
    }
}
