package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.CareTypes.Department;
import cn.civilaffairs.assist.care.CareTypes.Risk;
import cn.civilaffairs.assist.care.CareTypes.VisitMode;
import cn.civilaffairs.assist.care.CareTypes.WarningKind;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the care API answers: DTO records, personal data masked. */
public final class CareViews {
    private CareViews() {}

    public record WarningBadge(WarningKind kind, int stage, LocalDate raisedOn) {}

    public record RosterRow(String enrolmentNo, String personName, String maskedIdNumber, Integer age,
            String villageCode, String villageName, CareGroup group, Integer level, EnrolmentStatus status,
            String responsibleUsername, String responsibleName, LocalDate lastVisitOn, LocalDate nextDueOn,
            Long gapDays, VisitStatus visitStatus, boolean emergency, WarningBadge warning,
            boolean lastVisitLateEntry, String lastVisitLateReason) {}


    public record VisitView(long id, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
            boolean hasPhoto, String recordedBy, Instant recordedAt, boolean lateEntry, String lateEntryReason) {}

    public record WarningView(long id, WarningKind kind, int stage, LocalDate raisedOn, Integer gapDays,
            Instant resolvedAt) {}

    public record AssignmentView(String username, String name, int level, Instant assignedAt, String assignedBy,
            String reason, Instant endedAt) {}

    public record ProblemView(long id, Department department, String description, LocalDate dueOn, String status,
            String resolution) {}

    public record EventView(Instant at, String actor, String type, String detail) {}

    /** The roster row's fields flat, then the details (the API contract in docs/care-api.md). */
    public record EnrolmentView(@JsonUnwrapped RosterRow row, CareFacts facts, String note, Integer proposedLevel, String levelReason,
            LocalDate gradedOn, boolean gradingPending, String maskedPhone, String address, String householdPlan,
            String personMeasures, List<VisitView> visits, List<WarningView> warnings,
            List<AssignmentView> assignments, List<ProblemView> problems, List<EventView> timeline) {}

    public record EmergencyView(long id, String orgCode, String orgName, String reason, LocalDate startsOn,
            LocalDate endsOn, int intervalDays, boolean active, String declaredBy, Instant liftedAt) {}

    public record LevelPolicyView(int level, int intervalDays, int warnAfterDays, String responsibleKind) {}

    public record PolicyView(List<LevelPolicyView> levels, int emergencyIntervalDays, int emergencyWarnAfterDays,
            long escalateAfterDays, int lateEntryDays) {}
}
