package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record EmergencyView(long id, String orgCode, String orgName, String reason, LocalDate startsOn,
        @MayBeNull LocalDate endsOn, int intervalDays, boolean active, String declaredBy,
        @MayBeNull Instant liftedAt) {}
