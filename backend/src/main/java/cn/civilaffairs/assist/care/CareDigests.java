package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.civilaffairs.assist.org.OrgService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning mails: one digest per responsible person (due tomorrow as a reminder, due today,
 * overdue) and one overdue list per supervising office. The dedup key holds the date, so a
 * retried job sends nothing twice.
 *
 * <p>Read in pages of responsible persons and of streets, with the names joined in (issue #17): a
 * province's morning (hundreds of thousands due) holds one page in memory, not every enrolment, and
 * asks no question per row.
 */
@Service
class CareDigests {
    /** Responsible persons, or streets, per query. */
    private static final int PAGE = 500;
    /** Lines kept per supervisor list; a mail holds fewer (NotificationService cuts it) and says so. */
    private static final int MAX_LINES = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgService orgs;
    private final IdentityService identity;
    private final NotificationService notifications;

    CareDigests(JdbcTemplate jdbc, OrgService orgs, IdentityService identity, NotificationService notifications) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.orgs = orgs;
        this.identity = identity;
        this.notifications = notifications;
    }

    record Sent(int personal, int supervisors) {}

    /** One due enrolment as the mails show it. */
    private record Due(String responsible, String responsibleName, String villageCode, String villageName,
            String personName, int level, LocalDate nextDueOn, LocalDate base) {}

    private static final String DUE_COLUMNS = "select e.responsible_username, e.responsible_name, e.village_code,"
            + " o.name as village_name, p.name as person_name, e.care_level, e.next_due_on, e.last_visit_on, e.baseline_on"
            + " from care_enrolment e join person p on p.id = e.person_id join org_unit o on o.code = e.village_code"
            + " where e.status = 'ACTIVE'";

    private static Due due(ResultSet rs) throws SQLException {
        Date last = rs.getDate("last_visit_on");
        return new Due(rs.getString("responsible_username"), rs.getString("responsible_name"),
                rs.getString("village_code"), rs.getString("village_name"), rs.getString("person_name"),
                rs.getInt("care_level"), rs.getDate("next_due_on").toLocalDate(),
                (last != null ? last : rs.getDate("baseline_on")).toLocalDate());
    }

    @Transactional
    public Sent send(LocalDate today) {
        Date until = Date.valueOf(today.plusDays(1));
        int personal = 0;
        List<String> responsible = jdbc.queryForList("select distinct responsible_username from care_enrolment"
                + " where status = 'ACTIVE' and next_due_on <= :until and responsible_username is not null"
                + " order by responsible_username", Map.of("until", until), String.class);
        for (int from = 0; from < responsible.size(); from += PAGE) {
            List<String> page = responsible.subList(from, Math.min(responsible.size(), from + PAGE));
            Map<String, List<Due>> byResponsible = new LinkedHashMap<>();
            jdbc.query(DUE_COLUMNS + " and e.next_due_on <= :until and e.responsible_username in (:page)"
                    + " order by e.village_code, e.next_due_on, e.id", Map.of("until", until, "page", page), rs -> {
                        Due d = due(rs);
                        byResponsible.computeIfAbsent(d.responsible(), k -> new ArrayList<>()).add(d);
                    });
            List<NotificationService.Notice> notices = new ArrayList<>();
            for (User u : identity.createUserQuery().userIdIn(page.toArray(String[]::new)).list()) {
                List<Due> mine = byResponsible.get(u.getId());
                if (mine == null || u.getEmail() == null || u.getEmail().isBlank()) {
                    continue;
                }
                StringBuilder body = new StringBuilder(CareService.displayName(u)).append("，您好：\n");
                section(body, "已逾期", mine.stream().filter(e -> e.nextDueOn().isBefore(today)).toList(), today);
                section(body, "今日应访", mine.stream().filter(e -> e.nextDueOn().equals(today)).toList(), today);
                section(body, "明日应访（提醒）", mine.stream().filter(e -> e.nextDueOn().isAfter(today)).toList(), today);
                body.append("\n走访后请及时在系统中记录。");
                notices.add(new NotificationService.Notice("care-digest:" + u.getId() + ":" + today, u.getEmail(),
                        "【关爱走访】" + today + " 走访提醒", body.toString()));
            }
            personal += notifications.enqueueAll(notices);
        }
        return new Sent(personal, overdueLists(today));
    }

    /** Per street and per district, the people past their due day: lines kept up to MAX_LINES, all counted. */
    private int overdueLists(LocalDate today) {
        Date day = Date.valueOf(today);
        List<String> streets = jdbc.queryForList("select distinct substring(village_code, 1, 9) from care_enrolment"
                + " where status = 'ACTIVE' and next_due_on < :day order by 1", Map.of("day", day), String.class);
        Map<String, Lines> byDistrict = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        int supervisors = 0;
        for (int from = 0; from < streets.size(); from += PAGE) {
            List<String> page = streets.subList(from, Math.min(streets.size(), from + PAGE));
            Map<String, Lines> byStreet = new LinkedHashMap<>();
            jdbc.query(DUE_COLUMNS + " and e.next_due_on < :day and substring(e.village_code, 1, 9) in (:page)"
                    + " order by e.village_code, e.next_due_on, e.id", Map.of("day", day, "page", page), rs -> {
                        Due d = due(rs);
                        String line = line(d, today) + "，责任人：" + (d.responsibleName() == null ? "未指定" : d.responsibleName());
                        byStreet.computeIfAbsent(d.villageCode().substring(0, 9), k -> new Lines()).add(line);
                        byDistrict.computeIfAbsent(d.villageCode().substring(0, 6), k -> new Lines()).add(line);
                    });
            orgs.getAll(page).forEach((code, unit) -> names.put(code, unit.getName()));
            for (var entry : byStreet.entrySet()) {
                supervisors += supervisorList(Role.STREET_CLERK, entry.getKey(), names.get(entry.getKey()), entry.getValue(), today);
            }
        }
        orgs.getAll(byDistrict.keySet()).forEach((code, unit) -> names.put(code, unit.getName()));
        for (var entry : byDistrict.entrySet()) {
            supervisors += supervisorList(Role.DISTRICT_MANAGER, entry.getKey(), names.get(entry.getKey()), entry.getValue(), today);
        }
        return supervisors;
    }

    private int supervisorList(Role role, String code, String name, Lines lines, LocalDate today) {
        StringBuilder body = new StringBuilder("以下关爱对象已过应访日期仍未走访：\n");
        lines.kept.forEach(l -> body.append(l).append("\n"));
        if (lines.count > lines.kept.size()) {
            body.append("……共 ").append(lines.count).append(" 人，请登录系统查看完整名单。\n");
        }
        return notifications.notifyGroup(WorkGroups.of(role, code), "care-overdue:" + code + ":" + today,
                "【关爱走访】" + name + " " + today + " 逾期未走访名单（" + lines.count + "人）", body.toString());
    }

    /** The first MAX_LINES lines and how many there were. */
    private static final class Lines {
        final List<String> kept = new ArrayList<>();
        int count;

        void add(String line) {
            if (kept.size() < MAX_LINES) {
                kept.add(line);
            }
            count++;
        }
    }

    private void section(StringBuilder body, String title, List<Due> list, LocalDate today) {
        if (list.isEmpty()) {
            return;
        }
        body.append("\n").append(title).append("（").append(list.size()).append("人）：\n");
        for (Due e : list) {
            body.append(line(e, today)).append("\n");
        }
    }

    private static String line(Due e, LocalDate today) {
        long gap = CarePolicy.gapDays(e.base(), today);
        return "- " + e.personName() + "（" + e.villageName() + "，" + CareTypes.levelLabel(e.level()) + "，应访 "
                + e.nextDueOn() + "，距上次走访 " + gap + " 天）";
    }
}
