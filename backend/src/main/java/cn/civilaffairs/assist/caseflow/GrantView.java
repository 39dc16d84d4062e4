package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record GrantView(long id, String itemCode, String itemName, String way, String status,
        Instant grantedAt, Instant stoppedAt, String stopReason) {}
