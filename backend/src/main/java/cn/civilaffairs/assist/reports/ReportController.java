package cn.civilaffairs.assist.reports;

import static cn.civilaffairs.assist.security.RoleGroups.MANAGERS;
import static cn.civilaffairs.assist.security.RoleGroups.SUPERVISORS;

import cn.civilaffairs.assist.common.Bounds;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.ForbiddenException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Validated
@Tag(name = "reports", description = "统计报表：各街道、村（社区）指标，工作进度报表与年度绩效评估")
class ReportController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Ten years at most in one request: enough for any report, bounded work. */
    static final long MAX_DAYS = 3660;

    private final KpiService kpis;
    private final ReportService reports;
    private final OrgService orgs;

    ReportController(KpiService kpis, ReportService reports, OrgService orgs) {
        this.kpis = kpis;
        this.reports = reports;
        this.orgs = orgs;
    }

    @Operation(summary = "KPIs per street and village for a period (district managers: the district or one street;"
            + " street clerks: their street)")
    @GetMapping("/kpis")
    @PreAuthorize(SUPERVISORS)
    KpiReport kpis(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = "\\d{9}") String street) {
        period(from, to);
        CurrentUser user = CurrentUsers.require();
        String scope = user.orgCode();
        if (street != null) {
            OrgUnit unit = orgs.find(street).filter(u -> u.getLevel() == OrgLevel.STREET)
                    .orElseThrow(() -> new NotFoundException("街道（镇）不存在：" + street));
            if (!OrgService.covers(user.orgCode(), unit.getCode())) {
                throw new ForbiddenException("只能查看本辖区的统计。");
            }
            scope = unit.getCode();
        }
        return kpis.kpis(scope, from, to);
    }

    @Operation(summary = "Stored reports of the caller's district, newest first")
    @GetMapping
    @PreAuthorize(MANAGERS)
    List<ReportView> list() {
        return reports.list(CurrentUsers.require().orgCode());
    }

    @Operation(summary = "A stored report's .xlsx")
    @GetMapping("/{id}/file")
    @PreAuthorize(MANAGERS)
    ResponseEntity<InputStreamResource> file(@PathVariable long id) throws IOException {
        ReportService.StoredFile f = reports.file(id, CurrentUsers.require().orgCode());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .contentLength(f.report().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.report().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(f.content()));
    }

    @Operation(summary = "Produce a progress report or an annual evaluation of the district for any period")
    @PostMapping
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    ResponseEntity<ReportView> produce(@Valid @RequestBody ReportRequest request) {
        period(request.from(), request.to());
        CurrentUser user = CurrentUsers.require();
        ReportView view = reports.produce(request.kind(), user.orgCode(), request.from(), request.to(),
                user.username());
        return ResponseEntity.created(URI.create("/api/reports/" + view.id() + "/file")).body(view);
    }

    static void period(LocalDate from, LocalDate to) {
        Bounds.requireDate("from", from);
        Bounds.requireDate("to", to);
        if (from.isAfter(to)) {
            String message = "开始日期不能晚于结束日期。";
            throw new FieldValidationException(message, List.of(new FieldError("to", message)));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            String message = "统计期间不能超过十年。";
            throw new FieldValidationException(message, List.of(new FieldError("to", message)));
        }
    }
}
