package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.CaseDocumentRepository;
import cn.civilaffairs.assist.caseflow.internal.CaseEvent;
import cn.civilaffairs.assist.caseflow.internal.CaseEventRepository;
import cn.civilaffairs.assist.caseflow.internal.NeedsAssessmentRepository;
import cn.civilaffairs.assist.caseflow.internal.Objection;
import cn.civilaffairs.assist.caseflow.internal.ObjectionRepository;
import cn.civilaffairs.assist.caseflow.internal.PublicNotice;
import cn.civilaffairs.assist.caseflow.internal.PublicNoticeRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCardRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceCaseRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrant;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrantRepository;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of cases: lists, the case view, the diagram, the notice board. */
@Service
@Transactional(readOnly = true)
public class CaseQueryService {
    private final ServiceCaseRepository cases;
    private final NeedsAssessmentRepository assessments;
    private final ServiceGrantRepository grants;
    private final ServiceCardRepository cards;
    private final CaseDocumentRepository documents;
    private final PublicNoticeRepository notices;
    private final ObjectionRepository objections;
    private final CaseEventRepository events;
    private final CaseService caseService;
    private final PersonService personService;
    private final OrgService orgService;
    private final CatalogueService catalogue;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final WorkingDayCalendar calendar;
    private final ActorNames actorNames;

