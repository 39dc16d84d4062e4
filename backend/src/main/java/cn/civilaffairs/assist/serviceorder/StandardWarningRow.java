package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record StandardWarningRow(long id, String month, String caseNo, String recipientName, String villageName,
        int services, int qualifyingServices, BigDecimal amount, BigDecimal requiredAmount, List<String> reasons,
        Instant raisedAt) {}
