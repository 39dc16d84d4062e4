package cn.civilaffairs.assist.workflow.internal;

import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver.TaskLine;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver.TaskSubject;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps inbox_task in step with the engine's open user tasks, inside the engine's transaction
 * (Spring eventing of task events), and answers the inbox's page and count from its indexes.
 */
@Component
public class InboxProjection {
    private static final Logger log = LoggerFactory.getLogger(InboxProjection.class);
    private static final String NO_GROUP = "";

    private static final int TEXT = 255;
    private static final int SEARCH_TEXT = 1024;
    private static final String COLUMNS = "task_id, group_id, assignee, business_key, created, due, task_key, task_name,"
            + " subject_name, detail, search_text";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    /** Looked up when used: the resolvers' modules depend on workflow, whose services use this projection. */
    private final ObjectProvider<TaskSubjectResolver> resolvers;

    InboxProjection(JdbcTemplate jdbc, TaskService taskService, RuntimeService runtimeService,
            ObjectProvider<TaskSubjectResolver> resolvers) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.resolvers = resolvers;
    }

    /** What the inbox shows and searches about a task besides the engine's own fields. */
    record Label(String subjectName, String detail, String searchText) {}

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        // Who and what the task is about is read once, when it is created; later events keep it.
        Label kept = TaskListener.EVENTNAME_CREATE.equals(event) ? null : keptLabel(task.getId());
        jdbc.update("delete from inbox_task where task_id = ?", task.getId());
        if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
            return;
        }
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        if (groups.isEmpty()) {
            groups.add(NO_GROUP);
        }
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Label label = kept != null ? kept
                : label(businessKey, task.getTaskDefinitionKey(), task::getVariable, subjects(Stream.of(businessKey)));
        Timestamp created = ts(task.getCreateTime());
        Timestamp due = ts(task.getDueDate());
        List<Object[]> rows = new ArrayList<>();
        for (String group : groups) {
            rows.add(new Object[] {task.getId(), group, task.getAssignee(), businessKey, created, due,
                    key(task.getTaskDefinitionKey()), cut(task.getName(), TEXT), label.subjectName(), label.detail(),
                    label.searchText()});
        }
        jdbc.batchUpdate("insert into inbox_task (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private Label keptLabel(String taskId) {
        List<Label> labels = jdbc.query("select subject_name, detail, search_text from inbox_task where task_id = ?",
                (rs, n) -> new Label(rs.getString(1), rs.getString(2), rs.getString(3)), taskId);
        return labels.isEmpty() ? null : labels.get(0);
    }

    /** The modules' answers for these business keys (one call per resolver for all of them). */
    private Map<String, TaskSubject> subjects(Stream<String> businessKeys) {
        Set<String> keys = businessKeys.filter(k -> k != null).collect(Collectors.toSet());
        Map<String, TaskSubject> out = new HashMap<>();
        if (!keys.isEmpty()) {
            resolvers.orderedStream().forEach(r -> out.putAll(r.resolve(keys)));
        }
        return out;
    }

    private Label label(String businessKey, String taskKey, Function<String, Object> variables,
            Map<String, TaskSubject> subjects) {
        TaskSubject subject = businessKey == null ? null : subjects.get(businessKey);
        TaskLine line = null;
        if (taskKey != null) {
            for (TaskSubjectResolver r : resolvers.orderedStream().toList()) {
                line = r.line(taskKey, variables);
                if (line != null) {
                    break;
                }
            }
        }
        String name = subject == null ? null : cut(subject.subject(), TEXT);
        String detail = line == null ? null : cut(line.text(), TEXT);
        String search = Stream.of(businessKey, line == null ? null : line.number(), name, detail)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new Label(name, detail, search.isEmpty() ? null : cut(search, SEARCH_TEXT));
    }

    /**
     * Locks the engine's row of an open task until the transaction ends (no row: nothing to lock).
     * The engine itself only detects a concurrent change when it flushes, after this projection has
     * already written the task's rows.
     */
    public void lockTask(String taskId) {
        jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId);
    }

    /** A data directory from before this table (or its V21 columns), or tasks written around the engine: rebuild once. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        long tasks = taskService.createTaskQuery().count();
        Long projected = jdbc.queryForObject("select count(distinct task_id) from inbox_task", Long.class);
        Long unlabelled = jdbc.queryForObject("select count(*) from inbox_task where task_key is null", Long.class);
        if (projected == null || projected != tasks || unlabelled == null || unlabelled > 0) {
            rebuild();
            log.info("Inbox projection rebuilt for {} open tasks", tasks);
        }
    }

    @Transactional
    public void rebuild() {
        jdbc.update("delete from inbox_task");
        jdbc.update("insert into inbox_task (task_id, group_id, assignee, business_key, created, due, task_key, task_name)"
                + " select t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_, p.BUSINESS_KEY_, t.CREATE_TIME_, t.DUE_DATE_,"
                + " coalesce(t.TASK_DEF_KEY_, ''), t.NAME_"
                + " from ACT_RU_TASK t left join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_"
                + " and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null"
                + " left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_");
        // Labels in chunks: one resolver call per chunk of business keys, variables read only where a
        // module asks for them (its own steps).
        List<Object[]> tasks = jdbc.query("select distinct i.task_id, i.business_key, i.task_key, t.EXECUTION_ID_"
                + " from inbox_task i join ACT_RU_TASK t on t.ID_ = i.task_id",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        for (int from = 0; from < tasks.size(); from += 500) {
            List<Object[]> chunk = tasks.subList(from, Math.min(tasks.size(), from + 500));
            Map<String, TaskSubject> subjects = subjects(chunk.stream().map(t -> (String) t[1]));
            List<Object[]> updates = new ArrayList<>();
            for (Object[] t : chunk) {
                String execution = (String) t[3];
                Function<String, Object> variables = name -> execution == null ? null
                        : runtimeService.getVariable(execution, name);
                Label label = label((String) t[1], (String) t[2], variables, subjects);
                updates.add(new Object[] {label.subjectName(), label.detail(), label.searchText(), t[0]});
            }
            jdbc.batchUpdate("update inbox_task set subject_name = ?, detail = ?, search_text = ? where task_id = ?",
                    updates);
        }
    }

    public record Page(List<String> taskIds, long total) {}

    /** How the inbox is filtered and ordered: all optional except the scope flags. */
    public record Query(boolean mine, boolean groups, String search, String taskKey, boolean byCreated) {}

    /** A task type (step) among the user's tasks, with how many there are. */
    public record TypeCount(String taskKey, String name, long count) {}

    /** Backwards-compatible: due first, no search, no filter. */
    public Page page(String username, Collection<String> groupIds, boolean mine, boolean groups, int offset, int limit) {
        return page(username, groupIds, new Query(mine, groups, null, null, false), offset, limit);
    }

    /**
     * One page of task ids for a user: assigned to them and/or open in one of their work groups; soonest
     * due first (tasks without a due date last, newest first within a due date) or newest first. The search
     * matches the business key, the order number, the name and the detail, case-insensitively, as a substring.
     */
    public Page page(String username, Collection<String> groupIds, Query query, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String union = union(username, groupIds, query, params, "task_id, due, created");
        if (union == null) {
            return new Page(List.of(), 0);
        }
        Long total = named.queryForObject("select count(*) from (" + union + ") u", params, Long.class);
        if (total == null || total == 0 || offset >= total) {
            return new Page(List.of(), total == null ? 0 : total);
        }
        params.addValue("limit", limit).addValue("offset", offset);
        String order = query.byCreated() ? "created desc, task_id"
                : "case when due is null then 1 else 0 end, due, created desc, task_id";
        List<String> ids = named.queryForList("select task_id from (" + union + ") u order by " + order
                + " limit :limit offset :offset", params, String.class);
        return new Page(ids, total);
    }

    /** The task types among the user's tasks in this scope and search (the type filter itself not applied). */
    public List<TypeCount> types(String username, Collection<String> groupIds, Query query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String union = union(username, groupIds, new Query(query.mine(), query.groups(), query.search(), null, false),
                params, "task_id, task_key, task_name");
        if (union == null) {
            return List.of();
        }
        return named.query("select task_key, max(task_name), count(*) from (" + union + ") u"
                + " where task_key <> '' group by task_key order by task_key", params,
                (rs, n) -> new TypeCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    private static String union(String username, Collection<String> groupIds, Query query,
            MapSqlParameterSource params, String columns) {
        StringBuilder filter = new StringBuilder();
        if (query.taskKey() != null && !query.taskKey().isBlank()) {
            filter.append(" and task_key = :taskKey");
            params.addValue("taskKey", query.taskKey());
        }
        if (query.search() != null && !query.search().isBlank()) {
            filter.append(" and search_text like :search escape '!'");
            params.addValue("search", "%" + likeEscape(query.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        List<String> parts = new ArrayList<>();
        if (query.mine()) {
            parts.add("select " + columns + " from inbox_task where assignee = :me" + filter);
            params.addValue("me", username);
        }
        if (query.groups() && !groupIds.isEmpty()) {
            parts.add("select " + columns + " from inbox_task where group_id in (:groups) and assignee is null" + filter);
            params.addValue("groups", groupIds);
        }
        return parts.isEmpty() ? null : String.join(" union ", parts);
    }

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The detail line of open tasks (e.g. an order's service item), by task id; tasks without one are absent. */
    public Map<String, String> details(Collection<String> taskIds) {
        Map<String, String> details = new HashMap<>();
        if (!taskIds.isEmpty()) {
            named.query("select task_id, detail from inbox_task where task_id in (:ids) and detail is not null",
                    new MapSqlParameterSource("ids", taskIds), rs -> {
                        details.put(rs.getString(1), rs.getString(2));
                    });
        }
        return details;
    }

    /**
     * Business keys of open tasks, by task id. Read from this table because the engine's process
     * instance query by ids plans badly on MariaDB at 100k instances (hundreds of ms).
     */
    public Map<String, String> businessKeys(Collection<String> taskIds) {
        Map<String, String> keys = new HashMap<>();
        if (!taskIds.isEmpty()) {
            named.query("select task_id, business_key from inbox_task where task_id in (:ids)",
                    new MapSqlParameterSource("ids", taskIds), rs -> {
                        keys.put(rs.getString(1), rs.getString(2));
                    });
        }
        return keys;
    }

    private static String key(String taskKey) {
        return taskKey == null ? "" : taskKey;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
