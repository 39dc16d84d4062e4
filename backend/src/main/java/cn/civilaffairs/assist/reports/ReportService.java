package cn.civilaffairs.assist.reports;

import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.reports.internal.Report;
import cn.civilaffairs.assist.reports.internal.ReportRepository;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces, stores and lists reports. The progress report to the county is due on 5 June,
 * 5 September and 5 December (DOMAIN §6, seed 001), on the next working day of the official
 * calendar when the 5th is not one; processes/progress-report.bpmn asks {@link #runStatutory} every
 * morning of those months' 5th to 15th, and the first run on or after the due day produces it once
 * per district (a unique schedule key), so a day the server was down is caught up the next.
 */
@Service
@Transactional
public class ReportService {
    /** The months whose 5th the progress report is due. */
    static final Set<Month> STATUTORY_MONTHS = Set.of(Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);
    static final int STATUTORY_DAY = 5;

    private final KpiService kpis;
    private final ReportRepository reports;
    private final FileStorage files;
    private final OrgService orgs;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final String baseUrl;

    ReportService(KpiService kpis, ReportRepository reports, FileStorage files, OrgService orgs,
            NotificationService notifications, WorkingDayCalendar calendar, Clock clock,
            @Value("${app.base-url}") String baseUrl) {
        this.kpis = kpis;
        this.reports = reports;
        this.files = files;
        this.orgs = orgs;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    /** The day the progress report of this month is due: the 5th, or the next working day after it. */
    public LocalDate dueDay(YearMonth month) {
        LocalDate day = month.atDay(STATUTORY_DAY);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The period a progress report due in {@code month} covers: the whole months since the previous
     * report's month (June: December to May; September: June to August; December: September to
     * November).
     */
    public static Period statutoryPeriod(YearMonth month) {
        YearMonth previous = month.minusMonths(month.getMonth() == Month.JUNE ? 6 : 3);
        return new Period(previous.atDay(1), month.minusMonths(1).atEndOfMonth());
    }

    public record Period(LocalDate from, LocalDate to) {}

    /**
     * The timer's question, asked each morning: when today is on or after this month's due day and
     * the report is not yet produced, produce it for every district and mail it to its managers.
     * Returns the reports produced now (none on other days).
     */
    public List<ReportView> runStatutory(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        if (!STATUTORY_MONTHS.contains(month.getMonth()) || today.isBefore(dueDay(month))) {
            return List.of();
        }
        Period period = statutoryPeriod(month);
        List<ReportView> out = new ArrayList<>();
        for (OrgUnit district : districts()) {
            String key = ReportKind.PROGRESS + ":" + district.getCode() + ":" + period.to();
            if (reports.existsByScheduleKey(key)) {
                continue;
            }
            // One computation of the figures serves the .xlsx and the mail text.
            KpiReport figures = kpis.kpis(district.getCode(), period.from(), period.to());
            Report report = save(ReportKind.PROGRESS, ReportOrigin.SCHEDULED, figures, key, "system");
            ReportView view = view(report);
            mail(view, district, figures, new NotificationService.Attachment(report.getFileKey(), report.getFileName()));
            out.add(view);
        }
        return out;
    }

    /** A report over any period, for a district or street the caller may see (checked by the controller). */
    public ReportView produce(ReportKind kind, String orgCode, LocalDate from, LocalDate to, String by) {
        return store(kind, ReportOrigin.ON_DEMAND, orgCode, from, to, null, by);
    }

    @Transactional(readOnly = true)
    public List<ReportView> list(String scopeCode) {
        return reports.findByOrgCodeStartingWithOrderByCreatedAtDescIdDesc(scopeCode).stream().map(ReportService::view)
                .toList();
    }

    /** A stored report's view and content, 404 when missing or outside {@code scopeCode}. */
    public record StoredFile(ReportView report, InputStream content) {}

    @Transactional(readOnly = true)
    public StoredFile file(long id, String scopeCode) throws IOException {
        Report r = reports.findById(id).filter(x -> OrgService.covers(scopeCode, x.getOrgCode()))
                .orElseThrow(() -> new NotFoundException("报表不存在。"));
        return new StoredFile(view(r), files.open(r.getFileKey()));
    }

    private ReportView store(ReportKind kind, ReportOrigin origin, String orgCode, LocalDate from, LocalDate to,
            String scheduleKey, String by) {
        return view(save(kind, origin, kpis.kpis(orgCode, from, to), scheduleKey, by));
    }

    private Report save(ReportKind kind, ReportOrigin origin, KpiReport figures, String scheduleKey, String by) {
        String orgCode = figures.scopeCode();
        LocalDate from = figures.from();
        LocalDate to = figures.to();
        byte[] xlsx = ReportExcel.write(kind, figures);
        String key = files.storeWithTransaction(xlsx);
        String name = figures.scopeName() + kind.label() + "-" + from + "至" + to + ".xlsx";
        return reports.save(new Report(kind, origin, orgCode, from, to, scheduleKey, key, name, xlsx.length,
                clock.instant(), by));
    }

    private List<OrgUnit> districts() {
        return orgs.children(null).stream().filter(u -> u.getLevel() == OrgLevel.DISTRICT).toList();
    }

    private void mail(ReportView view, OrgUnit district, KpiReport figures, NotificationService.Attachment xlsx) {
        StringBuilder body = new StringBuilder();
        body.append(district.getName()).append("服务类社会救助").append(ReportKind.PROGRESS.label()).append("已生成，统计期间 ")
                .append(view.from()).append(" 至 ").append(view.to()).append("，请审阅后报送县（区）。\n\n");
        for (StreetKpis s : figures.streets()) {
            body.append(line(s.name(), s.figures())).append('\n');
        }
        body.append(line(ReportExcel.TOTAL, figures.total())).append("\n\n");
        body.append("报表见附件 ").append(view.fileName()).append("；也可下载：").append(baseUrl).append("/reports（")
                .append("GET /api/reports/").append(view.id()).append("/file）\n");
        notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, district.getCode()), "report:" + view.id(),
                "【统计报表】" + district.getName() + ReportKind.PROGRESS.label() + "（" + view.from() + " 至 " + view.to()
                        + "）",
                body.toString(), xlsx);
    }

    private static String line(String name, KpiFigures f) {
        return "%s：线索 %d，发卡 %d；分级关爱对象 %d，按期走访 %d；预警 %d（升级 %d）；服务确认 密码 %d / 信息员 %d；抽查 %d（不合格 %d）；达标人月 %d/%d；转介 %d"
                .formatted(name, f.leads(), f.leadsWithCard(), f.gradedPeople(), f.visitedWithinInterval(),
                        f.warningsRaised(), f.warningsEscalated(), f.deliveriesByPin(), f.deliveriesByOfficer(),
                        f.spotChecks(), f.spotChecksFailed(), f.standardMonthsMet(), f.standardMonths(), f.referrals());
    }

    static ReportView view(Report r) {
        return new ReportView(r.getId(), r.getKind(), r.getOrigin(), r.getOrgCode(), r.getPeriodFrom(),
                r.getPeriodTo(), r.getFileName(), r.getSizeBytes(), r.getCreatedAt(), r.getCreatedBy());
    }
}
