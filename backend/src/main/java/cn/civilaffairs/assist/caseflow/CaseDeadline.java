package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The due date of an open task of the case (any of its processes), soonest first;
 * {@code dueProvisionalYear}: counted from weekends only, that year's holidays not loaded (暂定); {@code taskKey}: the task
 * definition key, so the screen names the task in its own language.
 */
public record CaseDeadline(String taskName, Instant due, @MayBeNull Integer dueProvisionalYear, String taskKey) {}
