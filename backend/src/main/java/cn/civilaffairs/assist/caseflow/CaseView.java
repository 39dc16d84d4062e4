package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CaseView(CaseSummary summary, String summaryText, LeadSource leadSource, String verificationNote,
        String decisionReason, Instant closedAt, PersonView person, AssessmentView assessment,
        List<GrantView> grants, CardView card, List<DocumentView> documents, List<DocumentType> requiredDocuments,
        List<NoticeView> notices, List<TimelineEntry> timeline, String processInstanceId,
        List<String> activeActivityIds, List<CaseDeadline> deadlines) {}
