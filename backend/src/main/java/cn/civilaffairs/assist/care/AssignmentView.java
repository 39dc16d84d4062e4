package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record AssignmentView(String username, String name, int level, Instant assignedAt, String assignedBy,
        @MayBeNull String reason, @MayBeNull Instant endedAt) {}
