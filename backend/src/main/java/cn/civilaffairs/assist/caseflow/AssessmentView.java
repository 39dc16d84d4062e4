package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record AssessmentView(int recipientCategory, boolean alreadyRecognised, String selfCare,
        String carerSituation, String livingSituation, String needsNote, String assessedBy, Instant assessedAt) {}
