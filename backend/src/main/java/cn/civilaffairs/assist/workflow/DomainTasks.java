package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.security.CurrentUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one seam for domain tasks (formKey app:…). A module's task controller
 * ({@code @RequestMapping("/api/tasks/{taskId}")}) registers its screens' completion endpoints with
 * {@link #register}, opens the task with {@link #open} (current user, business key, variables, scope
 * check) and completes it with {@link #complete} in one transaction with its own data. What a task is
 * about comes from the module's {@link TaskSubjectProvider} via {@code GET /api/tasks/{id}/subject}.
 */
@Service
public class DomainTasks {
    private final TaskInboxService inbox;
    private final Map<String, TaskSubjectProvider> providers = new HashMap<>();
    /** Steps with a generated form (no app: formKey) by task definition key. */
    private final Map<String, TaskSubjectProvider> stepProviders = new HashMap<>();

    DomainTasks(TaskInboxService inbox, List<TaskSubjectProvider> providers) {
        this.inbox = inbox;
        for (TaskSubjectProvider p : providers) {
            for (String formKey : p.formKeys()) {
                TaskSubjectProvider known = this.providers.putIfAbsent(formKey, p);
                if (known != null) {
                    throw new IllegalStateException("Two subject providers for " + formKey);
                }
            }
            for (String taskKey : p.taskKeys()) {
                TaskSubjectProvider known = this.stepProviders.putIfAbsent(taskKey, p);
                if (known != null) {
                    throw new IllegalStateException("Two subject providers for step " + taskKey);
                }
            }
        }
    }

    /**
     * A domain screen (formKey app:…) saves data the process relies on: the generic completion refuses
     * it and names {@code endpoint}, e.g. {@code POST /api/tasks/{taskId}/case-file} ({taskId} and
     * {businessKey} are filled in).
     */
    public void register(String formKey, String endpoint) {
        inbox.registerDomainForm(formKey, endpoint);
    }

    /** The task for the signed-in user; out of their scope (or missing) is a 404, already finished a 409. */
    @Transactional(readOnly = true)
    public DomainTask open(String taskId) {
        return inbox.domainTask(CurrentUsers.require(), taskId);
    }

    /**
     * Claims the task if still open and completes it after {@code domainChange} has saved the screen's
     * data, in the caller's transaction; {@code expectedTaskKey} guards against completing another step
     * (409). {@code variables} are the few the process routes on; the engine reads the map at completion.
     */
    @Transactional
    public void complete(DomainTask task, String expectedTaskKey, Map<String, Object> variables,
            Runnable domainChange) {
        inbox.completeDomainTask(task.user(), task.id(), expectedTaskKey, variables, domainChange);
    }

    /** The formKeys some module answers {@code GET /api/tasks/{id}/subject} for. */
    Set<String> subjectFormKeys() {
        return Set.copyOf(providers.keySet());
    }

    /** The task definition keys some module answers {@code GET /api/tasks/{id}/subject} for. */
    Set<String> subjectTaskKeys() {
        return Set.copyOf(stepProviders.keySet());
    }

    /**
     * What the task is about, from the module that registered a provider for its formKey (or, for a
     * generated form, its step). No transaction
     * here: the provider chooses (a read-only one, or none where the view writes an access-log row).
     */
    Object subject(String taskId) {
        DomainTask task = open(taskId);
        TaskSubjectProvider provider = task.formKey() == null ? null : providers.get(task.formKey());
        if (provider == null && (task.formKey() == null || !task.formKey().startsWith(TaskInboxService.DOMAIN_FORM_PREFIX))) {
            provider = stepProviders.get(task.taskKey());
        }
        if (provider == null) {
            throw new NotFoundException("该任务没有专用的办理页面。");
        }
        return provider.subject(task);
    }
}
