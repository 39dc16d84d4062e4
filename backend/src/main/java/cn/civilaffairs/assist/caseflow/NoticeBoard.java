package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record NoticeBoard(String villageCode, String villageName, String streetName, List<NoticeEntry> entries) {}
