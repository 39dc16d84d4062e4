package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record BatchRow(String batchNo, String charityCode, String charityName, String originCode, String originName,
        @Schema(implementation = BatchStatus.class) String status, int persons, int pending, int accepted, int declined,
        int closed, Instant sentAt, String sentBy, @MayBeNull Instant agreedAt, @MayBeNull Instant closedAt,
        int planRound, long openWarnings, @MayBeNull String taskId, @MayBeNull String taskName,
        @MayBeNull String taskFormKey) {}
