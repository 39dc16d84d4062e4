package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record WarningView(long id, WarningKind kind, int stage, LocalDate raisedOn, Integer gapDays,
        Instant resolvedAt) {}
