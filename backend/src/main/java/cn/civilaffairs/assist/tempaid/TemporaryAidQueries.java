package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TemporaryAidService.SHANGHAI;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.tempaid.internal.Application;
import cn.civilaffairs.assist.tempaid.internal.ApplicationRepository;
import cn.civilaffairs.assist.tempaid.internal.Step;
import cn.civilaffairs.assist.tempaid.internal.StepRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of temporary assistance, limited to the caller's org subtree (by the application's village;
 * anything else is 404); reads of one person's data are written to the access log.
 */
@Service
@Transactional(readOnly = true)
class TemporaryAidQueries {
    private final ApplicationRepository applications;
    private final StepRepository steps;
    private final PersonService people;
    private final OrgService orgs;
    private final TaskService tasks;
    private final ActorNames actorNames;
    private final AccessLog accessLog;
    private final TemporaryAidPolicy policy;

    TemporaryAidQueries(ApplicationRepository applications, StepRepository steps, PersonService people,
            OrgService orgs, TaskService tasks, ActorNames actorNames, AccessLog accessLog, TemporaryAidPolicy policy) {
        this.applications = applications;
        this.steps = steps;
        this.people = people;
        this.orgs = orgs;
        this.tasks = tasks;
        this.actorNames = actorNames;
        this.accessLog = accessLog;
        this.policy = policy;
    }

    static boolean canSee(CurrentUser user, Application a) {
        return OrgService.covers(user.orgCode(), a.getVillageCode());
    }

    Application visible(CurrentUser user, String applicationNo) {
        return applications.findByApplicationNo(applicationNo).filter(a -> canSee(user, a))
                .orElseThrow(() -> new NotFoundException("临时救助申请不存在或不在您的范围内：" + applicationNo));
    }

