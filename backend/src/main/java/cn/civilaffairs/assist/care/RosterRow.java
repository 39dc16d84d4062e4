package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RosterRow(String enrolmentNo, String personName, String maskedIdNumber, Integer age,
        String villageCode, String villageName, CareGroup group, Integer level, EnrolmentStatus status,
        String responsibleUsername, String responsibleName, LocalDate lastVisitOn, LocalDate nextDueOn,
        Long gapDays, VisitStatus visitStatus, boolean emergency, WarningBadge warning,
        boolean lastVisitLateEntry, String lastVisitLateReason) {}
