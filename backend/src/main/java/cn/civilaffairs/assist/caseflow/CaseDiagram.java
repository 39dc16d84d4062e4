package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CaseDiagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds) {}
