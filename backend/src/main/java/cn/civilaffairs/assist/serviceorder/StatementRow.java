package cn.civilaffairs.assist.serviceorder;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record StatementRow(String statementNo, @Schema(implementation = StatementKind.class) String kind,
        String partyCode, String partyName, String streetCode,
        String streetName, String month, @Schema(implementation = StatementStatus.class) String status,
        int lineCount, BigDecimal totalAmount,
        Instant submittedAt, Instant approvedAt, String approvedBy, String approvalComment, String taskId,
        int supplementNo, int deductionCount, BigDecimal deductionAmount) {}