    CaseQueryService(ServiceCaseRepository cases, NeedsAssessmentRepository assessments,
            ServiceGrantRepository grants, ServiceCardRepository cards, CaseDocumentRepository documents,
            PublicNoticeRepository notices, ObjectionRepository objections, CaseEventRepository events,
            CaseService caseService, PersonService personService, OrgService orgService, CatalogueService catalogue,
            RuntimeService runtimeService, HistoryService historyService, RepositoryService repositoryService,
            TaskService taskService, WorkingDayCalendar calendar, ActorNames actorNames) {
        this.actorNames = actorNames;
        this.taskService = taskService;
        this.calendar = calendar;
        this.cases = cases;
        this.assessments = assessments;
        this.grants = grants;
        this.cards = cards;
        this.documents = documents;
        this.notices = notices;
        this.objections = objections;
        this.events = events;
        this.caseService = caseService;
        this.personService = personService;
        this.orgService = orgService;
        this.catalogue = catalogue;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    public Page<CaseSummary> list(CurrentUser user, String villageCode, CaseStatus status, String text, int page, int size) {
        String prefix = user.orgCode();
        if (villageCode != null && !villageCode.isBlank()) {
            if (!OrgService.covers(user.orgCode(), villageCode)) {
                return Page.empty(page, size);
            }
            prefix = villageCode;
        }
        var result = cases.search(prefix, status, text == null || text.isBlank() ? null : text.strip(),
                PageRequest.of(page, size));
        return new Page<>(result.getContent().stream().map(this::summary).toList(), result.getTotalElements(),
                page, size);
    }

    public CaseView view(CurrentUser user, String caseNo) {
        ServiceCase c = caseService.getVisible(caseNo, user);
        Person p = c.getPersonId() == null ? null : personService.get(c.getPersonId());
        PersonView person = p == null ? null : new PersonView(p.getId(), p.getName(), Masking.idNumber(p.getIdNumber().value()),
                p.getGender(), p.getBirthDate(), p.getPhone(), p.getAddress());
        AssessmentView assessment = assessments.findById(c.getId()).map(a -> new AssessmentView(
                a.getRecipientCategory(), a.isAlreadyRecognised(), a.getSelfCare().name(),
                a.getCarerSituation().name(), a.getLivingSituation(), a.getNeedsNote(), a.getAssessedBy(),
                a.getAssessedAt())).orElse(null);
        List<ServiceGrant> grantRows = grants.findByCaseIdOrderById(c.getId());
        Map<String, ServiceItem> items = catalogue.byCode(grantRows.stream().map(ServiceGrant::getItemCode).toList());
        List<GrantView> grantViews = grantRows.stream().map(g -> new GrantView(g.getId(), g.getItemCode(),
                name(items, g.getItemCode()), items.containsKey(g.getItemCode())
                        ? items.get(g.getItemCode()).getWay().name() : null,
                g.getStatus().name(), g.getGrantedAt(), g.getStoppedAt(), g.getStopReason())).toList();
        List<DocumentView> docs = documents.findByCaseIdOrderById(c.getId()).stream().map(d -> new DocumentView(
                d.getId(), d.getType(), d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getUploadedBy(),
                d.getUploadedAt())).toList();
        List<PublicNotice> noticeRows = notices.findByCaseIdOrderById(c.getId());
        List<Objection> objectionRows = noticeRows.isEmpty() ? List.of()
                : objections.findByNoticeIdInOrderById(noticeRows.stream().map(PublicNotice::getId).toList());
        List<NoticeView> noticeViews = noticeRows.stream().map(n -> {
            List<Objection> own = objectionRows.stream().filter(o -> o.getNoticeId().equals(n.getId())).toList();
            return new NoticeView(n.getId(), n.getStatus(), phase(n, own).name(), n.getStartsOn(), n.getEndsOn(),
                    n.getPeriodEndedAt(), own.stream().map(o -> new ObjectionView(o.getId(), o.getRaisedAt(),
                            o.getContent(), o.getDecision(), o.getDecisionNote(), o.getDecidedAt())).toList());
        }).toList();
        Optional<HistoricProcessInstance> instance = processInstance(c);
        return new CaseView(summary(c), c.getSummary(), c.getLeadSource(), c.getVerificationNote(),
                c.getDecisionReason(), c.getClosedAt(), person, assessment, grantViews, card(c).orElse(null), docs,
                List.copyOf(DocumentType.requiredFor(c.getFocusGroup())), noticeViews, timeline(c, instance),
                instance.map(HistoricProcessInstance::getId).orElse(null),
                instance.filter(i -> i.getEndTime() == null).map(i -> runtimeService.getActiveActivityIds(i.getId()))
                        .orElse(List.of()),
                deadlines(c));
    }

    /** Open tasks with a due date, under the case number (the case process and its service processes). */
    private List<CaseDeadline> deadlines(ServiceCase c) {
        return taskService.createTaskQuery().processInstanceBusinessKey(c.getCaseNo()).dueAfter(new java.util.Date(0))
                .orderByDueDate().asc().list().stream()
                .map(t -> new CaseDeadline(t.getName(), t.getDueDate().toInstant(), calendar.provisionalYear(t.getDueDate()),
                        t.getTaskDefinitionKey()))
                .toList();
    }

    Optional<CardView> card(ServiceCase c) {
        // The newest card, revoked too: after a case ends its card shows 已注销, not "not issued".
        return cards.findFirstByCaseIdOrderByIdDesc(c.getId()).map(card -> {
            // A revoked card still shows what it listed; a valid one what is granted now.
            List<ServiceGrant> active = grants.findByCaseIdOrderById(c.getId()).stream()
                    .filter(g -> card.isRevoked() || g.getStatus() != GrantStatus.STOPPED).toList();
            Map<String, ServiceItem> items = catalogue.byCode(active.stream().map(ServiceGrant::getItemCode).toList());
            return new CardView(card.getCardNo(), card.getValidFrom(), card.getValidTo(), card.getStatus(),
                    c.getSubjectName(), villageName(c.getVillageCode()),
                    active.stream().map(g -> name(items, g.getItemCode())).toList(), card.getPinHash() != null,
                    card.getPinSetAt(), card.getRevokedAt(), card.getRevokeReason());
        });
    }

    public CaseDiagram diagram(CurrentUser user, String caseNo) {
        ServiceCase c = caseService.getVisible(caseNo, user);
        HistoricProcessInstance pi = processInstance(c)
                .orElseThrow(() -> new NotFoundException("该案件没有流程实例。"));
        String xml;
        try (InputStream in = repositoryService.getProcessModel(pi.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> active = pi.getEndTime() == null ? runtimeService.getActiveActivityIds(pi.getId()) : List.of();
        List<String> done = historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .finished().list().stream().map(HistoricActivityInstance::getActivityId).distinct().toList();
        return new CaseDiagram(xml, active, done);
    }

    /** The village's board: everyone in a notice period and every current recipient (long-term). */
    public NoticeBoard board(CurrentUser user, String villageCode) {
        if (!OrgService.covers(user.orgCode(), villageCode)) {
            throw new NotFoundException("村（社区）不存在或不在您的管辖范围内。");
        }
        OrgUnit village = orgService.get(villageCode);
        List<PublicNotice> rows = notices.findByVillageCodeAndStatusInOrderById(villageCode,
                List.of("PUBLISHED", "LONG_TERM"));
        return new NoticeBoard(villageCode, village.getName(),
                orgService.find(village.getParentCode()).map(OrgUnit::getName).orElse(null),
                rows.stream().map(n -> entry(n, caseService.getById(n.getCaseId()))).toList());
    }

    /** One rule for the case page and the board: a review still open shows first. */
    private static NoticePhase phase(PublicNotice n, List<Objection> ofNotice) {
        return n.phase(ofNotice.stream().anyMatch(o -> o.getDecision() == null));
    }

    public NoticeEntry notice(CurrentUser user, long noticeId) {
        PublicNotice n = notices.findById(noticeId).filter(x -> OrgService.covers(user.orgCode(), x.getVillageCode()))
                .orElseThrow(() -> new NotFoundException("公示不存在或不在您的管辖范围内。"));
        return entry(n, caseService.getById(n.getCaseId()));
    }

    private NoticeEntry entry(PublicNotice n, ServiceCase c) {
        Person p = personService.get(c.getPersonId());
        List<ServiceGrant> active = grants.findByCaseIdOrderById(c.getId()).stream()
                .filter(g -> g.getStatus() != GrantStatus.STOPPED).toList();
        Map<String, ServiceItem> items = catalogue.byCode(active.stream().map(ServiceGrant::getItemCode).toList());
        return new NoticeEntry(n.getId(), c.getServiceNo(), p.getName(), p.getGender().name(),
                villageName(c.getVillageCode()),
                c.getRecipientCategory() == null ? null : "CATEGORY_" + c.getRecipientCategory(),
                active.stream().map(g -> name(items, g.getItemCode())).toList(), n.getStatus(),
                phase(n, objections.findByNoticeIdInOrderById(List.of(n.getId()))).name(), n.getStartsOn(),
                n.getEndsOn(), n.getPeriodEndedAt());
    }

    private List<TimelineEntry> timeline(ServiceCase c, Optional<HistoricProcessInstance> instance) {
        List<CaseEvent> recorded = events.findByCaseIdOrderByOccurredAtAscIdAsc(c.getId());
        List<HistoricTaskInstance> done = instance.map(pi -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId()).finished().list()).orElse(List.of());
        List<String> actors = new ArrayList<>();
        recorded.forEach(e -> actors.add(e.getActor()));
        done.forEach(t -> actors.add(t.getAssignee()));
        Function<String, String> names = actorNames.of(actors);
        List<TimelineEntry> entries = new ArrayList<>();
        recorded.forEach(e -> entries.add(new TimelineEntry(e.getOccurredAt(), e.getActor(), names.apply(e.getActor()),
                e.getType().name(), e.getDetail(), null)));
        done.forEach(t -> entries.add(new TimelineEntry(t.getEndTime().toInstant(),
                t.getAssignee() == null ? "system" : t.getAssignee(), names.apply(t.getAssignee()), "TASK_COMPLETED",
                "办结任务：" + t.getName(), t.getTaskDefinitionKey())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private Optional<HistoricProcessInstance> processInstance(ServiceCase c) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ServiceAssistanceProcess.KEY).processInstanceBusinessKey(c.getCaseNo())
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst();
    }

    CaseSummary summary(ServiceCase c) {
        return new CaseSummary(c.getCaseNo(), c.getSubjectName(), c.getVillageCode(), villageName(c.getVillageCode()),
                c.getStatus(), c.getFocusGroup(), c.getRecipientCategory(), c.getServiceNo(), c.getCreatedAt(),
                c.getUpdatedAt());
    }

    private String villageName(String code) {
        return orgService.find(code).map(OrgUnit::getName).orElse(code);
    }

    private static String name(Map<String, ServiceItem> items, String code) {
        ServiceItem item = items.get(code);
        return item == null ? code : item.getName();
    }
}
