package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.time.LocalDate;

public record AgencyDeliveryView(long id, LocalDate deliveredOn, String content, int durationMinutes,
        @MayBeNull String recordedByName, Instant recordedAt) {}
