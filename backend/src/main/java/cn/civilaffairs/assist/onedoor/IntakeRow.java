package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;

/** A line of the intake list. */
public record IntakeRow(String intakeNo, IntakeStatus status, long personId, String personName, String villageName,
        List<NeedType> needTypes, int routes, int openRoutes, Instant createdAt, @MayBeNull Instant closedAt) {}
