package cn.civilaffairs.assist.monitoring.internal;

import cn.civilaffairs.assist.monitoring.LinkKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the monitoring read model (mon_instance, mon_activity, mon_task, mon_step_day, mon_incident)
 * in step with the engine. Every handler runs inside the engine's command, so its writes commit or roll
 * back with the engine's own: task events (Spring eventing of {@link DelegateTask}, like the inbox) for
 * user tasks, history events ({@code camunda.bpm.eventing.history}) for instances, wait states and
 * incidents. A completed task is folded into its day's duration histogram and its row deleted, so the
 * open rows stay few and five years of aggregates outlive the engine's history cleanup.
 */
@Component
public class MonitoringProjection {
    private static final Logger log = LoggerFactory.getLogger(MonitoringProjection.class);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Activity types an instance waits in. */
    public static final Set<String> WAIT_TYPES = Set.of("userTask", "receiveTask", "intermediateTimer",
            "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional", "eventBasedGateway",
            "callActivity");
    static final String ORDER_PROCESS = "serviceOrder";
    static final String ORDER_NO = "orderNo";

    private final JdbcTemplate jdbc;

    MonitoringProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- user tasks

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_CREATE.equals(event)) {
            created(task);
        } else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(event) || TaskListener.EVENTNAME_UPDATE.equals(event)) {
            jdbc.update("update mon_task set assignee = ?, due = ? where task_id = ?",
                    task.getAssignee(), ts(task.getDueDate()), task.getId());
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(event)) {
            Places place = placeOfTask(task);
            String processKey = processKey(task);
            if (processKey != null) {
                completed(processKey, task.getTaskDefinitionKey(), place.streetCode(),
                        task.getCreateTime().toInstant(), now(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
            }
            jdbc.update("delete from mon_task where task_id = ?", task.getId());
        } else if (TaskListener.EVENTNAME_DELETE.equals(event)) {
            jdbc.update("delete from mon_task where task_id = ?", task.getId());
        }
    }

    private void created(DelegateTask task) {
        String processKey = processKey(task);
        if (processKey == null) {
            return; // a standalone task: not part of any process the centre monitors
        }
        String group = null;
        List<Object> groups = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
                if (group == null) {
                    group = link.getGroupId();
                }
            }
        }
        Places place = placeOfTask(task);
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        String orderNo = ORDER_PROCESS.equals(processKey) && task.getExecution() != null
                ? asString(task.getExecution().getVariable(ORDER_NO)) : null;
        Link link = link(processKey, businessKey, orderNo);
        jdbc.update("delete from mon_task where task_id = ?", task.getId());
        jdbc.update("insert into mon_task (task_id, proc_inst_id, proc_key, task_key, task_name, business_key, link_kind,"
                + " link_key, place_code, street_code, village_code, created, due, assignee, group_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(), task.getName(),
                businessKey, link.kind(), link.key(), place.placeCode(), place.streetCode(), place.villageCode(),
                ts(task.getCreateTime()), ts(task.getDueDate()), task.getAssignee(), group);
        if (task.getProcessInstanceId() != null) {
            improveInstancePlace(task.getProcessInstanceId(), placeOfInstance(task.getProcessInstanceId()));
        }
    }

    record Link(String kind, String key) {}

    static Link link(String processKey, String businessKey, String orderNo) {
        LinkKind kind = LinkKind.forProcess(processKey);
        if (kind == LinkKind.ORDER && orderNo == null) {
            kind = LinkKind.CASE;
        }
        if (kind == LinkKind.TASK || businessKey == null) {
            return new Link(null, null);
        }
        return new Link(kind.name(), kind == LinkKind.ORDER ? orderNo : businessKey);
    }

    /** The task's place: the process's place variables and the task's candidate groups, the most specific. */
    private Places placeOfTask(DelegateTask task) {
        List<Object> values = new ArrayList<>();
        if (task.getExecution() != null) {
            for (String name : Places.VARIABLES) {
                values.add(task.getExecution().getVariable(name));
            }
        }
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                values.add(link.getGroupId());
            }
        }
        return Places.of(values);
    }

    private static String processKey(DelegateTask task) {
        if (task.getProcessDefinitionId() == null) {
            return null;
        }
        if (task.getExecution() instanceof ExecutionEntity e && e.getProcessDefinition() != null) {
            return e.getProcessDefinition().getKey();
        }
        String id = task.getProcessDefinitionId();
        return id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
    }

    /** Adds one completion to its day's histogram row (update, else insert; a racing insert retries the update). */
    void completed(String processKey, String taskKey, String streetCode, Instant created, Instant ended, Instant due) {
        count(processKey, taskKey, streetCode == null ? "" : streetCode, created, ended, due);
        if (streetCode != null && streetCode.length() == 9) {
            count(processKey, taskKey, streetCode.substring(0, 6), created, ended, due); // the district's row
        }
    }

    /** A completion counted in the row of one scope: a street (9 digits), a district (6) or none (''). */
    private void count(String processKey, String taskKey, String scopeCode, Instant created, Instant ended, Instant due) {
        LocalDate day = LocalDate.ofInstant(ended, BEIJING);
        int bucket = DurationHistogram.bucket(Duration.between(created, ended));
        int withDue = due == null ? 0 : 1;
        int onTime = due != null && !ended.isAfter(due) ? 1 : 0;
        Object[] key = {java.sql.Date.valueOf(day), processKey, taskKey, scopeCode, bucket};
        String update = "update mon_step_day set n = n + 1, with_due = with_due + ?, on_time = on_time + ?"
                + " where done_on = ? and proc_key = ? and task_key = ? and street_code = ? and bucket = ?";
        Object[] updateArgs = {withDue, onTime, key[0], key[1], key[2], key[3], key[4]};
        if (jdbc.update(update, updateArgs) > 0) {
            return;
        }
        try {
            jdbc.update("insert into mon_step_day (done_on, proc_key, task_key, street_code, bucket, n, with_due, on_time)"
                    + " values (?, ?, ?, ?, ?, 1, ?, ?)", key[0], key[1], key[2], key[3], key[4], withDue, onTime);
        } catch (DuplicateKeyException raced) {
            jdbc.update(update, updateArgs);
        }
    }

    // ---------------------------------------------------------------- history events

    @EventListener
    public void onHistoryEvent(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity a) {
            activity(a);
        } else if (event instanceof HistoricProcessInstanceEventEntity p) {
            instance(p);
        } else if (event instanceof HistoricIncidentEventEntity i) {
            incident(i);
        } else if (event instanceof HistoricVariableUpdateEventEntity v) {
            variable(v);
        }
    }

    /**
     * A place variable set on the process instance (they are set after the instance's start event,
     * and an instance whose start is asynchronous reaches no wait state until its job runs).
     */
    private void variable(HistoricVariableUpdateEventEntity v) {
        if (v.getProcessInstanceId() == null || !v.getProcessInstanceId().equals(v.getExecutionId())
                || !Places.VARIABLES.contains(v.getVariableName())) {
            return;
        }
        improveInstancePlace(v.getProcessInstanceId(), Places.of(java.util.Collections.singletonList(v.getTextValue())));
    }

    private void instance(HistoricProcessInstanceEventEntity p) {
        String type = p.getEventType();
        if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(type)) {
            jdbc.update("delete from mon_instance where proc_inst_id = ?", p.getProcessInstanceId());
            Places place = placeOfInstance(p.getProcessInstanceId());
            jdbc.update("insert into mon_instance (proc_inst_id, proc_key, business_key, place_code, street_code,"
                    + " village_code, started, ended) values (?, ?, ?, ?, ?, ?, ?, null)",
                    p.getProcessInstanceId(), p.getProcessDefinitionKey(), p.getBusinessKey(), place.placeCode(),
                    place.streetCode(), place.villageCode(), ts(p.getStartTime()));
            Map<String, Integer> written = placesWritten();
            if (written != null) {
                written.put(p.getProcessInstanceId(), place.placeCode().length());
            }
        } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type)) {
            jdbc.update("update mon_instance set ended = ? where proc_inst_id = ?",
                    ts(p.getEndTime() == null ? Date.from(now()) : p.getEndTime()), p.getProcessInstanceId());
            jdbc.update("delete from mon_activity where proc_inst_id = ?", p.getProcessInstanceId());
        } else if (HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(type) && p.getBusinessKey() != null) {
            jdbc.update("update mon_instance set business_key = ? where proc_inst_id = ?",
                    p.getBusinessKey(), p.getProcessInstanceId());
        }
    }

    private void activity(HistoricActivityInstanceEventEntity a) {
        String type = a.getEventType();
        if (HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(type)) {
            if (!WAIT_TYPES.contains(a.getActivityType())) {
                return;
            }
            jdbc.update("delete from mon_activity where act_inst_id = ?", a.getActivityInstanceId());
            jdbc.update("insert into mon_activity (act_inst_id, proc_inst_id, proc_key, activity_id, activity_type, started)"
                    + " values (?, ?, ?, ?, ?, ?)", a.getActivityInstanceId(), a.getProcessInstanceId(),
                    a.getProcessDefinitionKey(), a.getActivityId(), a.getActivityType(),
                    ts(a.getStartTime() == null ? Date.from(now()) : a.getStartTime()));
            improveInstancePlace(a.getProcessInstanceId(), placeOfInstance(a.getProcessInstanceId()));
        } else if (HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(type)) {
            if (WAIT_TYPES.contains(a.getActivityType())) {
                jdbc.update("delete from mon_activity where act_inst_id = ?", a.getActivityInstanceId());
            }
        }
    }

    private void incident(HistoricIncidentEventEntity i) {
        String type = i.getEventType();
        if (HistoryEventTypes.INCIDENT_CREATE.getEventName().equals(type)) {
            jdbc.update("delete from mon_incident where incident_id = ?", i.getId());
            jdbc.update("insert into mon_incident (incident_id, proc_inst_id, proc_key, activity_id, created)"
                    + " values (?, ?, ?, ?, ?)", i.getId(), i.getProcessInstanceId(), i.getProcessDefinitionKey(),
                    i.getActivityId(), ts(i.getCreateTime() == null ? Date.from(now()) : i.getCreateTime()));
        } else if (HistoryEventTypes.INCIDENT_RESOLVE.getEventName().equals(type)
                || HistoryEventTypes.INCIDENT_DELETE.getEventName().equals(type)) {
            jdbc.update("delete from mon_incident where incident_id = ?", i.getId());
        }
    }

    /** The instance's place from its variables, read from the engine's cached execution inside the command. */
    private Places placeOfInstance(String processInstanceId) {
        CommandContext cc = Context.getCommandContext();
        if (cc == null || processInstanceId == null) {
            return Places.NONE;
        }
        ExecutionEntity pi = cc.getExecutionManager().findExecutionById(processInstanceId);
        if (pi == null) {
            return Places.NONE;
        }
        List<Object> values = new ArrayList<>();
        for (String name : Places.VARIABLES) {
            values.add(pi.getVariableLocal(name));
        }
        return Places.of(values);
    }

    private void improveInstancePlace(String processInstanceId, Places place) {
        if (place.placeCode().isEmpty()) {
            return;
        }
        // Within one transaction an instance's place only grows: skip the update when this
        // transaction already wrote a place at least as specific (a started warning process sends
        // three place variables and three wait states, one of which is news).
        Map<String, Integer> written = placesWritten();
        Integer known = written == null ? null : written.get(processInstanceId);
        if (known != null && known >= place.placeCode().length()) {
            return;
        }
        if (written != null) {
            written.put(processInstanceId, place.placeCode().length());
        }
        jdbc.update("update mon_instance set place_code = ?, street_code = ?, village_code = ?"
                + " where proc_inst_id = ? and char_length(place_code) < ?",
                place.placeCode(), place.streetCode(), place.villageCode(), processInstanceId, place.placeCode().length());
    }

    /**
     * The place length written per instance in the current transaction, or null outside one. Bound
     * to the transaction, so it is gone (and never stale) when the transaction ends, also on rollback.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> placesWritten() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Integer> map = (Map<String, Integer>) TransactionSynchronizationManager.getResource(PLACES_WRITTEN);
        if (map == null) {
            Map<String, Integer> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(PLACES_WRITTEN, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PLACES_WRITTEN);
                }
            });
            map = fresh;
        }
        return map;
    }

    private static final Object PLACES_WRITTEN = new Object();

    // ---------------------------------------------------------------- rebuild

    /**
     * A data directory from before these tables (or the demo loaded before them), or a read model that
     * disagrees with the engine's runtime counts (running instances, open process tasks): rebuild once.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        long running = count("select count(*) from mon_instance where ended is null");
        long engineRunning = count("select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_");
        long tasks = count("select count(*) from mon_task");
        long engineTasks = count("select count(*) from ACT_RU_TASK where PROC_INST_ID_ is not null");
        long instances = count("select count(*) from mon_instance");
        long engineInstances = count("select count(*) from ACT_HI_PROCINST");
        if (running != engineRunning || tasks != engineTasks || (instances == 0 && engineInstances > 0)) {
            rebuild();
            log.info("Monitoring read model rebuilt: {} process instances ({} running, read model had {}), {} open tasks"
                    + " (read model had {})", engineInstances, engineRunning, running, engineTasks, tasks);
        }
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The one scan of the engine's runtime and history tables: instances, waits, open tasks and incidents
     * again from scratch. The daily histograms only when there are none yet: history cleanup removes
     * ACT_HI_* rows after their time to live while mon_step_day keeps every day, so history no longer
     * holds what they count.
     */
    @Transactional
    public void rebuild() {
        for (String table : List.of("mon_instance", "mon_activity", "mon_task", "mon_incident")) {
            jdbc.update("delete from " + table);
        }
        boolean histograms = count("select count(*) from mon_step_day") == 0;
        // Place variables of every instance, most specific wins.
        Map<String, List<Object>> vars = new HashMap<>();
        jdbc.query("select PROC_INST_ID_, TEXT_ from ACT_HI_VARINST where NAME_ in ("
                + String.join(", ", Places.VARIABLES.stream().map(v -> "'" + v + "'").toList()) + ")"
                + " and PROC_INST_ID_ is not null and EXECUTION_ID_ = PROC_INST_ID_", rs -> {
                    vars.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, Places> places = new HashMap<>();
        List<Object[]> instances = new ArrayList<>();
        jdbc.query("select ID_, PROC_DEF_KEY_, BUSINESS_KEY_, START_TIME_, END_TIME_ from ACT_HI_PROCINST", rs -> {
            String id = rs.getString(1);
            Places place = Places.of(vars.getOrDefault(id, List.of()));
            places.put(id, place);
            instances.add(new Object[] {id, rs.getString(2), rs.getString(3), place.placeCode(), place.streetCode(),
                    place.villageCode(), rs.getTimestamp(4), rs.getTimestamp(5)});
        });
        jdbc.batchUpdate("insert into mon_instance (proc_inst_id, proc_key, business_key, place_code, street_code,"
                + " village_code, started, ended) values (?, ?, ?, ?, ?, ?, ?, ?)", instances);

        List<Object[]> activities = new ArrayList<>();
        jdbc.query("select a.ID_, a.PROC_INST_ID_, a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_TYPE_, a.START_TIME_"
                + " from ACT_HI_ACTINST a join ACT_RU_EXECUTION e on e.ID_ = a.PROC_INST_ID_"
                + " where a.END_TIME_ is null and a.ACT_TYPE_ in ("
                + String.join(", ", WAIT_TYPES.stream().map(v -> "'" + v + "'").toList()) + ")", rs -> {
                    activities.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6)});
                });
        jdbc.batchUpdate("insert into mon_activity (act_inst_id, proc_inst_id, proc_key, activity_id, activity_type,"
                + " started) values (?, ?, ?, ?, ?, ?)", activities);

        // Candidate groups of open tasks (first one by id is the task's group, all of them give its place).
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                + " and GROUP_ID_ is not null and TASK_ID_ is not null order by TASK_ID_, ID_", rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, String> orderNos = new HashMap<>();
        jdbc.query("select v.PROC_INST_ID_, v.TEXT_ from ACT_RU_VARIABLE v where v.NAME_ = '" + ORDER_NO + "'"
                + " and v.EXECUTION_ID_ = v.PROC_INST_ID_", rs -> {
                    orderNos.put(rs.getString(1), rs.getString(2));
                });
        List<Object[]> tasks = new ArrayList<>();
        jdbc.query("select t.ID_, t.PROC_INST_ID_, d.KEY_, t.TASK_DEF_KEY_, t.NAME_, p.BUSINESS_KEY_, t.CREATE_TIME_,"
                + " t.DUE_DATE_, t.ASSIGNEE_ from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
                + " left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_", rs -> {
                    String id = rs.getString(1);
                    String pi = rs.getString(2);
                    String key = rs.getString(3);
                    List<String> g = groups.getOrDefault(id, List.of());
                    List<Object> values = new ArrayList<>(vars.getOrDefault(pi, List.of()));
                    values.addAll(g);
                    Places place = Places.of(values);
                    Link link = link(key, rs.getString(6), ORDER_PROCESS.equals(key) ? orderNos.get(pi) : null);
                    tasks.add(new Object[] {id, pi, key, rs.getString(4), rs.getString(5), rs.getString(6), link.kind(),
                            link.key(), place.placeCode(), place.streetCode(), place.villageCode(), rs.getTimestamp(7),
                            rs.getTimestamp(8), rs.getString(9), g.isEmpty() ? null : g.get(0)});
                });
        jdbc.batchUpdate("insert into mon_task (task_id, proc_inst_id, proc_key, task_key, task_name, business_key, link_kind,"
                + " link_key, place_code, street_code, village_code, created, due, assignee, group_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);

        if (histograms) {
            histograms(vars);
        }

        jdbc.update("insert into mon_incident (incident_id, proc_inst_id, proc_key, activity_id, created)"
                + " select i.ID_, i.PROC_INST_ID_, d.KEY_, i.ACTIVITY_ID_, i.INCIDENT_TIMESTAMP_ from ACT_RU_INCIDENT i"
                + " left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_");
    }

    /**
     * Completed tasks into the daily histograms. Their groups are gone from the runtime tables: the place
     * comes from the instance's variables and the task's candidate groups in history.
     */
    private void histograms(Map<String, List<Object>> vars) {
        Map<String, List<String>> historicGroups = new HashMap<>();
        jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_HI_IDENTITYLINK where TYPE_ = 'candidate'"
                + " and GROUP_ID_ is not null and TASK_ID_ is not null and OPERATION_TYPE_ = 'add'", rs -> {
                    historicGroups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<List<Object>, long[]> days = new HashMap<>();
        jdbc.query("select ID_, PROC_INST_ID_, PROC_DEF_KEY_, TASK_DEF_KEY_, START_TIME_, END_TIME_, DUE_DATE_"
                + " from ACT_HI_TASKINST where END_TIME_ is not null and DELETE_REASON_ = 'completed'"
                + " and PROC_DEF_KEY_ is not null", rs -> {
                    List<Object> values = new ArrayList<>(vars.getOrDefault(rs.getString(2), List.of()));
                    values.addAll(historicGroups.getOrDefault(rs.getString(1), List.of()));
                    Places place = Places.of(values);
                    Instant created = rs.getTimestamp(5).toInstant();
                    Instant ended = rs.getTimestamp(6).toInstant();
                    Timestamp dueTs = rs.getTimestamp(7);
                    Instant due = dueTs == null ? null : dueTs.toInstant();
                    String street = place.streetCode() == null ? "" : place.streetCode();
                    List<String> scopes = street.length() == 9 ? List.of(street, street.substring(0, 6)) : List.of(street);
                    for (String scopeCode : scopes) {
                        List<Object> key = List.of(java.sql.Date.valueOf(LocalDate.ofInstant(ended, BEIJING)),
                                rs.getString(3), rs.getString(4), scopeCode,
                                DurationHistogram.bucket(Duration.between(created, ended)));
                        long[] c = days.computeIfAbsent(key, k -> new long[3]);
                        c[0]++;
                        if (due != null) {
                            c[1]++;
                            if (!ended.isAfter(due)) {
                                c[2]++;
                            }
                        }
                    }
                });
        List<Object[]> dayRows = new ArrayList<>();
        days.forEach((k, c) -> dayRows.add(new Object[] {k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), c[0], c[1], c[2]}));
        jdbc.batchUpdate("insert into mon_step_day (done_on, proc_key, task_key, street_code, bucket, n, with_due, on_time)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", dayRows);
    }

    private static Instant now() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    }

    private static String asString(Object o) {
        return o == null ? null : o.toString();
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
