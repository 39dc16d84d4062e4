package cn.civilaffairs.assist.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** The charity-referral module's entities (V9__charity_referral.sql); they never leave the module. */
final class ReferralRecords {
    private ReferralRecords() {}

    enum GiverRelation { SELF, GUARDIAN, FAMILY }

    enum BatchStatus {
        RESPONDING, PLANNING, REVIEW, RETURNED, RUNNING, CLOSED, NONE_ACCEPTED;

        boolean isOpen() {
            return this != CLOSED && this != NONE_ACCEPTED;
        }
    }

    enum ItemStatus {
        PENDING, ACCEPTED, DECLINED, CLOSED;

        boolean isOpen() {
            return this == PENDING || this == ACCEPTED;
        }
    }

    enum Outcome { HELPED, NOT_HELPED }

    enum OutcomeReason { REFUSED, UNREACHABLE, NO_CAPACITY, OTHER }

    /** The charity items of seed 002 §四(三)7. */
    enum PlanContent {
        VISIT("慈善走访慰问"),
        LOW_PRICE_GOODS("“小篷车”低价生活用品上门"),
        CLOTHING("捐赠衣物配发"),
        CHARITY_PROJECT_APPLICATION("代为申报省市慈善项目"),
        VOLUNTEER_SERVICE("慈善义工志愿服务");

        final String label;

        PlanContent(String label) {
            this.label = label;
        }
    }

    enum PlanStatus { DRAFT, SUBMITTED, RETURNED, AGREED }

    enum ReviewAction { SUBMITTED, RETURNED, AGREED }

    enum WarningReason { NO_ACTIVITY, SCHEDULE_ENDED }

    @Entity(name = "ReferralConsent")
    @Table(name = "referral_consent")
    static class Consent {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "case_id", nullable = false)
        private Long caseId;
        @Column(name = "charity_code")
        private String charityCode;
        @Enumerated(EnumType.STRING)
        @Column(name = "giver_relation", nullable = false)
        private GiverRelation giverRelation;
        @Column(name = "giver_name", nullable = false)
        private String giverName;
        @Column(name = "given_on", nullable = false)
        private LocalDate givenOn;
        @Column(name = "document_note")
        private String documentNote;
        @Column(name = "recorded_by", nullable = false)
        private String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        private Instant recordedAt;
        @Column(name = "withdrawn_at")
        private Instant withdrawnAt;
        @Column(name = "withdrawn_by")
        private String withdrawnBy;
        @Column(name = "withdraw_reason")
        private String withdrawReason;

        protected Consent() {}

        Consent(long caseId, String charityCode, GiverRelation relation, String giverName, LocalDate givenOn,
                String documentNote, String by, Instant at) {
            this.caseId = caseId;
            this.charityCode = charityCode;
            this.giverRelation = relation;
            this.giverName = giverName;
            this.givenOn = givenOn;
            this.documentNote = documentNote;
            this.recordedBy = by;
            this.recordedAt = at;
        }

        /** Valid and covering that charity: given for it or for any charity, and not withdrawn. */
        boolean covers(String charity) {
            return withdrawnAt == null && (charityCode == null || charityCode.equals(charity));
        }

        void withdraw(String by, Instant at, String reason) {
            this.withdrawnAt = at;
            this.withdrawnBy = by;
            this.withdrawReason = reason;
        }

