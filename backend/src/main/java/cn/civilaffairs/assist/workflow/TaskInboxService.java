package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.ForbiddenException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.security.AppEngineCalls;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.UserNames;

import cn.civilaffairs.assist.workflow.TaskSubjectResolver.TaskSubject;
import cn.civilaffairs.assist.workflow.internal.InboxProjection;
import cn.civilaffairs.assist.workflow.internal.TaskForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic inbox. A user sees tasks assigned to them and open tasks offered to their work
 * groups (role@org-node), which is how the org scope reaches tasks: the query filters by the
 * engine's indexed candidate-group links, never by process variables.
 */
@Service
public class TaskInboxService {
    /** What a task id in a URL may look like (engine ids are UUIDs or numbers); every task endpoint checks it. */
    public static final String TASK_ID = "[A-Za-z0-9-]{1,64}";

    /** Form keys of domain screens; their data is saved by the domain endpoint, never by the generic form. */
    public static final String DOMAIN_FORM_PREFIX = "app:";

    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final List<TaskSubjectResolver> subjectResolvers;
    private final InboxProjection projection;
    private final WorkingDayCalendar calendar;
    /** formKey app:… → the endpoint that saves that screen's data; registered by the module owning the screen. */
    private final Map<String, String> domainForms = new ConcurrentHashMap<>();

    TaskInboxService(TaskService taskService, FormService formService, RuntimeService runtimeService,
            RepositoryService repositoryService, HistoryService historyService, IdentityService identityService,
            List<TaskSubjectResolver> subjectResolvers, InboxProjection projection, WorkingDayCalendar calendar) {
        this.projection = projection;
        this.calendar = calendar;
        this.identityService = identityService;
        this.taskService = taskService;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.subjectResolvers = subjectResolvers;
    }

    @Transactional(readOnly = true)
    public Page<TaskSummary> list(CurrentUser user, Scope scope, int page, int size) {
        return list(user, scope, null, null, InboxSort.DUE, page, size);
    }

    /**
     * {@code search}: part of the person's name, the business key (case, enrolment, statement, batch
     * number) or the order number; {@code taskKey}: one step only. Both optional.
     */
    @Transactional(readOnly = true)
    public Page<TaskSummary> list(CurrentUser user, Scope scope, String search, String taskKey, InboxSort sort,
            int page, int size) {
        // Page and count come from the inbox's own indexed table (work group, assignee, due, step, and
        // the names and numbers written when the task was created); the engine is then asked only for
        // the page's tasks, by id.
        InboxProjection.Page ids = projection.page(user.username(), user.groupIds(),
                query(scope, search, taskKey, sort), page * size, size);
        if (ids.taskIds().isEmpty()) {
            return new Page<>(List.of(), ids.total(), page, size);
        }
        Map<String, Task> byId = new HashMap<>();
        for (Task t : taskService.createTaskQuery().taskIdIn(ids.taskIds().toArray(String[]::new)).list()) {
            byId.put(t.getId(), t);
        }
        List<Task> tasks = ids.taskIds().stream().map(byId::get).filter(Objects::nonNull).toList();
        return new Page<>(summaries(tasks), ids.total(), page, size);
    }

    /** The steps among the user's tasks in this scope and search, with their counts, for the type filter. */
    @Transactional(readOnly = true)
    public List<TaskType> types(CurrentUser user, Scope scope, String search) {
        return projection.types(user.username(), user.groupIds(), query(scope, search, null, InboxSort.DUE)).stream()
                .map(t -> new TaskType(t.taskKey(), t.name(), t.count())).toList();
    }

    private static InboxProjection.Query query(Scope scope, String search, String taskKey, InboxSort sort) {
        return new InboxProjection.Query(scope != Scope.GROUP, scope != Scope.MINE, search, taskKey,
                sort == InboxSort.CREATED);
    }

    @Transactional(readOnly = true)
    public TaskDetail detail(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        TaskSummary s = summaries(List.of(task)).get(0);
        List<FormField> fields = formService.getTaskFormData(taskId).getFormFields();
        return new TaskDetail(s.id(), s.name(), s.processDefinitionName(), s.businessKey(), s.assignee(),
                s.created(), s.due(), s.overdue(), s.recipientName(), s.orgName(), s.dueProvisionalYear(),
                task.getDescription(),
                task.getProcessDefinitionId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getFormKey(), TaskForms.describe(fields), task.getAssignee() == null,
                user.username().equals(task.getAssignee()), s.assigneeName(), s.detail());
    }

