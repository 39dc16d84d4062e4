package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a case's timeline. {@code actorName} is the person's name (null for an automatic step, shown as 系统);
 * {@code taskKey} is the task definition key of a completed task (TASK_COMPLETED), so the screen names the task in
 * its own language.
 */
public record TimelineEntry(Instant at, String actor, @MayBeNull String actorName, String type, @MayBeNull String detail,
        @MayBeNull String taskKey) {}
