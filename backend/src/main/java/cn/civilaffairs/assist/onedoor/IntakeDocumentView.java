package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/** A document of an intake (download: GET /api/intakes/{intakeNo}/documents/{id}). */
public record IntakeDocumentView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
        @MayBeNull String uploadedByName) {}
