package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Records the case API speaks. */
public final class CaseDtos {
    private CaseDtos() {}

    public record CaseSummary(String caseNo, String recipientName, String villageCode, String villageName,
            CaseStatus status, FocusGroup focusGroup, Integer recipientCategory, Integer serviceNo,
            Instant createdAt, Instant updatedAt) {}


    public record PersonView(String name, String idNumberMasked, Gender gender, LocalDate birthDate, String phone,
            String address) {}

    public record AssessmentView(int recipientCategory, boolean alreadyRecognised, String selfCare,
            String carerSituation, String livingSituation, String needsNote, String assessedBy, Instant assessedAt) {}

    public record GrantView(long id, String itemCode, String itemName, String way, String status,
            Instant grantedAt, Instant stoppedAt, String stopReason) {}

    /**
     * The card for the case page and the print view. {@code pinSet}: its PIN slip has been printed
     * (at {@code pinSetAt}); the PIN itself and its hash are never part of any read.
     */
    public record CardView(String cardNo, LocalDate validFrom, LocalDate validTo, String status, String recipientName,
            String villageName, List<String> items, boolean pinSet, Instant pinSetAt, Instant revokedAt,
            String revokeReason) {}

    /** The PIN slip (密码函), answered once, to the POST that made the PIN. */
    public record PinSlip(String caseNo, String cardNo, String recipientName, String villageName, String streetName,
            LocalDate validFrom, LocalDate validTo, String pin, Instant issuedAt, boolean reset) {}

    public record DocumentView(long id, DocumentType type, String fileName, String contentType, long sizeBytes,
            String uploadedBy, Instant uploadedAt) {}

    public record ObjectionView(long id, Instant raisedAt, String content, String decision, String decisionNote,
            Instant decidedAt) {}

    /**
     * A notice with its period: {@code startsOn}–{@code endsOn} both included; {@code phase} is what
     * the page says (IN_PERIOD 公示中, UNDER_REVIEW 异议复核中, PERIOD_ENDED 公示期满, LONG_TERM, WITHDRAWN);
     * {@code periodEndedAt} is set once the period has really ended.
     */
    public record NoticeView(long id, String status, String phase, LocalDate startsOn, LocalDate endsOn,
            Instant periodEndedAt, List<ObjectionView> objections) {}

    public record TimelineEntry(Instant at, String actor, String type, String detail) {}

    public record CaseView(CaseSummary summary, String summaryText, LeadSource leadSource, String verificationNote,
            String decisionReason, Instant closedAt, PersonView person, AssessmentView assessment,
            List<GrantView> grants, CardView card, List<DocumentView> documents, List<DocumentType> requiredDocuments,
            List<NoticeView> notices, List<TimelineEntry> timeline, String processInstanceId,
            List<String> activeActivityIds, List<CaseDeadline> deadlines) {}

    /**
     * The due date of an open task of the case (any of its processes), soonest first;
     * {@code dueProvisionalYear}: counted from weekends only, that year's holidays not loaded (暂定).
     */
    public record CaseDeadline(String taskName, Instant due, Integer dueProvisionalYear) {}

    public record CaseDiagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds) {}

    /** One line of a village notice: never an ID number or street address. */
    public record NoticeEntry(long noticeId, Integer serviceNo, String name, String gender, String villageName,
            String category, List<String> services, String status, String phase, LocalDate startsOn, LocalDate endsOn,
            Instant periodEndedAt) {}

    public record NoticeBoard(String villageCode, String villageName, String streetName, List<NoticeEntry> entries) {}
}
