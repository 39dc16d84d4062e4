package cn.civilaffairs.assist.department;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A referral with the history of its steps. */
public record DepartmentReferralView(String referralNo, String personName, String villageCode, String villageName,
        String departmentCode, String departmentName, DepartmentKind kind, ReferralSource source, String matter,
        DepartmentReferralStatus status, @MayBeNull String requestedByName, Instant requestedAt,
        @MayBeNull Instant acceptedAt, @MayBeNull LocalDate dueOn, boolean overdue, @MayBeNull Instant closedAt,
        @MayBeNull String summary, List<StepView> steps) {

    /** step: REQUESTED, ACCEPTED, RETURNED, OVERDUE, RESOLVED, NOT_RESOLVED. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DepartmentReferralStep")
    public record StepView(Instant at, String step, @MayBeNull String actorName, @MayBeNull String detail) {}
}
