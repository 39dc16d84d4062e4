package cn.civilaffairs.assist.reports;

import java.time.Instant;
import java.time.LocalDate;

/** A stored report as listed for download (GET /api/reports/{id}/file). */
public record ReportView(long id, ReportKind kind, ReportOrigin origin, String orgCode, LocalDate from, LocalDate to,
        String fileName, long sizeBytes, Instant createdAt, String createdBy) {}
