package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PolicyView(List<LevelPolicyView> levels, int emergencyIntervalDays, int emergencyWarnAfterDays,
        long escalateAfterDays, int lateEntryDays) {}
