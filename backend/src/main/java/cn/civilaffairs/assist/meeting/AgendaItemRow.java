package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.department.DepartmentKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One agenda item as lists show it. A social-work agency never sees the case number ({@code caseNo} null).
 * {@code outcome} is an {@link AgencyOutcome} or, for a department referral, a DepartmentOutcome name.
 * {@code taskId}/{@code taskFormKey}: the caller's open task on the item, if any.
 */
public record AgendaItemRow(String itemNo, @MayBeNull String caseNo, String personName, String villageCode,
        @MayBeNull String villageName, String need, String whyNotMet, ItemStatus status, Instant listedAt,
        @MayBeNull String listedByName, @MayBeNull String meetingNo, @MayBeNull LocalDate heldOn,
        @MayBeNull Decision decision, @MayBeNull DepartmentKind departmentKind, @MayBeNull String agencyCode,
        @MayBeNull String agencyName, @MayBeNull String decisionNote, @MayBeNull Instant decidedAt,
        @MayBeNull String returnedNote, int planRound, @MayBeNull String outcome, @MayBeNull String outcomeSummary,
        @MayBeNull Instant closedAt, @MayBeNull String taskId, @MayBeNull String taskName,
        @MayBeNull String taskFormKey) {}
