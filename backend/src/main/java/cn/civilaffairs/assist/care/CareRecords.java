package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.CareTypes.Department;
import cn.civilaffairs.assist.care.CareTypes.Risk;
import cn.civilaffairs.assist.care.CareTypes.VisitMode;
import cn.civilaffairs.assist.care.CareTypes.WarningKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The care module's records that hang off an enrolment. */
final class CareRecords {
    private CareRecords() {}

    @Entity(name = "CareVisit")
    @Table(name = "care_visit")
    static class Visit {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "enrolment_id", nullable = false)
        Long enrolmentId;
        @Column(name = "visited_at", nullable = false)
        Instant visitedAt;
        @Column(name = "visit_on", nullable = false)
        LocalDate visitOn;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        VisitMode mode;
        @Column(nullable = false)
        String met;
        @Column(nullable = false)
        String findings;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Risk risk;
        @Column(name = "photo_key")
        String photoKey;
        @Column(name = "photo_type")
        String photoType;
        @Column(name = "recorded_by", nullable = false)
        String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        Instant recordedAt;
        /** Why a visit was entered more than app.care.late-entry-days after it (补录); null when on time. */
        @Column(name = "late_entry_reason")
        String lateEntryReason;

        protected Visit() {}

        Visit(Long enrolmentId, Instant visitedAt, VisitMode mode, String met, String findings, Risk risk,
                String photoKey, String photoType, String recordedBy, Instant recordedAt, String lateEntryReason) {
            this.enrolmentId = enrolmentId;
            this.visitedAt = visitedAt;
            this.visitOn = CarePolicy.dayOf(visitedAt);
            this.mode = mode;
            this.met = met;
            this.findings = findings;
            this.risk = risk;
            this.photoKey = photoKey;
            this.photoType = photoType;
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
            this.lateEntryReason = lateEntryReason;
        }
    }

    @Entity(name = "CareWarning")
    @Table(name = "care_warning")
    static class Warning {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "enrolment_id", nullable = false)
        Long enrolmentId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        WarningKind kind;
        @Column(nullable = false)
        int stage;
        @Column(name = "raised_on", nullable = false)
        LocalDate raisedOn;
        @Column(name = "raised_at", nullable = false)
        Instant raisedAt;
        @Column(name = "gap_days")
        Integer gapDays;
        @Column(name = "escalated_at")
        Instant escalatedAt;
        @Column(name = "resolved_at")
        Instant resolvedAt;
        @Column(name = "resolved_by_visit_id")
        Long resolvedByVisitId;

        protected Warning() {}

        Warning(Long enrolmentId, WarningKind kind, LocalDate raisedOn, Instant raisedAt, Integer gapDays) {
            this.enrolmentId = enrolmentId;
            this.kind = kind;
            this.stage = 1;
            this.raisedOn = raisedOn;
            this.raisedAt = raisedAt;
            this.gapDays = gapDays;
        }
    }

    @Entity(name = "CareAssignment")
    @Table(name = "care_assignment")
    static class Assignment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "enrolment_id", nullable = false)
        Long enrolmentId;
        @Column(nullable = false)
        String username;
        @Column(nullable = false)
        String name;
        @Column(name = "care_level", nullable = false)
        int level;
        @Column(name = "assigned_at", nullable = false)
        Instant assignedAt;
        @Column(name = "assigned_by", nullable = false)
        String assignedBy;
        String reason;
        @Column(name = "ended_at")
        Instant endedAt;

        protected Assignment() {}

        Assignment(Long enrolmentId, String username, String name, int level, Instant assignedAt, String assignedBy,
                String reason) {
            this.enrolmentId = enrolmentId;
            this.username = username;
            this.name = name;
            this.level = level;
            this.assignedAt = assignedAt;
            this.assignedBy = assignedBy;
            this.reason = reason;
        }
    }

    @Entity(name = "CareEmergency")
    @Table(name = "care_emergency")
    static class Emergency {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "org_code", nullable = false)
        String orgCode;
        @Column(nullable = false)
        String reason;
        @Column(name = "starts_on", nullable = false)
        LocalDate startsOn;
        @Column(name = "ends_on")
        LocalDate endsOn;
        @Column(name = "interval_days", nullable = false)
        int intervalDays;
        @Column(name = "warn_after_days", nullable = false)
        int warnAfterDays;
        @Column(name = "declared_by", nullable = false)
        String declaredBy;
        @Column(name = "declared_at", nullable = false)
        Instant declaredAt;
        @Column(name = "lifted_by")
        String liftedBy;
        @Column(name = "lifted_at")
        Instant liftedAt;

        protected Emergency() {}

        Emergency(String orgCode, String reason, LocalDate startsOn, LocalDate endsOn, int intervalDays,
                int warnAfterDays, String declaredBy, Instant declaredAt) {
            this.orgCode = orgCode;
            this.reason = reason;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.intervalDays = intervalDays;
            this.warnAfterDays = warnAfterDays;
            this.declaredBy = declaredBy;
            this.declaredAt = declaredAt;
        }

        boolean activeOn(LocalDate day) {
            return liftedAt == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
        }
    }

    @Entity(name = "CareProblem")
    @Table(name = "care_problem")
    static class Problem {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "enrolment_id", nullable = false)
        Long enrolmentId;
        @Column(name = "visit_id")
        Long visitId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Department department;
        @Column(nullable = false)
        String description;
        @Column(name = "due_on", nullable = false)
        LocalDate dueOn;
        @Column(nullable = false)
        String status;
        String resolution;
        @Column(name = "resolved_at")
        Instant resolvedAt;
        @Column(name = "resolved_by")
        String resolvedBy;
        @Column(name = "created_at", nullable = false)
        Instant createdAt;
        @Column(name = "created_by", nullable = false)
        String createdBy;

        protected Problem() {}

        Problem(Long enrolmentId, Long visitId, Department department, String description, LocalDate dueOn,
                Instant createdAt, String createdBy) {
            this.enrolmentId = enrolmentId;
            this.visitId = visitId;
            this.department = department;
            this.description = description;
            this.dueOn = dueOn;
            this.status = "OPEN";
            this.createdAt = createdAt;
            this.createdBy = createdBy;
        }
    }

    @Entity(name = "CareEvent")
    @Table(name = "care_event")
    static class Event {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(name = "enrolment_id", nullable = false)
        Long enrolmentId;
        @Column(name = "occurred_at", nullable = false)
        Instant occurredAt;
        @Column(nullable = false)
        String actor;
        @Column(name = "event_type", nullable = false)
        String type;
        String detail;

        protected Event() {}

        Event(Long enrolmentId, Instant occurredAt, String actor, String type, String detail) {
            this.enrolmentId = enrolmentId;
            this.occurredAt = occurredAt;
            this.actor = actor;
            this.type = type;
            this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        }
    }
}
