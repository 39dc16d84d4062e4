package cn.civilaffairs.assist.reports;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A manager's order for a report over any period (POST /api/reports). */
public record ReportRequest(@NotNull ReportKind kind, @NotNull LocalDate from, @NotNull LocalDate to) {}
