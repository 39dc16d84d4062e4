package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.common.SelfCare;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record AssessmentView(int recipientCategory, boolean alreadyRecognised,
        @Schema(implementation = SelfCare.class) String selfCare,
        @Schema(implementation = CarerSituation.class) String carerSituation,
        @MayBeNull String livingSituation, @MayBeNull String needsNote, String assessedBy, Instant assessedAt) {}
