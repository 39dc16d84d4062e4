package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TemporaryAidProcesses.*;

import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.tempaid.internal.Application;
import cn.civilaffairs.assist.tempaid.internal.ApplicationRepository;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What temporary-assistance tasks are about: the inbox line (business key LS…: the person, the event
 * and the amount) and, for the task screens, the application with its timeline.
 */
@Component
class TemporaryAidTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final ApplicationRepository applications;
    private final PersonService people;
    private final OrgService orgs;
    private final TemporaryAidQueries queries;

    TemporaryAidTaskSubjects(ApplicationRepository applications, PersonService people, OrgService orgs,
            TemporaryAidQueries queries) {
        this.applications = applications;
        this.people = people;
        this.orgs = orgs;
        this.queries = queries;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_ASSESS, FORM_APPROVE, FORM_PAY);
    }

    @Override
    @PreAuthorize("hasAnyRole('STREET_CLERK','DISTRICT_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public TemporaryAidTaskSubjectView subject(DomainTask task) {
        Application a = queries.visible(task.user(), task.variable(VAR_APPLICATION_NO, String.class));
        return new TemporaryAidTaskSubjectView(task.formKey(), queries.viewOf(task.user(), a));
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> out = new HashMap<>();
        for (String key : businessKeys) {
            if (key != null && key.startsWith("LS")) {
                applications.findByApplicationNo(key).ifPresent(a -> {
                    Person p = people.getAll(List.of(a.getPersonId())).get(a.getPersonId());
                    out.put(key, new TaskSubject("临时救助 " + a.getApplicationNo() + " · " + (p == null ? "" : p.getName())
                            + " · " + TemporaryAidService.typeLabel(a.getEventType()) + " · 申请 "
                            + a.getAmountRequested().toPlainString() + " 元",
                            a.getVillageCode(), orgs.find(a.getVillageCode()).map(OrgUnit::getName).orElse(a.getVillageCode())));
                });
            }
        }
        return out;
    }
}
