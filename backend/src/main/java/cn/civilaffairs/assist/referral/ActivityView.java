package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record ActivityView(long id, long itemId, String recipientName, long planId, LocalDate activityDate, String kind,
        String description, BigDecimal amount, String recordedBy, Instant recordedAt) {}
