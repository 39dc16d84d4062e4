package cn.civilaffairs.assist.monitoring;

import cn.civilaffairs.assist.security.UserNames;
import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.care.CareWarningCounts;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.ForbiddenException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.monitoring.internal.DurationHistogram;
import cn.civilaffairs.assist.monitoring.internal.ProcessModels;
import cn.civilaffairs.assist.monitoring.internal.ProcessModels.Model;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver.TaskSubject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring centre's reads, all from the read model (mon_*) and always within the caller's org
 * node: a district manager (and the administrator) the district, a street clerk their street.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {
    static final ZoneId BEIJING = WorkingDayCalendar.ZONE;
    static final Set<Integer> PERIODS = Set.of(30, 90, 365);
    static final int DUE_SOON_WORKING_DAYS = 2;
    private static final Map<Role, String> ROLE_LABELS = Map.of(
            Role.VILLAGE_OFFICER, "信息员", Role.STREET_CLERK, "经办人", Role.DISTRICT_MANAGER, "民政局",
            Role.PROVIDER_STAFF, "服务机构", Role.CHARITY_STAFF, "慈善组织", Role.CARE_CADRE, "关爱干部",
            Role.DEPARTMENT_STAFF, "部门", Role.SOCIAL_WORK_AGENCY, "社工机构",
            Role.ADMIN, "管理员");

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgService orgs;
    private final WorkingDayCalendar calendar;
    private final CareWarningCounts warnings;
    private final ProcessModels models;
    private final List<TaskSubjectResolver> subjects;
    private final IdentityService identity;
    private final Clock clock;

    MonitoringQueries(JdbcTemplate jdbc, OrgService orgs, WorkingDayCalendar calendar, CareWarningCounts warnings,
            ProcessModels models, List<TaskSubjectResolver> subjects, IdentityService identity, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.orgs = orgs;
        this.calendar = calendar;
        this.warnings = warnings;
        this.models = models;
        this.subjects = subjects;
        this.identity = identity;
        this.clock = clock;
    }

    /** Whose figures: an org node, and whether rows with no place (district-wide system processes) count. */
    record Scope(String code, String name, boolean district) {
        String where(String alias) {
            return "(" + alias + ".place_code like :scope" + (district ? " or " + alias + ".place_code = ''" : "") + ")";
        }
    }

    // ------------------------------------------------------------------ overview

    public MonitoringOverview overview(CurrentUser user, String street) {
        Scope scope = street == null ? home(user) : place(user, street, "street");
        Instant now = clock.instant();
        Instant soon = dueSoonLimit(now);
        MapSqlParameterSource p = params(scope, now, soon);
        Map<String, Model> latest = models.allLatest();

        Map<String, long[]> perProcess = new LinkedHashMap<>(); // running, overdue, dueSoon, incidents
        jdbc.query("select i.proc_key, count(*) from mon_instance i where i.ended is null and " + scope.where("i")
                + " group by i.proc_key", p, rs -> {
                    perProcess.computeIfAbsent(rs.getString(1), k -> new long[4])[0] = rs.getLong(2);
                });
        jdbc.query("select n.proc_key, count(*) from mon_incident n join mon_instance i on i.proc_inst_id = n.proc_inst_id"
                + " where " + scope.where("i") + " group by n.proc_key", p, rs -> {
                    perProcess.computeIfAbsent(rs.getString(1), k -> new long[4])[3] = rs.getLong(2);
                });
        Map<String, Map<String, StepAcc>> steps = new HashMap<>();
        jdbc.query("select a.proc_key, a.activity_id, a.activity_type, count(*) from mon_activity a"
                + " join mon_instance i on i.proc_inst_id = a.proc_inst_id where " + scope.where("i")
                + " group by a.proc_key, a.activity_id, a.activity_type", p, rs -> {
                    StepAcc s = steps.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new StepAcc());
                    s.type = rs.getString(3);
                    s.running += rs.getLong(4);
                });
        jdbc.query("select t.proc_key, t.task_key, sum(case when t.due < :now then 1 else 0 end),"
                + " sum(case when t.due >= :now then 1 else 0 end) from mon_task t"
                + " where t.due < :soon and " + scope.where("t") + " group by t.proc_key, t.task_key", p, rs -> {
                    long overdue = rs.getLong(3);
                    long dueSoon = rs.getLong(4);
                    long[] proc = perProcess.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    proc[1] += overdue;
                    proc[2] += dueSoon;
                    StepAcc s = steps.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new StepAcc());
                    if (s.type == null) {
                        s.type = "userTask";
                    }
                    s.overdue += overdue;
                    s.dueSoon += dueSoon;
                });

        List<ProcessFigures> processes = new ArrayList<>();
        long running = 0;
        long overdue = 0;
        long dueSoon = 0;
        long incidents = 0;
        for (var e : perProcess.entrySet()) {
            long[] f = e.getValue();
            running += f[0];
            overdue += f[1];
            dueSoon += f[2];
            incidents += f[3];
            if (f[0] == 0 && f[1] == 0 && f[2] == 0 && f[3] == 0) {
                continue;
            }
            Model model = latest.get(e.getKey());
            List<String> order = model == null ? List.of() : List.copyOf(model.names().keySet());
            List<StepFigures> stepList = new ArrayList<>();
            steps.getOrDefault(e.getKey(), Map.of()).forEach((id, s) -> stepList.add(new StepFigures(id,
                    model == null ? id : model.nameOf(id), s.type, s.running, s.overdue, s.dueSoon)));
            stepList.sort(Comparator.comparingInt((StepFigures s) -> {
                int i = order.indexOf(s.activityId());
                return i < 0 ? Integer.MAX_VALUE : i;
            }).thenComparing(s -> -s.running()));
            processes.add(new ProcessFigures(e.getKey(), model == null ? e.getKey() : model.name(), f[0], f[1], f[2], f[3],
                    stepList));
        }
        processes.sort(Comparator.comparingLong(ProcessFigures::running).reversed().thenComparing(ProcessFigures::processKey));

        // Places one level below the scope: streets of a district, villages of a street.
        int len = scope.district() ? 9 : 12;
        OrgLevel childLevel = scope.district() ? OrgLevel.STREET : OrgLevel.VILLAGE;
        Map<String, long[]> perPlace = new LinkedHashMap<>(); // running, overdue, dueSoon, warnings
        List<OrgUnit> children = orgs.children(scope.code()).stream().filter(u -> u.getLevel() == childLevel).toList();
        for (OrgUnit u : children) {
            perPlace.put(u.getCode(), new long[4]);
        }
        String prefix = "substring(%s.place_code, 1, " + len + ")"; // len is 9 or 12, never input
        jdbc.query("select " + prefix.formatted("i") + ", count(*) from mon_instance i where i.ended is null"
                + " and i.place_code like :scope and char_length(i.place_code) >= " + len
                + " group by " + prefix.formatted("i"), p, rs -> {
                    long[] f = perPlace.get(rs.getString(1));
                    if (f != null) {
                        f[0] = rs.getLong(2);
                    }
                });
        jdbc.query("select " + prefix.formatted("t") + ", sum(case when t.due < :now then 1 else 0 end),"
                + " sum(case when t.due >= :now then 1 else 0 end) from mon_task t where t.due < :soon"
                + " and t.place_code like :scope and char_length(t.place_code) >= " + len
                + " group by " + prefix.formatted("t"), p, rs -> {
                    long[] f = perPlace.get(rs.getString(1));
                    if (f != null) {
                        f[1] = rs.getLong(2);
                        f[2] = rs.getLong(3);
                    }
                });
        long openWarnings = 0;
        TreeMap<Integer, Long> byStage = new TreeMap<>();
        for (CareWarningCounts.OpenWarnings w : warnings.openUnder(scope.code())) {
            openWarnings += w.count();
            byStage.merge(w.stage(), w.count(), Long::sum);
            if (w.villageCode() != null && w.villageCode().length() >= len) {
                long[] f = perPlace.get(w.villageCode().substring(0, len));
                if (f != null) {
                    f[3] += w.count();
                }
            }
        }
        List<PlaceFigures> places = new ArrayList<>();
        for (OrgUnit u : children) {
            long[] f = perPlace.get(u.getCode());
            places.add(new PlaceFigures(u.getCode(), u.getName(), f[0], f[1], f[2], f[3]));
        }
        List<StageCount> stages = byStage.entrySet().stream().map(e -> new StageCount(e.getKey(), e.getValue())).toList();
        return new MonitoringOverview(now, scope.code(), scope.name(),
                new MonitoringTotals(running, overdue, dueSoon, openWarnings, incidents), processes, places, stages);
    }

    private static final class StepAcc {
        String type;
        long running;
        long overdue;
        long dueSoon;
    }

    // ------------------------------------------------------------------ tasks

    public Page<MonitoredTask> tasks(CurrentUser user, TaskState state, String processKey, String activityId,
            String place, int page, int size) {
        Scope scope = place == null ? home(user) : place(user, place, "place");
        Map<String, Model> latest = models.allLatest();
        if (processKey != null && !latest.containsKey(processKey)) {
            throw new NotFoundException("流程不存在：" + processKey);
        }
        if (activityId != null) {
            if (processKey == null) {
                String message = "按环节筛选时须同时指定流程。";
                throw new FieldValidationException(message,
                        List.of(new FieldValidationException.FieldError("processKey", message)));
            }
            if (!latest.get(processKey).hasActivity(activityId)) {
                throw new NotFoundException("流程环节不存在：" + activityId);
            }
        }
        Instant now = clock.instant();
        MapSqlParameterSource p = params(scope, now, dueSoonLimit(now));
        StringBuilder where = new StringBuilder(" from mon_task t where ").append(scope.where("t"));
        if (processKey != null) {
            where.append(" and t.proc_key = :pk");
            p.addValue("pk", processKey);
        }
        if (activityId != null) {
            where.append(" and t.task_key = :ak");
            p.addValue("ak", activityId);
        }
        TaskState s = state == null ? TaskState.OPEN : state;
        if (s == TaskState.OVERDUE) {
            where.append(" and t.due < :now");
        } else if (s == TaskState.DUE_SOON) {
            where.append(" and t.due >= :now and t.due < :soon");
        }
        Long total = jdbc.queryForObject("select count(*)" + where, p, Long.class);
        if (total == null || total == 0 || (long) page * size >= total) {
            return new Page<>(List.of(), total == null ? 0 : total, page, size);
        }
        p.addValue("limit", size).addValue("offset", page * size);
        List<Row> rows = jdbc.query("select t.task_id, t.proc_key, t.task_key, t.task_name, t.business_key, t.link_kind,"
                + " t.link_key, t.place_code, t.created, t.due, t.assignee, t.group_id" + where
                + " order by case when t.due is null then 1 else 0 end, t.due, t.created, t.task_id"
                + " limit :limit offset :offset", p, (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getString(11),
                        rs.getString(12)));
        return new Page<>(view(rows, latest, now), total, page, size);
    }

    record Row(String taskId, String processKey, String taskKey, String taskName, String businessKey, String linkKind,
            String linkKey, String placeCode, Instant created, Instant due, String assignee, String groupId) {}

    private List<MonitoredTask> view(List<Row> rows, Map<String, Model> latest, Instant now) {
        // One batched call per resolver for the names, one user query for the assignees.
        Set<String> personKeys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> assignees = new HashSet<>();
        for (Row r : rows) {
            if (r.linkKind() != null && LinkKind.valueOf(r.linkKind()).namesPerson() && r.businessKey() != null) {
                personKeys.add(r.businessKey());
            }
            if (r.placeCode() != null && !r.placeCode().isEmpty()) {
                codes.add(r.placeCode());
            }
            if (r.groupId() != null) {
                WorkGroups.parse(r.groupId()).ifPresent(g -> codes.add(g.orgCode()));
            }
            if (r.assignee() != null) {
                assignees.add(r.assignee());
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!personKeys.isEmpty()) {
            for (TaskSubjectResolver resolver : subjects) {
                for (Map.Entry<String, TaskSubject> e : resolver.resolve(personKeys).entrySet()) {
                    names.putIfAbsent(e.getKey(), e.getValue().subject());
                }
            }
        }
        Map<String, String> orgNames = new HashMap<>();
        for (String code : codes) {
            orgs.find(code).ifPresent(u -> orgNames.put(code, u.getName()));
        }
        Map<String, String> userNames = new HashMap<>();
        if (!assignees.isEmpty()) {
            for (User u : identity.createUserQuery().userIdIn(assignees.toArray(String[]::new)).list()) {
                String name = UserNames.of(u);
                if (!name.isEmpty()) {
                    userNames.put(u.getId(), name);
                }
            }
        }
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        List<MonitoredTask> out = new ArrayList<>();
        for (Row r : rows) {
            Model model = latest.get(r.processKey());
            TaskLink link = r.linkKind() == null ? new TaskLink(LinkKind.TASK, r.taskId())
                    : new TaskLink(LinkKind.valueOf(r.linkKind()), r.linkKey());
            String recipient = link.kind().namesPerson() ? names.get(r.businessKey()) : null;
            Integer overdueDays = r.due() != null && r.due().isBefore(now) ? workingDaysAfter(
                    LocalDate.ofInstant(r.due(), BEIJING), today) : null;
            out.add(new MonitoredTask(r.taskId(), r.processKey(), model == null ? r.processKey() : model.name(),
                    r.taskKey(), r.taskName() != null ? r.taskName() : model == null ? r.taskKey() : model.nameOf(r.taskKey()),
                    r.businessKey(), recipient, link, r.placeCode() == null || r.placeCode().isEmpty() ? null : r.placeCode(),
                    orgNames.get(r.placeCode()), r.created(), r.due(), overdueDays,
                    r.assignee() == null ? null : userNames.get(r.assignee()), groupName(r.groupId(), orgNames)));
        }
        return out;
    }

    private static String groupName(String groupId, Map<String, String> orgNames) {
        if (groupId == null) {
            return null;
        }
        return WorkGroups.parse(groupId).map(g -> {
            String org = orgNames.get(g.orgCode());
            String role = ROLE_LABELS.getOrDefault(g.role(), "");
            return org == null ? role : org + " " + role;
        }).orElse(null);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when none). */
    int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The end of the 2nd working day after today (Beijing): due before it and not yet overdue is due soon. */
    Instant dueSoonLimit(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        return calendar.plusWorkingDays(today, DUE_SOON_WORKING_DAYS).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    // ------------------------------------------------------------------ step durations

    public StepDurations steps(CurrentUser user, String processKey, int days, String street) {
        if (!PERIODS.contains(days)) {
            String message = "统计周期只能是 30、90 或 365 天。";
            throw new FieldValidationException(message, List.of(new FieldValidationException.FieldError("days", message)));
        }
        Scope scope = street == null ? home(user) : place(user, street, "street");
        Model model = models.latest(processKey).orElseThrow(() -> new NotFoundException("流程不存在：" + processKey));
        LocalDate to = LocalDate.ofInstant(clock.instant(), BEIJING);
        LocalDate from = to.minusDays(days - 1L);
        MapSqlParameterSource p = params(scope, clock.instant(), clock.instant())
                .addValue("pk", processKey).addValue("from", java.sql.Date.valueOf(from))
                .addValue("to", java.sql.Date.valueOf(to));
        // A street reads its own rows, a district its district rows (each completion is counted in both).
        p.addValue("code", scope.code());
        String streetScope = !scope.district() ? "d.street_code = :code"
                : scope.code().length() == 6 ? "d.street_code in (:code, '')"
                : "((char_length(d.street_code) = 6 and d.street_code like :scope) or d.street_code = '')";
        Map<String, SortedMap<Integer, Long>> histograms = new HashMap<>();
        Map<String, long[]> due = new HashMap<>(); // with_due, on_time
        jdbc.query("select d.task_key, d.bucket, sum(d.n), sum(d.with_due), sum(d.on_time) from mon_step_day d"
                + " where d.proc_key = :pk and d.done_on >= :from and d.done_on <= :to and " + streetScope
                + " group by d.task_key, d.bucket", p, rs -> {
                    histograms.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
                    long[] f = due.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    f[0] += rs.getLong(4);
                    f[1] += rs.getLong(5);
                });
        Map<String, Long> running = new HashMap<>();
        jdbc.query("select a.activity_id, count(*) from mon_activity a join mon_instance i on i.proc_inst_id = a.proc_inst_id"
                + " where a.proc_key = :pk and a.activity_type = 'userTask' and " + scope.where("i")
                + " group by a.activity_id", p, rs -> {
                    running.put(rs.getString(1), rs.getLong(2));
                });
        List<StepDuration> steps = new ArrayList<>();
        for (ProcessModels.Step s : model.userTasks()) {
            SortedMap<Integer, Long> h = histograms.getOrDefault(s.activityId(), new TreeMap<>());
            long completed = h.values().stream().mapToLong(Long::longValue).sum();
            long[] f = due.getOrDefault(s.activityId(), new long[2]);
            Double onTime = completed == 0 || f[0] == 0 ? null : Math.round(1000.0 * f[1] / f[0]) / 1000.0;
            steps.add(new StepDuration(s.activityId(), s.name(), completed, running.getOrDefault(s.activityId(), 0L),
                    DurationHistogram.quantileHours(h, 0.5), DurationHistogram.quantileHours(h, 0.9), onTime,
                    s.limitWorkingDays()));
        }
        return new StepDurations(processKey, model.name(), from, to, days, models.xml(model), steps);
    }

    public List<MonitoredProcess> processes() {
        return models.allLatest().values().stream().filter(m -> !m.userTasks().isEmpty())
                .map(m -> new MonitoredProcess(m.key(), m.name())).toList();
    }

    // ------------------------------------------------------------------ scope

    /** The caller's own node: a street clerk's street, a manager's or administrator's district. */
    Scope home(CurrentUser user) {
        String code = user.orgCode();
        if (code == null) {
            throw new ForbiddenException("您的账号没有所属机构。");
        }
        boolean district = !user.hasRole(Role.STREET_CLERK) || user.hasAnyRole(Role.DISTRICT_MANAGER, Role.ADMIN);
        String name = orgs.find(code).map(OrgUnit::getName).orElse(user.orgName());
        return new Scope(code, name, district && code.length() <= 6);
    }

    /** A street or village asked for: outside the caller's node 403, unknown 404. */
    Scope place(CurrentUser user, String code, String field) {
        if (!OrgService.covers(user.orgCode(), code)) {
            throw new ForbiddenException("该地区不在您的管辖范围内：" + code);
        }
        OrgUnit unit = orgs.find(code).orElseThrow(() -> new NotFoundException("组织机构不存在：" + code));
        if ("street".equals(field) && unit.getLevel() != OrgLevel.STREET) {
            String message = "须为街道（乡镇）代码。";
            throw new FieldValidationException(message, List.of(new FieldValidationException.FieldError(field, message)));
        }
        return new Scope(code, unit.getName(), false);
    }

    private static MapSqlParameterSource params(Scope scope, Instant now, Instant soon) {
        return new MapSqlParameterSource("scope", scope.code() + "%")
                .addValue("now", Timestamp.from(now)).addValue("soon", Timestamp.from(soon));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
