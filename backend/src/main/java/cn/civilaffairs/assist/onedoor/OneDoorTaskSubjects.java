package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.onedoor.OneDoorProcesses.*;

import cn.civilaffairs.assist.onedoor.internal.IntakeRepository;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What one-door tasks are about: the inbox line (business key YM…: the person) and, for the screens, the intake. */
@Component
class OneDoorTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final IntakeRepository intakes;
    private final PersonService people;
    private final OrgService orgs;
    private final IntakeQueries queries;

    OneDoorTaskSubjects(IntakeRepository intakes, PersonService people, OrgService orgs, IntakeQueries queries) {
        this.intakes = intakes;
        this.people = people;
        this.orgs = orgs;
        this.queries = queries;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_CONFIRM, FORM_SUBSISTENCE);
    }

    /** The intake with its needs and routes (logged as a read of the person's data). */
    @Override
    @PreAuthorize("hasAnyRole('STREET_CLERK','DISTRICT_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public IntakeView subject(DomainTask task) {
        return queries.view(task.user(), task.businessKey());
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> out = new HashMap<>();
        for (String key : businessKeys) {
            if (key != null && key.startsWith("YM")) {
                intakes.findByIntakeNo(key).ifPresent(i -> out.put(key, new TaskSubject(
                        people.get(i.getPersonId()).getName(), i.getVillageCode(),
                        orgs.find(i.getVillageCode()).map(OrgUnit::getName).orElse(i.getVillageCode()))));
            }
        }
        return out;
    }
}
