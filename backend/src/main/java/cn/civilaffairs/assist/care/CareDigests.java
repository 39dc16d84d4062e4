package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.care.internal.CareEnrolments;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning mails: one digest per responsible person (due tomorrow as a reminder, due today,
 * overdue) and one overdue list per supervising office. The dedup key holds the date, so a
 * retried job sends nothing twice.
 */
@Service
class CareDigests {
    private final CareEnrolments enrolments;
    private final PersonService people;
    private final OrgService orgs;
    private final IdentityService identity;
    private final NotificationService notifications;

    CareDigests(CareEnrolments enrolments, PersonService people, OrgService orgs, IdentityService identity,
            NotificationService notifications) {
        this.enrolments = enrolments;
        this.people = people;
        this.orgs = orgs;
        this.identity = identity;
        this.notifications = notifications;
    }

    record Sent(int personal, int supervisors) {}

    @Transactional
    public Sent send(LocalDate today) {
        List<CareEnrolment> due = enrolments.findDueUntil(today.plusDays(1));
        Map<Long, Person> persons = people.getAll(due.stream().map(CareEnrolment::getPersonId).toList());
        int personal = 0;
        Map<String, List<CareEnrolment>> byResponsible = due.stream().filter(e -> e.getResponsibleUsername() != null)
                .collect(Collectors.groupingBy(CareEnrolment::getResponsibleUsername, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byResponsible.entrySet()) {
            User u = identity.createUserQuery().userId(entry.getKey()).singleResult();
            if (u == null || u.getEmail() == null || u.getEmail().isBlank()) {
                continue;
            }
            StringBuilder body = new StringBuilder(CareService.displayName(u)).append("，您好：\n");
            section(body, "已逾期", entry.getValue().stream().filter(e -> e.getNextDueOn().isBefore(today)).toList(), persons, today);
            section(body, "今日应访", entry.getValue().stream().filter(e -> e.getNextDueOn().equals(today)).toList(), persons, today);
            section(body, "明日应访（提醒）", entry.getValue().stream().filter(e -> e.getNextDueOn().isAfter(today)).toList(), persons, today);
            body.append("\n走访后请及时在系统中记录。");
            if (notifications.enqueue("care-digest:" + u.getId() + ":" + today, u.getEmail(),
                    "【关爱走访】" + today + " 走访提醒", body.toString())) {
                personal++;
            }
        }
        int supervisors = 0;
        List<CareEnrolment> overdue = due.stream().filter(e -> e.getNextDueOn().isBefore(today)).toList();
        Map<String, List<CareEnrolment>> byStreet = overdue.stream()
                .collect(Collectors.groupingBy(CareEnrolment::getStreetCode, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byStreet.entrySet()) {
            supervisors += notifications.notifyGroup(WorkGroups.of(Role.STREET_CLERK, entry.getKey()),
                    "care-overdue:" + entry.getKey() + ":" + today,
                    "【关爱走访】" + orgs.get(entry.getKey()).getName() + " " + today + " 逾期未走访名单（" + entry.getValue().size() + "人）",
                    overdueList(entry.getValue(), persons, today));
        }
        Map<String, List<CareEnrolment>> byDistrict = overdue.stream()
                .collect(Collectors.groupingBy(CareEnrolment::getDistrictCode, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byDistrict.entrySet()) {
            supervisors += notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, entry.getKey()),
                    "care-overdue:" + entry.getKey() + ":" + today,
                    "【关爱走访】" + orgs.get(entry.getKey()).getName() + " " + today + " 逾期未走访名单（" + entry.getValue().size() + "人）",
                    overdueList(entry.getValue(), persons, today));
        }
        return new Sent(personal, supervisors);
    }

    private void section(StringBuilder body, String title, List<CareEnrolment> list, Map<Long, Person> persons,
            LocalDate today) {
        if (list.isEmpty()) {
            return;
        }
        body.append("\n").append(title).append("（").append(list.size()).append("人）：\n");
        for (CareEnrolment e : list) {
            body.append(line(e, persons, today)).append("\n");
        }
    }

    private String overdueList(List<CareEnrolment> list, Map<Long, Person> persons, LocalDate today) {
        StringBuilder body = new StringBuilder("以下关爱对象已过应访日期仍未走访：\n");
        for (CareEnrolment e : list) {
            body.append(line(e, persons, today)).append("，责任人：")
                    .append(e.getResponsibleName() == null ? "未指定" : e.getResponsibleName()).append("\n");
        }
        return body.toString();
    }

    private String line(CareEnrolment e, Map<Long, Person> persons, LocalDate today) {
        Person p = persons.get(e.getPersonId());
        long gap = CarePolicy.gapDays(e.scheduleBase(), today);
        return "- " + (p == null ? e.getEnrolmentNo() : p.getName()) + "（" + orgs.get(e.getVillageCode()).getName() + "，"
                + CareTypes.levelLabel(e.getLevel()) + "，应访 " + e.getNextDueOn() + "，距上次走访 " + gap + " 天）";
    }
}
