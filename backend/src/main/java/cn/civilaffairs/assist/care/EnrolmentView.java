package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The roster row's fields flat, then the details (the API contract in docs/care-api.md). */
public record EnrolmentView(@JsonUnwrapped RosterRow row, CareFacts facts, @MayBeNull String note,
        @MayBeNull Integer proposedLevel, @MayBeNull String levelReason, @MayBeNull LocalDate gradedOn,
        boolean gradingPending, @MayBeNull String maskedPhone, String address, @MayBeNull String householdPlan,
        @MayBeNull String personMeasures, List<VisitView> visits, List<WarningView> warnings,
        List<AssignmentView> assignments, List<ProblemView> problems, List<EventView> timeline,
        @MayBeNull ExitView exit, @MayBeNull LocalDate endedOn) {}
