package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CaseView(CaseSummary summary, @MayBeNull String summaryText, @MayBeNull LeadSource leadSource,
        @MayBeNull String verificationNote, @MayBeNull String decisionReason, @MayBeNull Instant closedAt,
        @MayBeNull PersonView person, @MayBeNull AssessmentView assessment, List<GrantView> grants,
        @MayBeNull CardView card, List<DocumentView> documents, List<DocumentType> requiredDocuments,
        List<NoticeView> notices, List<TimelineEntry> timeline, @MayBeNull String processInstanceId,
        List<String> activeActivityIds, List<CaseDeadline> deadlines) {}
