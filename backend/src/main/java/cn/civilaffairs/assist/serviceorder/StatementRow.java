package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A statement as lists show it; {@code approverName} is the approver's name, never an account. */
record StatementRow(String statementNo, @Schema(implementation = StatementKind.class) String kind, String partyCode,
        String partyName, String streetCode, String streetName, String month,
        @Schema(implementation = StatementStatus.class) String status, int lineCount, BigDecimal totalAmount,
        @MayBeNull Instant submittedAt, @MayBeNull Instant approvedAt, @MayBeNull String approverName,
        @MayBeNull String approvalComment, @MayBeNull String taskId, int supplementNo, int deductionCount,
        BigDecimal deductionAmount) {}
