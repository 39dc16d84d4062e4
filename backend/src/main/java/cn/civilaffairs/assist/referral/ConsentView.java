package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ConsentView(long id, String caseNo, String recipientName, @MayBeNull String charityCode,
        @MayBeNull String charityName, @Schema(implementation = GiverRelation.class) String giverRelation,
        String giverName, LocalDate givenOn, @MayBeNull String documentNote, String recordedBy, Instant recordedAt,
        @MayBeNull Instant withdrawnAt, @MayBeNull String withdrawnBy, @MayBeNull String withdrawReason) {}
