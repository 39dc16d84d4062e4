package cn.civilaffairs.assist.workflow.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TaskService taskService;

    InboxProjection(JdbcTemplate jdbc, TaskService taskService) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.taskService = taskService;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
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
        Timestamp created = ts(task.getCreateTime());
        Timestamp due = ts(task.getDueDate());
        List<Object[]> rows = new ArrayList<>();
        for (String group : groups) {
            rows.add(new Object[] {task.getId(), group, task.getAssignee(), businessKey, created, due});
        }
        jdbc.batchUpdate("insert into inbox_task (task_id, group_id, assignee, business_key, created, due)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Locks the engine's row of an open task until the transaction ends (no row: nothing to lock).
     * The engine itself only detects a concurrent change when it flushes, after this projection has
     * already written the task's rows.
     */
    public void lockTask(String taskId) {
        jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId);
    }

    /** A data directory from before this table, or tasks written around the engine: rebuild once. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        long tasks = taskService.createTaskQuery().count();
        Long projected = jdbc.queryForObject("select count(distinct task_id) from inbox_task", Long.class);
        if (projected == null || projected != tasks) {
            rebuild();
            log.info("Inbox projection rebuilt for {} open tasks", tasks);
        }
    }

    @Transactional
    public void rebuild() {
        jdbc.update("delete from inbox_task");
        jdbc.update("insert into inbox_task (task_id, group_id, assignee, business_key, created, due)"
                + " select t.ID_, coalesce(i.GROUP_ID_, ''), t.ASSIGNEE_, p.BUSINESS_KEY_, t.CREATE_TIME_, t.DUE_DATE_"
                + " from ACT_RU_TASK t left join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_"
                + " and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null"
                + " left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_");
    }

    public record Page(List<String> taskIds, long total) {}

    /**
     * One page of task ids for a user: assigned to them and/or open in one of their work groups,
     * soonest due first (tasks without a due date last), newest first within a due date.
     */
    public Page page(String username, Collection<String> groupIds, boolean mine, boolean groups, int offset, int limit) {
        List<String> parts = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("me", username);
        if (mine) {
            parts.add("select task_id, due, created from inbox_task where assignee = :me");
        }
        if (groups && !groupIds.isEmpty()) {
            parts.add("select task_id, due, created from inbox_task where group_id in (:groups) and assignee is null");
            params.addValue("groups", groupIds);
        }
        if (parts.isEmpty()) {
            return new Page(List.of(), 0);
        }
        String union = String.join(" union ", parts);
        Long total = named.queryForObject("select count(*) from (" + union + ") u", params, Long.class);
        if (total == null || total == 0 || offset >= total) {
            return new Page(List.of(), total == null ? 0 : total);
        }
        params.addValue("limit", limit).addValue("offset", offset);
        List<String> ids = named.queryForList("select task_id from (" + union + ") u"
                + " order by case when due is null then 1 else 0 end, due, created desc, task_id"
                + " limit :limit offset :offset", params, String.class);
        return new Page(ids, total);
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

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
