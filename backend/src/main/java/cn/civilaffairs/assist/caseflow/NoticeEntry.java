package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One line of a village notice: never an ID number or street address. */
public record NoticeEntry(long noticeId, @MayBeNull Integer serviceNo, String name,
        @Schema(implementation = Gender.class) String gender, String villageName,
        @Schema(allowableValues = {"CATEGORY_1", "CATEGORY_2", "CATEGORY_3", "CATEGORY_4", "CATEGORY_5", "CATEGORY_6"})
        @MayBeNull String category, List<String> services,
        @Schema(allowableValues = {"PUBLISHED", "LONG_TERM"}) String status,
        @Schema(implementation = NoticePhase.class) String phase, LocalDate startsOn, LocalDate endsOn,
        @MayBeNull Instant periodEndedAt) {}
