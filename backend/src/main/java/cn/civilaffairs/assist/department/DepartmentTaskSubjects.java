package cn.civilaffairs.assist.department;

import static cn.civilaffairs.assist.department.DepartmentProcesses.*;

import cn.civilaffairs.assist.department.internal.Referral;
import cn.civilaffairs.assist.department.internal.Referrals;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.PersonService;
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
 * What department tasks are about: the inbox line (business key BM…: the person, the department's kind and
 * the village) and, for the task screens, the referral with its steps.
 */
@Component
class DepartmentTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final Referrals referrals;
    private final DepartmentQueries queries;
    private final PersonService people;
    private final OrgService orgs;

    DepartmentTaskSubjects(Referrals referrals, DepartmentQueries queries, PersonService people, OrgService orgs) {
        this.referrals = referrals;
        this.queries = queries;
        this.people = people;
        this.orgs = orgs;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_ACCEPT, FORM_FEEDBACK);
    }

    @Override
    @PreAuthorize(DepartmentController.READERS)
    @Transactional(readOnly = true)
    public DepartmentReferralView subject(DomainTask task) {
        return queries.view(queries.visibleReferral(task.user(), task.variable(VAR_REFERRAL_ID, Number.class).longValue()));
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        List<String> ours = businessKeys.stream().filter(k -> k != null && k.startsWith("BM")).toList();
        Map<String, TaskSubject> out = new HashMap<>();
        if (ours.isEmpty()) {
            return out;
        }
        for (Referral r : referrals.findByReferralNoIn(ours)) {
            String village = orgs.find(r.getVillageCode()).map(OrgUnit::getName).orElse(r.getVillageCode());
            out.put(r.getReferralNo(), new TaskSubject(people.get(r.getPersonId()).getName() + " · " + r.getKind().label(),
                    r.getVillageCode(), village));
        }
        return out;
    }
}
