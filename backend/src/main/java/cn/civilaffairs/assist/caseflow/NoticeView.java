package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice with its period: {@code startsOn}–{@code endsOn} both included; {@code phase} is what
 * the page says (IN_PERIOD 公示中, UNDER_REVIEW 异议复核中, PERIOD_ENDED 公示期满, LONG_TERM, WITHDRAWN);
 * {@code periodEndedAt} is set once the period has really ended.
 */
public record NoticeView(long id,
        @Schema(allowableValues = {"PUBLISHED", "LONG_TERM", "WITHDRAWN"}) String status,
        @Schema(implementation = NoticePhase.class) String phase, LocalDate startsOn, LocalDate endsOn,
        @MayBeNull Instant periodEndedAt, List<ObjectionView> objections) {}
