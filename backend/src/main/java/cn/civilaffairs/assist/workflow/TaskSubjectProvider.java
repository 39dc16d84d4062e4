package cn.civilaffairs.assist.workflow;

import java.util.Set;

/**
 * What a task is about, for its screen: a module registers one provider (a Spring bean) for the
 * formKeys whose screens it owns, and for the steps of its processes that have a generated form
 * (by task definition key); {@code GET /api/tasks/{id}/subject} dispatches to it by the task's formKey,
 * else by its step. Workflow knows only this interface; the module depends on workflow, never the reverse.
 *
 * <p>The provider checks roles itself ({@code @PreAuthorize} on {@link #subject}) and reads the domain
 * data through its module's scoped queries; the task's own scope has been checked before it is called.
 */
public interface TaskSubjectProvider {
    /** The formKeys (app:…) this provider answers for; two providers for one formKey stop the start-up. */
    Set<String> formKeys();

    /**
     * Task definition keys of steps without a domain screen (a generated form) this provider answers for;
     * two providers for one key stop the start-up.
     */
    default Set<String> taskKeys() {
        return Set.of();
    }

    /** The subject view for a visible task whose formKey is one of {@link #formKeys()} or step one of {@link #taskKeys()}. */
    Object subject(DomainTask task);
}
