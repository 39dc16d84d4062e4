package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record StatementRow(String statementNo, String kind, String partyCode, String partyName, String streetCode,
        String streetName, String month, String status, int lineCount, BigDecimal totalAmount,
        Instant submittedAt, Instant approvedAt, String approvedBy, String reviewComment, String taskId,
        int supplementNo, int deductionCount, BigDecimal deductionAmount) {}
