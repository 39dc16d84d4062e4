package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the referral API answers (docs/referral-api.md); records only, never entities. */
final class ReferralViews {
    private ReferralViews() {}

    record CharityOption(String code, String name) {}

    record ConsentView(long id, String caseNo, String recipientName, String charityCode, String charityName,
            String giverRelation, String giverName, LocalDate givenOn, String documentNote, String recordedBy,
            Instant recordedAt, Instant withdrawnAt, String withdrawnBy, String withdrawReason) {}

    record OpenReferral(String batchNo, String charityName, String itemStatus) {}

    record LastOutcome(String batchNo, String outcome, String outcomeReason, Instant closedAt) {}

    record EligibleRow(String caseNo, String recipientName, String villageCode, String villageName,
            Integer recipientCategory, Integer age, String phoneMasked, String consentStatus, ConsentView consent,
            OpenReferral openReferral, LastOutcome lastOutcome) {}

    record BatchRow(String batchNo, String charityCode, String charityName, String originCode, String originName,
            String status, int persons, int pending, int accepted, int declined, int closed, Instant sentAt,
            String sentBy, Instant agreedAt, Instant closedAt, int planRound, long openWarnings, String taskId,
            String taskName, String taskFormKey) {}

    record ItemView(long id, String caseNo, String recipientName, String villageCode, String villageName, Integer age,
            Integer recipientCategory, String phone, String address, String status, String declineReason,
            Instant respondedAt, String respondedBy, String outcome, String outcomeReason, String outcomeNote,
            Instant closedAt, String closedBy, LocalDate firstActivityOn, LocalDate lastActivityOn, int activityCount,
            Long daysToFirstActivity, Long planId) {}

    record PlanView(long id, Long itemId, String recipientName, List<String> contents, LocalDate scheduleFrom,
            LocalDate scheduleTo, BigDecimal budget, String responsiblePerson, String responsiblePhone,
            String description, int version, String status, Instant updatedAt, String updatedBy, Instant submittedAt,
            Instant agreedAt, String agreedBy) {}

    record ApprovalEntry(int round, String action, String comment, String actor, Instant at) {}

    record ActivityView(long id, long itemId, String recipientName, long planId, LocalDate activityDate, String kind,
            String description, BigDecimal amount, String recordedBy, Instant recordedAt) {}

    record WarningView(long id, String batchNo, String charityName, long itemId, String recipientName, String reason,
            String detail, Instant raisedAt, Instant resolvedAt, String resolvedBy, String resolution) {}

    record BatchView(@JsonUnwrapped BatchRow row, String note, List<ItemView> items, List<PlanView> plans,
            List<ApprovalEntry> approvals, List<ActivityView> activities, List<WarningView> warnings) {}


    record CaseReferral(String batchNo, String charityName, String batchStatus, Instant sentAt, ItemView item,
            PlanView plan, List<ActivityView> activities) {}

    record CaseReferrals(String caseNo, List<ConsentView> consents, List<CaseReferral> referrals) {}

    record CharityStats(String charityCode, String charityName, Map<String, Long> batches, Map<String, Long> persons,
            long helped, long notHelped, long withFirstActivity, long waitingForFirstActivity,
            BigDecimal averageDaysToFirstActivity, BigDecimal medianDaysToFirstActivity, Long maxDaysToFirstActivity) {}

    record Stats(LocalDate from, LocalDate to, long openWarnings, List<CharityStats> charities) {}

    record TaskSubjectView(String formKey, BatchView batch, List<WarningView> warnings) {}
}
