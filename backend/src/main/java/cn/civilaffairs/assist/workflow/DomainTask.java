package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.security.CurrentUser;
import java.util.function.Function;

/**
 * A task the current user may see (assigned to them or offered to one of their work groups), as a
 * domain task controller or subject provider needs it: who asks, which task, its form and step, the
 * business key of its process, and its process variables. Obtained only from {@link DomainTasks#open},
 * which has done the scope check (a task out of scope is a 404, a finished one a 409).
 */
public final class DomainTask {
    private final CurrentUser user;
    private final String id;
    private final String formKey;
    private final String taskKey;
    private final String businessKey;
    private final Function<String, Object> variables;

    DomainTask(CurrentUser user, String id, String formKey, String taskKey, String businessKey,
            Function<String, Object> variables) {
        this.user = user;
        this.id = id;
        this.formKey = formKey;
        this.taskKey = taskKey;
        this.businessKey = businessKey;
        this.variables = variables;
    }

    /** The signed-in user the task was checked against. */
    public CurrentUser user() {
        return user;
    }

    /** The engine's task id. */
    public String id() {
        return id;
    }

    /** The task's formKey (app:… for a domain screen), or null. */
    public String formKey() {
        return formKey;
    }

    /** The BPMN id of the task's step (taskDefinitionKey). */
    public String taskKey() {
        return taskKey;
    }

    /** The business key of the task's process (case number, batch number, statement number…). */
    public String businessKey() {
        return businessKey;
    }

    /** A process variable the task can see, of the given type; missing or of another type is a 409. */
    public <T> T variable(String name, Class<T> type) {
        Object value = variables.apply(name);
        if (!type.isInstance(value)) {
            throw new ConflictException("该任务不能这样办理。");
        }
        return type.cast(value);
    }
}
