package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.security.UserNames;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on what the monitoring centre shows: a reminder to whoever holds the selected tasks, or their
 * reassignment to another member of the same work group. The selection is checked task by task (open,
 * in the caller's node, in the group); a dry run only counts, a real run acts on the eligible ones in one
 * transaction and records the action. Two people reminding the same task are two acts, both sent.
 */
@Service
public class BulkTaskActions {
    public static final int MAX_TASKS = 200;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final NamedParameterJdbcTemplate jdbc;
    private final MonitoringQueries queries;
    private final TaskService taskService;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final Clock clock;
    private final String baseUrl;

    BulkTaskActions(NamedParameterJdbcTemplate jdbc, MonitoringQueries queries, TaskService taskService,
            IdentityService identity, NotificationService notifications, Clock clock,
            @Value("${app.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.taskService = taskService;
        this.identity = identity;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    record Target(String taskId, String taskName, String businessKey, String placeCode, Instant due, String assignee) {}

    /** The selection split into the tasks the caller may act on and the ones left out (with why). */
    private record Selection(List<Target> targets, List<SkippedTask> skipped) {}

    private Selection select(CurrentUser user, List<String> taskIds) {
        MonitoringQueries.Scope scope = queries.home(user);
        Set<String> ids = new LinkedHashSet<>(taskIds);
        Map<String, Target> open = new LinkedHashMap<>();
        jdbc.query("select task_id, task_name, business_key, place_code, due, assignee from mon_task where task_id in (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    Timestamp due = rs.getTimestamp(5);
                    open.put(rs.getString(1), new Target(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), due == null ? null : due.toInstant(), rs.getString(6)));
                });
        List<Target> targets = new ArrayList<>();
        List<SkippedTask> skipped = new ArrayList<>();
        for (String id : ids) {
            Target t = open.get(id);
            if (t == null) {
                skipped.add(new SkippedTask(id, SkipReason.NOT_OPEN));
            } else if (!inScope(scope, t.placeCode())) {
                skipped.add(new SkippedTask(id, SkipReason.OUT_OF_SCOPE));
            } else {
                targets.add(t);
            }
        }
        return new Selection(targets, skipped);
    }

    private static boolean inScope(MonitoringQueries.Scope scope, String placeCode) {
        String place = placeCode == null ? "" : placeCode;
        return place.startsWith(scope.code()) || (scope.district() && place.isEmpty());
    }

    private List<String> candidateGroups(String taskId) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** Members of the groups; {@code known} keeps each group's members for the rest of one action. */
    private List<User> members(Collection<String> groups, Map<String, List<User>> known) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String group : groups) {
            for (User u : known.computeIfAbsent(group,
                    g -> identity.createUserQuery().memberOfGroup(g).orderByUserLastName().asc().list())) {
                users.putIfAbsent(u.getId(), u);
            }
        }
        return List.copyOf(users.values());
    }

    static String displayName(User u) {
        String name = UserNames.of(u);
        return name.isEmpty() ? "（未设置姓名）" : name;
    }

    /** Who would take over a task: the members of its work groups. 404 when not open or not in scope. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, String taskId) {
        Selection s = select(user, List.of(taskId));
        if (s.targets().isEmpty()) {
            throw new NotFoundException("任务不存在或不在您的管辖范围内。");
        }
        return members(candidateGroups(taskId), new HashMap<>()).stream().map(u -> new Candidate(u.getId(), displayName(u))).toList();
    }

    @Transactional
    public BulkActionResult remind(CurrentUser user, List<String> taskIds, boolean dryRun) {
        Selection s = select(user, taskIds);
        List<SkippedTask> skipped = new ArrayList<>(s.skipped());
        Map<Target, List<User>> recipients = new LinkedHashMap<>();
        Map<String, List<User>> groupMembers = new HashMap<>();
        for (Target t : s.targets()) {
            List<User> to = t.assignee() != null
                    ? identity.createUserQuery().userId(t.assignee()).list()
                    : members(candidateGroups(t.taskId()), groupMembers);
            to = to.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
            if (to.isEmpty()) {
                skipped.add(new SkippedTask(t.taskId(), SkipReason.NO_ADDRESS));
            } else {
                recipients.put(t, to);
            }
        }
        if (dryRun || recipients.isEmpty()) {
            return new BulkActionResult(recipients.size(), 0, skipped, null);
        }
        long actionId = record(user, BulkActionKind.REMINDER, recipients.keySet().stream().map(Target::taskId).toList(), null, null);
        recipients.forEach((t, to) -> {
            String subject = "【督办提醒】" + (t.taskName() == null ? "待办任务" : t.taskName());
            String body = "您有一项任务请尽快办理：" + (t.taskName() == null ? "" : t.taskName()) + "\n"
                    + (t.businessKey() == null ? "" : "业务编号：" + t.businessKey() + "\n")
                    + (t.due() == null ? "" : "办理期限：" + DUE.format(t.due()) + "\n")
                    + "督办人：" + user.displayName() + "\n"
                    + "办理地址：" + baseUrl + "/tasks/" + t.taskId() + "\n";
            for (User u : to) {
                notifications.enqueue("remind:" + actionId + ":" + t.taskId() + ":" + u.getId(), u.getEmail(), subject, body);
            }
        });
        return new BulkActionResult(recipients.size(), recipients.size(), skipped, actionId);
    }

    @Transactional
    public BulkActionResult reassign(CurrentUser user, List<String> taskIds, String assignee, boolean dryRun) {
        User to = identity.createUserQuery().userId(assignee).singleResult();
        if (to == null) {
            String message = "接手人不存在。";
            throw new FieldValidationException(message, List.of(new FieldValidationException.FieldError("assignee", message)));
        }
        Selection s = select(user, taskIds);
        List<SkippedTask> skipped = new ArrayList<>(s.skipped());
        List<Target> eligible = new ArrayList<>();
        Map<String, Boolean> inGroup = new HashMap<>();
        for (Target t : s.targets()) {
            List<String> groups = candidateGroups(t.taskId());
            boolean member = groups.stream().anyMatch(g -> inGroup.computeIfAbsent(g,
                    group -> identity.createUserQuery().userId(assignee).memberOfGroup(group).count() > 0));
            if (!member) {
                skipped.add(new SkippedTask(t.taskId(), SkipReason.NOT_IN_GROUP));
            } else if (assignee.equals(t.assignee())) {
                skipped.add(new SkippedTask(t.taskId(), SkipReason.ALREADY_ASSIGNED));
            } else {
                eligible.add(t);
            }
        }
        if (dryRun || eligible.isEmpty()) {
            return new BulkActionResult(eligible.size(), 0, skipped, null);
        }
        for (Target t : eligible) {
            // The task event keeps the inbox and the monitoring read model in step, in this transaction.
            taskService.setAssignee(t.taskId(), assignee);
        }
        long actionId = record(user, BulkActionKind.REASSIGNMENT, eligible.stream().map(Target::taskId).toList(), assignee,
                displayName(to));
        return new BulkActionResult(eligible.size(), eligible.size(), skipped, actionId);
    }

    private long record(CurrentUser user, BulkActionKind kind, List<String> taskIds, String assignee, String assigneeName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into mon_bulk_action (kind, actor, actor_name, scope_code, acted_at, task_count, task_ids,"
                + " assignee, assignee_name) values (:kind, :actor, :actorName, :scope, :at, :count, :ids, :assignee, :assigneeName)",
                new MapSqlParameterSource("kind", kind.name()).addValue("actor", user.username())
                        .addValue("actorName", user.displayName() == null ? user.username() : user.displayName())
                        .addValue("scope", user.orgCode()).addValue("at", Timestamp.from(clock.instant()))
                        .addValue("count", taskIds.size()).addValue("ids", String.join(",", taskIds))
                        .addValue("assignee", assignee).addValue("assigneeName", assigneeName),
                key, new String[] {"id"});
        Number id = key.getKey();
        return id == null ? 0 : id.longValue();
    }

    /** The bulk actions taken in the caller's node, newest first. */
    @Transactional(readOnly = true)
    public Page<BulkActionView> actions(CurrentUser user, int page, int size) {
        MonitoringQueries.Scope scope = queries.home(user);
        MapSqlParameterSource p = new MapSqlParameterSource("scope", scope.code() + "%");
        Long total = jdbc.queryForObject("select count(*) from mon_bulk_action where scope_code like :scope", p, Long.class);
        p.addValue("limit", size).addValue("offset", page * size);
        List<BulkActionView> items = jdbc.query("select id, kind, actor_name, acted_at, task_count, assignee_name"
                + " from mon_bulk_action where scope_code like :scope order by acted_at desc, id desc limit :limit offset :offset",
                p, (rs, i) -> new BulkActionView(rs.getLong(1), BulkActionKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getString(6)));
        return new Page<>(items, total == null ? 0 : total, page, size);
    }
}
