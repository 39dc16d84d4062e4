package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record VisitView(long id, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
        boolean hasPhoto, String recordedBy, Instant recordedAt, boolean lateEntry,
        @MayBeNull String lateEntryReason) {}