    @Transactional(readOnly = true)
    public Diagram diagram(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        try (InputStream in = repositoryService.getProcessModel(task.getProcessDefinitionId())) {
            return new Diagram(new String(in.readAllBytes(), StandardCharsets.UTF_8), task.getTaskDefinitionKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A module with a domain screen for a task (formKey app:…) names the endpoint that completes it,
     * e.g. {@code POST /api/tasks/{taskId}/case-file}; {taskId} and {businessKey} are filled in when
     * the generic completion refuses such a task.
     */
    void registerDomainForm(String formKey, String endpoint) {
        if (!formKey.startsWith(DOMAIN_FORM_PREFIX)) {
            throw new IllegalArgumentException("Not a domain form: " + formKey);
        }
        String known = domainForms.putIfAbsent(formKey, endpoint);
        if (known != null && !known.equals(endpoint)) {
            throw new IllegalStateException("Two endpoints for " + formKey + ": " + known + ", " + endpoint);
        }
    }

    @Transactional
    public void claim(CurrentUser user, String taskId) {
        lock(taskId);
        Task task = visibleTask(user, taskId);
        if (user.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new ConflictException("该任务已由其他人领取。");
        }
        taskService.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        lock(taskId);
        Task task = visibleTask(user, taskId);
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("只能退回自己领取的任务。");
        }
        taskService.setAssignee(taskId, null);
    }

    /** Claims if still open, checks the form, and completes: one transaction with the engine's. */
    @Transactional
    public void complete(CurrentUser user, String taskId, Map<String, Object> variables) {
        lock(taskId);
        Task task = visibleTask(user, taskId);
        refuseDomainForm(task);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.username());
        } else if (!user.username().equals(task.getAssignee())) {
            throw new ConflictException("该任务已由其他人领取，不能由您办理。");
        }
        List<FormField> fields = formService.getTaskFormData(taskId).getFormFields();
        Map<String, Object> checked = TaskForms.check(fields, variables);
        asUser(user, () -> formService.submitTaskForm(taskId, checked));
    }

