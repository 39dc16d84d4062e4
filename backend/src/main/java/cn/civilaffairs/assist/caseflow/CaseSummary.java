package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CaseSummary(String caseNo, String recipientName, String villageCode, String villageName,
        CaseStatus status, FocusGroup focusGroup, Integer recipientCategory, Integer serviceNo,
        Instant createdAt, Instant updatedAt) {}
