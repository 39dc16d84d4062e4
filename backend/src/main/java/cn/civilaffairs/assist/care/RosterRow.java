package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RosterRow(String enrolmentNo, String personName, String maskedIdNumber, Integer age, String villageCode,
        String villageName, CareGroup group, @MayBeNull Integer level, EnrolmentStatus status,
        @MayBeNull String responsibleUsername, @MayBeNull String responsibleName, @MayBeNull LocalDate lastVisitOn,
        @MayBeNull LocalDate nextDueOn, @MayBeNull Long gapDays, @MayBeNull VisitStatus visitStatus, boolean emergency,
        @MayBeNull WarningBadge warning, boolean lastVisitLateEntry, @MayBeNull String lastVisitLateReason) {}
