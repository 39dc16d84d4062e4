package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record LevelPolicyView(int level, int intervalDays, int warnAfterDays, String responsibleKind) {}
