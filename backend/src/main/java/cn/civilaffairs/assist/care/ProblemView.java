package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ProblemView(long id, Department department, String description, LocalDate dueOn, String status,
        @MayBeNull String resolution,
        @MayBeNull String referralNo) {}
