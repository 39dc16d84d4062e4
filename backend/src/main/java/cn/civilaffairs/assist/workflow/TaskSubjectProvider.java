package cn.civilaffairs.assist.workflow;

import java.util.Set;

/**
 * What a domain task is about, for its screen: a module registers one provider (a Spring bean) for
 * the formKeys whose screens it owns, and {@code GET /api/tasks/{id}/subject} dispatches to it by the
 * task's formKey. Workflow knows only this interface; the module depends on workflow, never the reverse.
 *
 * <p>The provider checks roles itself ({@code @PreAuthorize} on {@link #subject}) and reads the domain
 * data through its module's scoped queries; the task's own scope has been checked before it is called.
 */
public interface TaskSubjectProvider {
    /** The formKeys (app:…) this provider answers for; two providers for one formKey stop the start-up. */
    Set<String> formKeys();

    /** The subject view for a visible task whose formKey is one of {@link #formKeys()}. */
    Object subject(DomainTask task);
}