    /**
     * Completes a task whose form is a domain screen (formKey app:…): the domain endpoint has
     * saved its data in the same transaction and passes the few variables the process routes on.
     */
    @Transactional
    Task completeDomainTask(CurrentUser user, String taskId, String expectedTaskKey,
            Map<String, Object> variables, Runnable domainChange) {
        lock(taskId);
        Task task = visibleTask(user, taskId);
        if (!expectedTaskKey.equals(task.getTaskDefinitionKey())) {
            throw new ConflictException("该任务不是「" + expectedTaskKey + "」，不能这样办理。");
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.username());
        } else if (!user.username().equals(task.getAssignee())) {
            throw new ConflictException("该任务已由其他人领取，不能由您办理。");
        }
        asUser(user, () -> {
            domainChange.run();
            taskService.complete(taskId, variables);
        });
        return task;
    }

    /**
     * Completes the open tasks {@code taskKey} of a process whose work was just done by a domain
     * endpoint that is not task-bound (e.g. printing the PIN slip from the case page), in the caller's
     * transaction. The user who did the work completes them even if a colleague had claimed one: the
     * work is done, and refusing would undo it. Returns how many were completed.
     */
    @Transactional
    public int completeDoneWork(CurrentUser user, String processKey, String businessKey, String taskKey) {
        int completed = 0;
        for (Task t : taskService.createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list()) {
            lock(t.getId());
            if (taskService.createTaskQuery().taskId(t.getId()).count() == 0) {
                continue; // completed or ended while we waited for the lock
            }
            asUser(user, () -> {
                taskService.setAssignee(t.getId(), user.username());
                taskService.complete(t.getId());
            });
            completed++;
        }
        return completed;
    }

    /** A visible task with its business key and variables, for {@link DomainTasks#open}. */
    @Transactional(readOnly = true)
    DomainTask domainTask(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        String id = task.getId();
        return new DomainTask(user, id, task.getFormKey(), task.getTaskDefinitionKey(),
                businessKeys(List.of(task)).get(id), name -> taskService.getVariable(id, name));
    }

    /** By task id: from the inbox table, falling back to the engine for a task not (yet) in it. */
    private Map<String, String> businessKeys(List<Task> tasks) {
        Map<String, String> keys = new HashMap<>(projection.businessKeys(tasks.stream().map(Task::getId).toList()));
        for (Task t : tasks) {
            if (!keys.containsKey(t.getId()) && t.getProcessInstanceId() != null) {
                ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId()).singleResult();
                keys.put(t.getId(), pi == null ? null : pi.getBusinessKey());
            }
        }
        return keys;
    }

    /**
     * Serialises claims and completions of one task: a racing second request waits here for the
     * first to commit and then sees the task taken or done (409) instead of both writing the task
     * and its inbox rows (a key clash, 500).
     */
    private void lock(String taskId) {
        projection.lockTask(taskId);
    }

    /** A domain screen saves data the process relies on; completing it with a bare form would skip that. */
    private void refuseDomainForm(Task task) {
        String formKey = task.getFormKey();
        if (formKey == null || !formKey.startsWith(DOMAIN_FORM_PREFIX)) {
            return;
        }
        String template = domainForms.get(formKey);
        if (template == null) {
            throw new ConflictException("「" + task.getName() + "」需在其专用办理页面办理，不能直接提交。");
        }
        String endpoint = template.replace("{taskId}", task.getId());
        if (endpoint.contains("{businessKey}")) {
            String key = businessKeys(List.of(task)).get(task.getId());
            endpoint = endpoint.replace("{businessKey}", key == null ? "" : key);
        }
        throw new ConflictException("「" + task.getName() + "」不能用通用表单办理，请在 " + endpoint + " 办理。")
                .with("endpoint", endpoint).with("formKey", formKey);
    }

    /**
     * The engine records who did what (history, delegates' actor) from the authenticated user; the
     * app has checked the scope, so the engine's own authorization checks stay off for this work.
     */
    private void asUser(CurrentUser user, Runnable work) {
        AppEngineCalls.asUser(identityService, user.username(), user.groupIds(), work);
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw finishedOrMissing(user, taskId);
        }
        if (user.username().equals(task.getAssignee())) {
            return task;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (user.groupIds().contains(link.getGroupId()) || user.username().equals(link.getUserId()))) {
                return task;
            }
        }
        // Out of scope answers like a missing task: it does not reveal that the task exists.
        throw new NotFoundException("任务不存在或不在您的办理范围内。");
    }

    private RuntimeException finishedOrMissing(CurrentUser user, String taskId) {
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done != null && wasVisible(user, done)) {
            return new ConflictException("该任务已办结，不能重复办理。");
        }
        return new NotFoundException("任务不存在或不在您的办理范围内。");
    }

    private boolean wasVisible(CurrentUser user, HistoricTaskInstance task) {
        if (user.username().equals(task.getAssignee())) {
            return true;
        }
        return historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list().stream()
                .anyMatch(l -> user.groupIds().contains(l.getGroupId()) || user.username().equals(l.getUserId()));
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = businessKeys(tasks);
        Set<String> keys = new HashSet<>(businessKeys.values());
        keys.remove(null);
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (TaskSubjectResolver resolver : subjectResolvers) {
            subjects.putAll(resolver.resolve(keys));
        }
        Map<String, String> details = projection.details(tasks.stream().map(Task::getId).toList());
        Map<String, String> names = userNames(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull)
                .distinct().toList());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return tasks.stream().map(t -> {
            String key = businessKeys.get(t.getId());
            TaskSubject subject = key == null ? null : subjects.get(key);
            Instant due = toInstant(t.getDueDate());
            return new TaskSummary(t.getId(), t.getName(), processName(t.getProcessDefinitionId()), key,
                    t.getAssignee(), toInstant(t.getCreateTime()), due, due != null && due.isBefore(now),
                    subject == null ? null : subject.subject(), subject == null ? null : subject.orgName(),
                    // Derived, not stored: follows an import at once (the loaded years are in memory).
                    calendar.provisionalYear(due), t.getTaskDefinitionKey(),
                    t.getAssignee() == null ? null : names.get(t.getAssignee()), details.get(t.getId()));
        }).toList();
    }

    /** Display names by username; an account without a name keeps no entry (the UI then says 其他人员). */
    private Map<String, String> userNames(List<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            for (User u : identityService.createUserQuery().userIdIn(usernames.toArray(String[]::new)).list()) {
                String name = UserNames.of(u);
                if (!name.isEmpty()) {
                    names.put(u.getId(), name);
                }
            }
        }
        return names;
    }

    private String processName(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        // Served from the engine's deployment cache after the first call.
        ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
