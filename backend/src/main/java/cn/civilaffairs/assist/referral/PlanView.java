package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record PlanView(long id, Long itemId, String recipientName, List<String> contents, LocalDate scheduleFrom,
        LocalDate scheduleTo, BigDecimal budget, String responsiblePerson, String responsiblePhone,
        String description, int version, String status, Instant updatedAt, String updatedBy, Instant submittedAt,
        Instant agreedAt, String agreedBy) {}
