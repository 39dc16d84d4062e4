package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record DocumentView(long id, DocumentType type, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {}
