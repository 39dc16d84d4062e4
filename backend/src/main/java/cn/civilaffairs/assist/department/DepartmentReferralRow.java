package cn.civilaffairs.assist.department;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.time.LocalDate;

/** One referral in a list: who, which department, where it stands. */
public record DepartmentReferralRow(String referralNo, String personName, String villageCode, String villageName,
        String departmentName, DepartmentKind kind, ReferralSource source, String matter,
        DepartmentReferralStatus status, Instant requestedAt, @MayBeNull LocalDate dueOn, boolean overdue,
        @MayBeNull Instant closedAt) {}
