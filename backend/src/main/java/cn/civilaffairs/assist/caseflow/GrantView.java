package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record GrantView(long id, String itemCode, String itemName,
        @Schema(implementation = ServiceWay.class) @MayBeNull String way,
        @Schema(implementation = GrantStatus.class) String status, Instant grantedAt,
        @MayBeNull Instant stoppedAt, @MayBeNull String stopReason) {}
