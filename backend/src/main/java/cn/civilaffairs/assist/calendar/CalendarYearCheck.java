package cn.civilaffairs.assist.calendar;

import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The State Council publishes next year's holidays each November. From 1 November (Beijing) of a
 * year whose next year is not loaded, administrators and district managers are mailed once a day
 * (dedup key per year, day and person) until it is imported; the app also shows them a banner
 * (GET /api/calendar/years, missingYear). Run by processes/calendar-check.bpmn.
 */
@Service
public class CalendarYearCheck {
    /** Process and element ids of processes/calendar-check.bpmn. */
    public static final String PROCESS = "calendarCheck";
    public static final String DELEGATE = "calendarYearCheckDelegate";
    static final String VAR_WARNED = "calendarWarningsQueued";
    static final String DEDUP_PREFIX = "calendar-missing:";

    private final WorkingDayCalendar calendar;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final Clock clock;
    private final String baseUrl;

    CalendarYearCheck(WorkingDayCalendar calendar, IdentityService identity, NotificationService notifications,
            Clock clock, @Value("${app.base-url}") String baseUrl) {
        this.calendar = calendar;
        this.identity = identity;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    /** The year whose notice should be imported now, or null. */
    public Integer missingYear() {
        return missingYear(today());
    }

    /**
     * This year when it is not loaded although an earlier one is (the warning went unheeded past
     * New Year); otherwise next year from 1 November, when it is not loaded; otherwise null.
     */
    public Integer missingYear(LocalDate today) {
        Integer last = calendar.lastLoadedYear();
        int year = today.getYear();
        if (last != null && last < year && !calendar.isLoaded(year)) {
            return year;
        }
        if (today.getMonthValue() >= Month.NOVEMBER.getValue() && !calendar.isLoaded(year + 1)) {
            return year + 1;
        }
        return null;
    }

    /** Queues today's warning to every administrator and district manager with an e-mail address. */
    @Transactional
    public int warn(LocalDate today) {
        Integer missing = missingYear(today);
        if (missing == null) {
            return 0;
        }
        String subject = "【工作日历】" + missing + "年节假日安排尚未导入";
        String body = body(missing);
        int queued = 0;
        for (User user : recipients().values()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()
                    && notifications.enqueue(DEDUP_PREFIX + missing + ":" + today + ":" + user.getId(),
                            user.getEmail(), subject, body)) {
                queued++;
            }
        }
        return queued;
    }

    private String body(int missing) {
        Integer last = calendar.lastLoadedYear();
        return "系统中的工作日历只导入到 " + (last == null ? "（无）" : last + " 年") + "，尚无 " + missing
                + " 年的法定节假日和调休安排。\n"
                + "落在 " + missing + " 年的“工作日”期限（任务截止、超期督办）暂按周末推算，标为“暂定”，可能与实际放假安排不符。\n\n"
                + "请导入 " + missing + " 年的日历：\n"
                + "1. 依据国务院办公厅关于" + missing + "年部分节假日安排的通知（每年 11 月前后在中国政府网 www.gov.cn 发布）；\n"
                + "2. 整理成 CSV 文件（UTF-8），每行“日期,类型,名称”，类型为 holiday（放假，含假期中的周末）或 workday（调休上班的周末），如：\n"
                + "   date,kind,name\n   " + missing + "-01-01,holiday,元旦\n"
                + "3. 以管理员或区民政局账号登录，在“工作日历”页面（" + baseUrl + "/calendar）上传该文件"
                + "（接口：POST /api/calendar/import，multipart 字段 file）。\n"
                + "导入后，暂定的期限会按新日历重新计算，本提醒随即停止。";
    }

    /** Members of any ADMIN@… or DISTRICT_MANAGER@… work group, and Camunda administrators, once each. */
    private Map<String, User> recipients() {
        Map<String, User> users = new LinkedHashMap<>();
        for (Group group : identity.createGroupQuery().list()) {
            boolean wanted = WorkGroups.CAMUNDA_ADMIN.equals(group.getId()) || WorkGroups.parse(group.getId())
                    .map(g -> g.role() == Role.ADMIN || g.role() == Role.DISTRICT_MANAGER).orElse(false);
            if (wanted) {
                for (User u : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
                    users.putIfAbsent(u.getId(), u);
                }
            }
        }
        return users;
    }

    @Configuration
    static class Delegates {
        @Bean(DELEGATE)
        JavaDelegate calendarYearCheckDelegate(CalendarYearCheck check) {
            return ex -> ex.setVariable(VAR_WARNED, check.warn(check.today()));
        }
    }
}
