package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.MayBeNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One submitted round of an agency's service plan and the district's answer (null while waiting). */
public record AgencyPlanRoundView(int round, String goals, String services, LocalDate scheduleFrom,
        LocalDate scheduleTo, String staff, BigDecimal budget, @MayBeNull String submittedByName, Instant submittedAt,
        @MayBeNull PlanAction reviewAction, @MayBeNull String reviewComment, @MayBeNull String reviewedByName,
        @MayBeNull Instant reviewedAt) {}
