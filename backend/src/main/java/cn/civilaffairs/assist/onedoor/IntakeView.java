package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;

/** An intake with its needs and routes (the intake page, the person page, the task screens). */
public record IntakeView(String intakeNo, IntakeStatus status, long personId, String personName, String villageCode,
        String villageName, @MayBeNull String fromCaseNo, @MayBeNull String note, Instant createdAt,
        @MayBeNull String createdByName, @MayBeNull Instant confirmedAt, @MayBeNull Instant closedAt, List<NeedView> needs,
        List<RouteView> routes, List<IntakeDocumentView> documents) {}
