package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.care.CareEnrolmentLookup;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.onedoor.internal.Intake;
import cn.civilaffairs.assist.onedoor.internal.IntakeDocument;
import cn.civilaffairs.assist.onedoor.internal.IntakeDocumentRepository;
import cn.civilaffairs.assist.onedoor.internal.IntakeRepository;
import cn.civilaffairs.assist.onedoor.internal.Need;
import cn.civilaffairs.assist.onedoor.internal.NeedRepository;
import cn.civilaffairs.assist.onedoor.internal.Route;
import cn.civilaffairs.assist.onedoor.internal.RouteRepository;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What one door shows: intakes in scope, one intake, a person's page; reads of personal data are access-logged. */
@Service
public class IntakeQueries {
    private final IntakeRepository intakes;
    private final NeedRepository needs;
    private final RouteRepository routes;
    private final IntakeDocumentRepository documents;
    private final IntakeService service;
    private final PersonService people;
    private final OrgService orgs;
    private final CaseService cases;
    private final CareEnrolmentLookup care;
    private final ActorNames actorNames;
    private final AccessLog accessLog;

    IntakeQueries(IntakeRepository intakes, NeedRepository needs, RouteRepository routes,
            IntakeDocumentRepository documents, IntakeService service,
            PersonService people, OrgService orgs, CaseService cases, CareEnrolmentLookup care, ActorNames actorNames,
            AccessLog accessLog) {
        this.intakes = intakes;
        this.needs = needs;
        this.routes = routes;
        this.documents = documents;
        this.service = service;
        this.people = people;
        this.orgs = orgs;
        this.cases = cases;
        this.care = care;
        this.actorNames = actorNames;
        this.accessLog = accessLog;
    }

    @Transactional(readOnly = true)
    public Page<IntakeRow> list(CurrentUser user, IntakeStatus status, int page, int size) {
        var result = intakes.pageInScope(user.orgCode() + "%", status, PageRequest.of(page, size));
        List<Intake> items = result.getContent();
        List<Long> ids = items.stream().map(Intake::getId).toList();
        Map<Long, List<Need>> needsOf = ids.isEmpty() ? Map.of()
                : needs.findByIntakeIdInOrderById(ids).stream().collect(Collectors.groupingBy(Need::getIntakeId));
        Map<Long, List<Route>> routesOf = ids.isEmpty() ? Map.of()
                : routes.findByIntakeIdInOrderById(ids).stream().collect(Collectors.groupingBy(Route::getIntakeId));
        Map<Long, Person> persons = people.getAll(items.stream().map(Intake::getPersonId).toList());
        List<IntakeRow> rows = items.stream().map(i -> {
            List<Route> rs = routesOf.getOrDefault(i.getId(), List.of()).stream()
                    .filter(r -> r.getStatus() != RouteStatus.DROPPED).toList();
            return new IntakeRow(i.getIntakeNo(), i.getStatus(), i.getPersonId(),
                    persons.containsKey(i.getPersonId()) ? persons.get(i.getPersonId()).getName() : "",
                    villageName(i.getVillageCode()),
                    needsOf.getOrDefault(i.getId(), List.of()).stream().map(Need::getType).distinct().toList(),
                    rs.size(), (int) rs.stream().filter(r -> r.getStatus() != RouteStatus.DONE).count(),
                    i.getCreatedAt(), i.getClosedAt());
        }).toList();
        return new Page<>(rows, result.getTotalElements(), page, size);
    }

    /** One intake (404 out of scope), logged as a read of the person's data. */
    @Transactional(readOnly = true)
    public IntakeView view(CurrentUser user, String intakeNo) {
        Intake intake = service.visible(intakeNo, user);
        accessLog.record(user, AccessAction.INTAKE_VIEW, intakeNo, intake.getPersonId());
        return views(List.of(intake)).get(0);
    }

    /** The person page (404 out of scope), logged. */
    @Transactional(readOnly = true)
    public PersonPage personPage(CurrentUser user, long personId) {
        Person p = service.visiblePerson(personId, user);
        accessLog.record(user, AccessAction.PERSON_VIEW, "person/" + personId, personId);
        return new PersonPage(p.getId(), p.getName(), p.getIdNumber().masked(), p.getGender(), p.getBirthDate(),
                p.getPhone(), p.getAddress(), p.getVillageCode(), villageName(p.getVillageCode()),
                views(intakes.findByPersonIdOrderByIdDesc(personId)), cases.casesOf(personId),
                care.of(personId).orElse(null));
    }

    private List<IntakeView> views(List<Intake> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Intake::getId).toList();
        Map<Long, List<Need>> needsOf = needs.findByIntakeIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(Need::getIntakeId));
        Map<Long, List<Route>> routesOf = routes.findByIntakeIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(Route::getIntakeId));
        Map<Long, List<IntakeDocument>> documentsOf = documents.findByIntakeIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(IntakeDocument::getIntakeId));
        Map<Long, Person> persons = people.getAll(list.stream().map(Intake::getPersonId).toList());
        Collection<String> actors = Stream.concat(Stream.concat(list.stream().map(Intake::getCreatedBy),
                routesOf.values().stream().flatMap(List::stream).map(Route::getDecidedBy)),
                documentsOf.values().stream().flatMap(List::stream).map(IntakeDocument::getUploadedBy))
                .filter(a -> a != null).collect(Collectors.toSet());
        Function<String, String> names = actorNames.of(actors);
        List<IntakeView> out = new ArrayList<>();
        for (Intake i : list) {
            out.add(new IntakeView(i.getIntakeNo(), i.getStatus(), i.getPersonId(),
                    persons.containsKey(i.getPersonId()) ? persons.get(i.getPersonId()).getName() : "",
                    i.getVillageCode(), villageName(i.getVillageCode()), i.getFromCaseNo(), i.getNote(),
                    i.getCreatedAt(), names.apply(i.getCreatedBy()), i.getConfirmedAt(), i.getClosedAt(),
                    needsOf.getOrDefault(i.getId(), List.of()).stream()
                            .map(n -> new NeedView(n.getId(), n.getType(), n.getDescription(), n.getEventOn(),
                                    n.getAmount(), n.isLivingAtRisk()))
                            .toList(),
                    routesOf.getOrDefault(i.getId(), List.of()).stream()
                            .map(r -> new RouteView(r.getId(), r.getNeedId(), r.getType(), r.getDepartmentKind(),
                                    r.getStatus(), r.isProposed(), r.getRefNo(), r.getOutcome(), r.getOutcomeText(),
                                    r.getAmountRequested(), r.getAmountGranted(), r.getRaisedAt(), r.getDoneAt(),
                                    r.getDecidedBy() == null ? null : names.apply(r.getDecidedBy())))
                            .toList(),
                    documentsOf.getOrDefault(i.getId(), List.of()).stream()
                            .map(d -> new IntakeDocumentView(d.getId(), d.getFileName(), d.getContentType(),
                                    d.getSizeBytes(), d.getUploadedAt(), names.apply(d.getUploadedBy())))
                            .toList()));
        }
        return out;
    }

    private String villageName(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
