package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One line of a village notice: never an ID number or street address. */
public record NoticeEntry(long noticeId, Integer serviceNo, String name, String gender, String villageName,
        String category, List<String> services, String status, String phase, LocalDate startsOn, LocalDate endsOn,
        Instant periodEndedAt) {}