    Page<ApplicationRow> list(CurrentUser user, AidStatus status, Long personId, int page, int size) {
        var found = applications.pageInScope(user.orgCode() + "%", status, personId,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        List<Application> list = found.getContent();
        Map<Long, Person> persons = people.getAll(list.stream().map(Application::getPersonId).toList());
        Map<String, Task> open = openTasks(user, list.stream().map(Application::getProcessInstanceId).toList());
        Map<String, String> villageNames = new HashMap<>();
        List<ApplicationRow> rows = list.stream().map(a -> {
            Task t = open.get(a.getProcessInstanceId());
            return new ApplicationRow(a.getApplicationNo(), a.getPersonId(), persons.get(a.getPersonId()).getName(),
                    villageNames.computeIfAbsent(a.getVillageCode(), this::orgName), a.getEventType(), a.getEventOn(),
                    a.getAmountRequested(), a.getAmountGranted(), a.getStatus(), a.getRequestedAt(), a.getPaidOn(),
                    a.getPaidAmount(), t == null ? null : t.getId(), t == null ? null : t.getTaskDefinitionKey());
        }).toList();
        return new Page<>(rows, found.getTotalElements(), page, size);
    }

    /** One application; logged as a read of the person's data. */
    @Transactional
    ApplicationView view(CurrentUser user, String applicationNo) {
        ApplicationView v = viewOf(user, visible(user, applicationNo));
        accessLog.record(user, AccessAction.TEMPORARY_AID, applicationNo, v.personId());
        return v;
    }

    ApplicationView viewOf(CurrentUser user, Application a) {
        Person p = people.get(a.getPersonId());
        List<Step> history = steps.findByApplicationIdOrderById(a.getId());
        List<String> actors = new ArrayList<>(history.stream().map(Step::getActor).toList());
        actors.add(a.getDecidedBy());
        actors.add(a.getRequestedBy());
        Function<String, String> names = actorNames.of(actors);
        Task t = a.getProcessInstanceId() == null ? null : openTasks(user, List.of(a.getProcessInstanceId()))
                .get(a.getProcessInstanceId());
        return new ApplicationView(a.getApplicationNo(), a.getPersonId(), p.getName(), p.getIdNumber().masked(),
                a.getVillageCode(), orgName(a.getVillageCode()), a.getEventType(), a.getEventOn(),
                a.getEventDescription(), a.getAmountRequested(), a.getStatus(), a.getAmountAssessed(),
                a.getAmountGranted(), a.getDecidedLevel(), names.apply(a.getDecidedBy()), a.getDecidedAt(),
                a.getRefusalReason(), a.getPaidOn(), a.getPaidAmount(), a.getPaymentMethod(), a.getPaymentRef(),
                names.apply(a.getRequestedBy()), a.getRequestedAt(), a.getSourceRef() != null,
                policy.townshipLimit(),
                history.stream().map(s -> new StepView(s.getKind(), names.apply(s.getActor()), s.getAt(), s.getAmount(),
                        s.getNote())).toList(),
                t == null ? null : t.getId(), t == null ? null : t.getTaskDefinitionKey());
    }

    /**
     * A person's year: the applications paid in that year, and those requested in it and not paid; the
     * total counts payments only. Out of scope (no visible application and a village outside the
     * caller's subtree) is 404.
     */
    @Transactional
    LedgerView ledger(CurrentUser user, long personId, int year) {
        Person p = people.getAll(List.of(personId)).get(personId);
        if (p == null) {
            throw new NotFoundException("人员不存在或不在您的范围内。");
        }
        List<Application> mine = applications.findByPersonIdOrderById(personId).stream()
                .filter(a -> canSee(user, a)).toList();
        if (mine.isEmpty() && !OrgService.covers(user.orgCode(), p.getVillageCode())) {
            throw new NotFoundException("人员不存在或不在您的范围内。");
        }
        LedgerView v = ledgerOf(p.getId(), p.getName(), year, mine);
        accessLog.record(user, AccessAction.TEMPORARY_AID, "ledger:" + personId + ":" + year, personId);
        return v;
    }

    /** The ledger's arithmetic: payments in the year are counted, nothing else. */
    static LedgerView ledgerOf(long personId, String personName, int year, Collection<Application> applications) {
        List<LedgerView.Entry> entries = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int paid = 0;
        for (Application a : applications) {
            boolean paidInYear = a.getStatus() == AidStatus.PAID && a.getPaidOn() != null
                    && a.getPaidOn().getYear() == year;
            boolean requestedInYear = a.getPaidOn() == null
                    && a.getRequestedAt().atZone(SHANGHAI).getYear() == year;
            if (!paidInYear && !requestedInYear) {
                continue;
            }
            if (paidInYear) {
                total = total.add(a.getPaidAmount());
                paid++;
            }
            entries.add(new LedgerView.Entry(a.getApplicationNo(), a.getEventType(), a.getEventOn(), a.getStatus(),
                    a.getAmountRequested(), a.getAmountGranted(), a.getDecidedLevel(), a.getPaidOn(), a.getPaidAmount()));
        }
        return new LedgerView(personId, personName, year, total, paid, entries);
    }

    /** The month's payments (by payment date) in the caller's scope, as Excel; logged per listed person. */
    @Transactional
    byte[] monthly(CurrentUser user, YearMonth month) {
        LocalDate from = month.atDay(1);
        List<Application> paid = applications.findPaidInScope(user.orgCode() + "%", from, from.plusMonths(1));
        Map<Long, Person> persons = people.getAll(paid.stream().map(Application::getPersonId).toList());
        Function<String, String> names = actorNames.of(paid.stream().map(Application::getDecidedBy).toList());
        Map<String, String> villageNames = new HashMap<>();
        List<MonthlyExcel.Row> rows = paid.stream().map(a -> {
            Person p = persons.get(a.getPersonId());
            return new MonthlyExcel.Row(a.getApplicationNo(), p.getName(), p.getIdNumber().masked(),
                    villageNames.computeIfAbsent(a.getVillageCode(), this::orgName),
                    TemporaryAidService.typeLabel(a.getEventType()), a.getEventOn(), a.getAmountGranted(),
                    a.getDecidedLevel() == DecisionLevel.STREET ? "街道先行救助" : "区民政局审批",
                    a.getPaidOn(), a.getPaidAmount(), TemporaryAidService.methodLabel(a.getPaymentMethod()),
                    a.getPaymentRef(), names.apply(a.getDecidedBy()));
        }).toList();
        String title = orgName(user.orgCode()) + " 临时救助金发放名单（" + month.getYear() + "年" + month.getMonthValue() + "月）";
        accessLog.recordAll(user, AccessAction.TEMPORARY_AID_LIST, "temporary-aid:" + month, user.orgCode(),
                paid.stream().map(Application::getPersonId).toList());
        return MonthlyExcel.export(title, rows);
    }

    /** The caller's open tasks in these processes, by process instance (candidate group or assignee). */
    private Map<String, Task> openTasks(CurrentUser user, Collection<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(id -> id != null).toList();
        if (ids.isEmpty() || user.groupIds().isEmpty()) {
            return Map.of();
        }
        List<Task> found = tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
                .or().taskCandidateGroupIn(user.groupIds()).taskAssignee(user.username()).endOr()
                .orderByTaskCreateTime().asc().list();
        Map<String, Task> out = new HashMap<>();
        found.forEach(t -> out.putIfAbsent(t.getProcessInstanceId(), t));
        return out;
    }

    private String orgName(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
