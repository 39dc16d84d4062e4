package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.department.DepartmentKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One route and what became of it. {@code refNo}: the department referral, temporary-aid application or case number;
 * {@code outcome}: RESOLVED / NOT_RESOLVED / RETURNED (department), GRANTED / REFUSED (temporary assistance),
 * LOW_INCOME_GUARANTEE / EXTREME_POVERTY / REFUSED (低保/特困), CASE_OPENED / CASE_EXISTING (service case).
 */
public record RouteView(long id, long needId, RouteType type, @MayBeNull DepartmentKind departmentKind,
        RouteStatus status, boolean proposed, @MayBeNull String refNo, @MayBeNull String outcome,
        @MayBeNull String outcomeText, @MayBeNull BigDecimal amountRequested, @MayBeNull BigDecimal amountGranted,
        @MayBeNull Instant raisedAt, @MayBeNull Instant doneAt, @MayBeNull String decidedByName) {}