        Long getId() { return id; }
        Long getCaseId() { return caseId; }
        String getCharityCode() { return charityCode; }
        GiverRelation getGiverRelation() { return giverRelation; }
        String getGiverName() { return giverName; }
        LocalDate getGivenOn() { return givenOn; }
        String getDocumentNote() { return documentNote; }
        String getRecordedBy() { return recordedBy; }
        Instant getRecordedAt() { return recordedAt; }
        Instant getWithdrawnAt() { return withdrawnAt; }
        String getWithdrawnBy() { return withdrawnBy; }
        String getWithdrawReason() { return withdrawReason; }
    }

    @Entity(name = "ReferralBatch")
    @Table(name = "referral_batch")
    static class Batch {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_no", nullable = false)
        private String batchNo;
        @Column(name = "charity_code", nullable = false)
        private String charityCode;
        @Column(name = "origin_code", nullable = false)
        private String originCode;
        @Column(name = "district_code", nullable = false)
        private String districtCode;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private BatchStatus status;
        private String note;
        @Column(name = "sent_at", nullable = false)
        private Instant sentAt;
        @Column(name = "sent_by", nullable = false)
        private String sentBy;
        @Column(name = "responded_at")
        private Instant respondedAt;
        @Column(name = "agreed_at")
        private Instant agreedAt;
        @Column(name = "closed_at")
        private Instant closedAt;
        @Column(name = "plan_round", nullable = false)
        private int planRound;
        @Column(name = "process_instance_id")
        private String processInstanceId;
        @Version
        private long version;

        protected Batch() {}

        Batch(String batchNo, String charityCode, String originCode, String districtCode, String note, String by,
                Instant at) {
            this.batchNo = batchNo;
            this.charityCode = charityCode;
            this.originCode = originCode;
            this.districtCode = districtCode;
            this.note = note;
            this.sentBy = by;
            this.sentAt = at;
            this.status = BatchStatus.RESPONDING;
        }

        void runsIn(String processInstanceId) {
            this.processInstanceId = processInstanceId;
        }

        void responded(boolean anyAccepted, Instant at) {
            this.respondedAt = at;
            this.status = anyAccepted ? BatchStatus.PLANNING : BatchStatus.NONE_ACCEPTED;
            if (!anyAccepted) {
                this.closedAt = at;
            }
        }

        int submitted() {
            this.status = BatchStatus.REVIEW;
            return ++planRound;
        }

        void returned() {
            this.status = BatchStatus.RETURNED;
        }

        void agreed(Instant at) {
            this.status = BatchStatus.RUNNING;
            this.agreedAt = at;
        }

        void close(Instant at) {
            this.status = BatchStatus.CLOSED;
            this.closedAt = at;
        }

        Long getId() { return id; }
        String getBatchNo() { return batchNo; }
        String getCharityCode() { return charityCode; }
        String getOriginCode() { return originCode; }
        String getDistrictCode() { return districtCode; }
        BatchStatus getStatus() { return status; }
        String getNote() { return note; }
        Instant getSentAt() { return sentAt; }
        String getSentBy() { return sentBy; }
        Instant getRespondedAt() { return respondedAt; }
        Instant getAgreedAt() { return agreedAt; }
        Instant getClosedAt() { return closedAt; }
        int getPlanRound() { return planRound; }
        String getProcessInstanceId() { return processInstanceId; }
    }

    @Entity(name = "ReferralItem")
    @Table(name = "referral_item")
    static class Item {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_id", nullable = false)
        private Long batchId;
        @Column(name = "case_id", nullable = false)
        private Long caseId;
        @Column(name = "case_no", nullable = false)
        private String caseNo;
        @Column(name = "grant_id", nullable = false)
        private Long grantId;
        @Column(name = "consent_id", nullable = false)
        private Long consentId;
        @Column(name = "village_code", nullable = false)
        private String villageCode;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private ItemStatus status;
        @Column(name = "decline_reason")
        private String declineReason;
        @Column(name = "responded_at")
        private Instant respondedAt;
        @Column(name = "responded_by")
        private String respondedBy;
        @Enumerated(EnumType.STRING)
        private Outcome outcome;
        @Enumerated(EnumType.STRING)
        @Column(name = "outcome_reason")
        private OutcomeReason outcomeReason;
        @Column(name = "outcome_note")
        private String outcomeNote;
        @Column(name = "closed_at")
        private Instant closedAt;
        @Column(name = "closed_by")
        private String closedBy;
        @Column(name = "first_activity_on")
        private LocalDate firstActivityOn;
        @Column(name = "last_activity_on")
        private LocalDate lastActivityOn;
        @Column(name = "activity_count", nullable = false)
        private int activityCount;
        /** Phone and address are shown to the charity only while it works with the person. */
        @Column(name = "contact_shared", nullable = false)
        private boolean contactShared;

        protected Item() {}

        Item(long batchId, long caseId, String caseNo, long grantId, long consentId, String villageCode) {
            this.batchId = batchId;
            this.caseId = caseId;
            this.caseNo = caseNo;
            this.grantId = grantId;
            this.consentId = consentId;
            this.villageCode = villageCode;
            this.status = ItemStatus.PENDING;
        }

        void respond(boolean accept, String reason, String by, Instant at) {
            this.status = accept ? ItemStatus.ACCEPTED : ItemStatus.DECLINED;
            this.contactShared = accept;
            this.declineReason = accept ? null : reason;
            this.respondedBy = by;
            this.respondedAt = at;
        }

        void activity(LocalDate day) {
            activityCount++;
            if (firstActivityOn == null || day.isBefore(firstActivityOn)) {
                firstActivityOn = day;
            }
            if (lastActivityOn == null || day.isAfter(lastActivityOn)) {
                lastActivityOn = day;
            }
        }

        void close(Outcome outcome, OutcomeReason reason, String note, String by, Instant at) {
            this.status = ItemStatus.CLOSED;
            this.outcome = outcome;
            this.outcomeReason = reason;
            this.outcomeNote = note;
            this.closedBy = by;
            this.closedAt = at;
        }

        /** Closed by the office (consent withdrawn, service stopped): the charity loses the contact data. */
        void withdraw(OutcomeReason reason, String note, String by, Instant at) {
            close(Outcome.NOT_HELPED, reason, note, by, at);
            this.contactShared = false;
        }

        boolean isContactShared() { return contactShared; }

        Long getId() { return id; }
        Long getBatchId() { return batchId; }
        Long getCaseId() { return caseId; }
        String getCaseNo() { return caseNo; }
        Long getGrantId() { return grantId; }
        Long getConsentId() { return consentId; }
        String getVillageCode() { return villageCode; }
        ItemStatus getStatus() { return status; }
        String getDeclineReason() { return declineReason; }
        Instant getRespondedAt() { return respondedAt; }
        String getRespondedBy() { return respondedBy; }
        Outcome getOutcome() { return outcome; }
        OutcomeReason getOutcomeReason() { return outcomeReason; }
        String getOutcomeNote() { return outcomeNote; }
        Instant getClosedAt() { return closedAt; }
        String getClosedBy() { return closedBy; }
        LocalDate getFirstActivityOn() { return firstActivityOn; }
        LocalDate getLastActivityOn() { return lastActivityOn; }
        int getActivityCount() { return activityCount; }
    }

    @Entity(name = "ReferralPlan")
    @Table(name = "referral_plan")
    static class Plan {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_id", nullable = false)
        private Long batchId;
        @Column(name = "item_id")
        private Long itemId;
        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "referral_plan_content", joinColumns = @JoinColumn(name = "plan_id"))
        @Column(name = "content_code")
        @Enumerated(EnumType.STRING)
        private Set<PlanContent> contents = new TreeSet<>();
        @Column(name = "schedule_from", nullable = false)
        private LocalDate scheduleFrom;
        @Column(name = "schedule_to", nullable = false)
        private LocalDate scheduleTo;
        @Column(nullable = false)
        private BigDecimal budget;
        @Column(name = "responsible_person", nullable = false)
        private String responsiblePerson;
        @Column(name = "responsible_phone")
        private String responsiblePhone;
        private String description;
        @Column(nullable = false)
        private int version;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private PlanStatus status;
        @Column(name = "updated_at", nullable = false)
        private Instant updatedAt;
        @Column(name = "updated_by", nullable = false)
        private String updatedBy;
        @Column(name = "submitted_at")
        private Instant submittedAt;
        @Column(name = "agreed_at")
        private Instant agreedAt;
        @Column(name = "agreed_by")
        private String agreedBy;

        protected Plan() {}

        Plan(long batchId, Long itemId) {
            this.batchId = batchId;
            this.itemId = itemId;
            this.version = 1;
            this.status = PlanStatus.DRAFT;
        }

        void write(Collection<PlanContent> contents, LocalDate from, LocalDate to, BigDecimal budget,
                String responsiblePerson, String responsiblePhone, String description, String by, Instant at) {
            if (status == PlanStatus.RETURNED) {
                version++;
                status = PlanStatus.DRAFT;
            }
            this.contents.clear();
            this.contents.addAll(EnumSet.copyOf(contents));
            this.scheduleFrom = from;
            this.scheduleTo = to;
            this.budget = budget;
            this.responsiblePerson = responsiblePerson;
            this.responsiblePhone = responsiblePhone;
            this.description = description;
            this.updatedBy = by;
            this.updatedAt = at;
        }

        boolean editable() {
            return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
        }

        void submit(Instant at) {
            this.status = PlanStatus.SUBMITTED;
            this.submittedAt = at;
        }

        void returned() {
            this.status = PlanStatus.RETURNED;
        }

        void agree(String by, Instant at) {
            this.status = PlanStatus.AGREED;
            this.agreedBy = by;
            this.agreedAt = at;
        }

        Long getId() { return id; }
        Long getBatchId() { return batchId; }
        Long getItemId() { return itemId; }
        Set<PlanContent> getContents() { return contents; }
        LocalDate getScheduleFrom() { return scheduleFrom; }
        LocalDate getScheduleTo() { return scheduleTo; }
        BigDecimal getBudget() { return budget; }
        String getResponsiblePerson() { return responsiblePerson; }
        String getResponsiblePhone() { return responsiblePhone; }
        String getDescription() { return description; }
        int getVersion() { return version; }
        PlanStatus getStatus() { return status; }
        Instant getUpdatedAt() { return updatedAt; }
        String getUpdatedBy() { return updatedBy; }
        Instant getSubmittedAt() { return submittedAt; }
        Instant getAgreedAt() { return agreedAt; }
        String getAgreedBy() { return agreedBy; }
    }

    @Entity(name = "ReferralPlanReview")
    @Table(name = "referral_plan_review")
    static class Review {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_id", nullable = false)
        private Long batchId;
        @Column(name = "plan_round", nullable = false)
        private int round;
        @Enumerated(EnumType.STRING)
        @Column(name = "review_action", nullable = false)
        private ReviewAction action;
        @Column(name = "review_comment")
        private String comment;
        @Column(nullable = false)
        private String actor;
        @Column(name = "occurred_at", nullable = false)
        private Instant at;

        protected Review() {}

        Review(long batchId, int round, ReviewAction action, String comment, String actor, Instant at) {
            this.batchId = batchId;
            this.round = round;
            this.action = action;
            this.comment = comment;
            this.actor = actor;
            this.at = at;
        }

        Long getBatchId() { return batchId; }
        int getRound() { return round; }
        ReviewAction getAction() { return action; }
        String getComment() { return comment; }
        String getActor() { return actor; }
        Instant getAt() { return at; }
    }

    @Entity(name = "ReferralActivity")
    @Table(name = "referral_activity")
    static class Activity {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_id", nullable = false)
        private Long batchId;
        @Column(name = "item_id", nullable = false)
        private Long itemId;
        @Column(name = "plan_id", nullable = false)
        private Long planId;
        @Column(name = "case_id", nullable = false)
        private Long caseId;
        @Column(name = "activity_date", nullable = false)
        private LocalDate activityDate;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private PlanContent kind;
        @Column(nullable = false)
        private String description;
        private BigDecimal amount;
        @Column(name = "recorded_by", nullable = false)
        private String recordedBy;
        @Column(name = "recorded_at", nullable = false)
        private Instant recordedAt;

        protected Activity() {}

        Activity(Item item, long planId, LocalDate date, PlanContent kind, String description, BigDecimal amount,
                String by, Instant at) {
            this.batchId = item.getBatchId();
            this.itemId = item.getId();
            this.caseId = item.getCaseId();
            this.planId = planId;
            this.activityDate = date;
            this.kind = kind;
            this.description = description;
            this.amount = amount;
            this.recordedBy = by;
            this.recordedAt = at;
        }

        Long getId() { return id; }
        Long getBatchId() { return batchId; }
        Long getItemId() { return itemId; }
        Long getPlanId() { return planId; }
        Long getCaseId() { return caseId; }
        LocalDate getActivityDate() { return activityDate; }
        PlanContent getKind() { return kind; }
        String getDescription() { return description; }
        BigDecimal getAmount() { return amount; }
        String getRecordedBy() { return recordedBy; }
        Instant getRecordedAt() { return recordedAt; }
    }

    @Entity(name = "ReferralWarning")
    @Table(name = "referral_warning")
    static class Warning {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "batch_id", nullable = false)
        private Long batchId;
        @Column(name = "item_id", nullable = false)
        private Long itemId;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private WarningReason reason;
        @Column(nullable = false)
        private String detail;
        @Column(name = "raised_at", nullable = false)
        private Instant raisedAt;
        @Column(name = "resolved_at")
        private Instant resolvedAt;
        @Column(name = "resolved_by")
        private String resolvedBy;
        private String resolution;

        protected Warning() {}

        Warning(long batchId, long itemId, WarningReason reason, String detail, Instant at) {
            this.batchId = batchId;
            this.itemId = itemId;
            this.reason = reason;
            this.detail = detail;
            this.raisedAt = at;
        }

        void resolve(String by, Instant at, String resolution) {
            this.resolvedBy = by;
            this.resolvedAt = at;
            this.resolution = resolution;
        }

        Long getId() { return id; }
        Long getBatchId() { return batchId; }
        Long getItemId() { return itemId; }
        WarningReason getReason() { return reason; }
        String getDetail() { return detail; }
        Instant getRaisedAt() { return raisedAt; }
        Instant getResolvedAt() { return resolvedAt; }
        String getResolvedBy() { return resolvedBy; }
        String getResolution() { return resolution; }
    }
}
