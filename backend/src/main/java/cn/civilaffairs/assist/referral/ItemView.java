package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ItemView(long id, String caseNo, String recipientName, String villageCode, String villageName, Integer age,
        Integer recipientCategory, String phone, String address, String status, String declineReason,
        Instant respondedAt, String respondedBy, String outcome, String outcomeReason, String outcomeNote,
        Instant closedAt, String closedBy, LocalDate firstActivityOn, LocalDate lastActivityOn, int activityCount,
        Long daysToFirstActivity, Long planId) {}
