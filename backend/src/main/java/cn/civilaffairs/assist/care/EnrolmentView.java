package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The roster row's fields flat, then the details (the API contract in docs/care-api.md). */
public record EnrolmentView(@JsonUnwrapped RosterRow row, CareFacts facts, String note, Integer proposedLevel, String levelReason,
        LocalDate gradedOn, boolean gradingPending, String maskedPhone, String address, String householdPlan,
        String personMeasures, List<VisitView> visits, List<WarningView> warnings,
        List<AssignmentView> assignments, List<ProblemView> problems, List<EventView> timeline) {}
