package cn.civilaffairs.assist.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * Tells the inbox who and where a business key is about (e.g. a case's person and village),
 * so the inbox stays generic and domain packages keep their own data.
 */
public interface TaskSubjectResolver {
    Map<String, TaskSubject> resolve(Collection<String> businessKeys);

    record TaskSubject(String subject, String orgCode, String orgName) {}
}
