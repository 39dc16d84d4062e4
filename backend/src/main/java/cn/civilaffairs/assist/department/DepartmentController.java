package cn.civilaffairs.assist.department;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Department referrals: the civil-affairs office follows what it referred, a department sees what it was sent. */
@RestController
@RequestMapping("/api/department-referrals")
@Validated
@Tag(name = "department referrals", description = "部门转办：受理、退回、办理反馈")
class DepartmentController {
    static final String READERS = "hasAnyRole('VILLAGE_OFFICER','STREET_CLERK','DISTRICT_MANAGER','ADMIN','DEPARTMENT_STAFF')";
    static final String REFERRAL_NO = "BM\\d{10}";

    private final DepartmentQueries queries;
    private final DepartmentService departments;

    DepartmentController(DepartmentQueries queries, DepartmentService departments) {
        this.queries = queries;
        this.departments = departments;
    }

    @Operation(summary = "Referrals in the caller's scope (a department: those sent to it), newest first")
    @GetMapping
    @PreAuthorize(READERS)
    Page<DepartmentReferralRow> list(@RequestParam(required = false) DepartmentReferralStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.list(CurrentUsers.require(), status, page, size);
    }

    @Operation(summary = "One referral with the history of its steps")
    @GetMapping("/{referralNo}")
    @PreAuthorize(READERS)
    DepartmentReferralView referral(@PathVariable @Pattern(regexp = REFERRAL_NO) String referralNo) {
        return queries.view(CurrentUsers.require(), referralNo);
    }

    @Operation(summary = "The departments serving the caller's district (and its streets)")
    @GetMapping("/departments")
    @PreAuthorize(READERS)
    List<DepartmentView> departments() {
        CurrentUser user = CurrentUsers.require();
        String area = user.hasRole(cn.civilaffairs.assist.security.Role.DEPARTMENT_STAFF)
                ? departments.departmentsWithin("").stream().filter(d -> d.code().equals(user.orgCode()))
                        .map(DepartmentView::servesCode).findFirst().orElse(user.orgCode())
                : user.orgCode();
        return departments.departmentsWithin(area.length() >= 6 ? area.substring(0, 6) : area);
    }
}
