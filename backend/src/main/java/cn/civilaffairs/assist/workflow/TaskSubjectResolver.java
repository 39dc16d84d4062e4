package cn.civilaffairs.assist.workflow;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells the inbox who and where a business key is about (e.g. a case's person and village),
 * so the inbox stays generic and domain packages keep their own data.
 */
public interface TaskSubjectResolver {
    Map<String, TaskSubject> resolve(Collection<String> businessKeys);

    /**
     * What tells this task apart from other tasks of the same business key (two offers for one person
     * differ by their service item), read from the task's process variables when the inbox records the
     * task; null when the business key says it all. {@code variables} reads lazily.
     */
    default TaskLine line(String taskKey, Function<String, Object> variables) {
        return null;
    }

    record TaskSubject(String subject, String orgCode, String orgName) {}

    /** {@code text} is shown under the task's name; {@code number} (e.g. the order number) is searchable too. */
    record TaskLine(String text, String number) {}
}
