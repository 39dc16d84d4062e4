package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ObjectionView(long id, Instant raisedAt, String content,
        @Schema(allowableValues = {"UPHELD", "DISMISSED", "LAPSED"}) @MayBeNull String decision,
        @MayBeNull String decisionNote, @MayBeNull Instant decidedAt) {}
