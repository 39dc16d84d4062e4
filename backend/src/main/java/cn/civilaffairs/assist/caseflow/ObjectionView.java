package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ObjectionView(long id, Instant raisedAt, String content, String decision, String decisionNote,
        Instant decidedAt) {}
