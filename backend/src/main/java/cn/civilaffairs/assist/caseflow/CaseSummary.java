package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CaseSummary(String caseNo, String recipientName, String villageCode, String villageName,
        CaseStatus status, @MayBeNull FocusGroup focusGroup, @MayBeNull Integer recipientCategory,
        @MayBeNull Integer serviceNo, Instant createdAt, Instant updatedAt) {}
