package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record AidRow(long id, long helperId, String helperName, String caseNo, String recipientName, LocalDate aidDate,
        int minutes, String content, @MayBeNull String statementNo) {}
