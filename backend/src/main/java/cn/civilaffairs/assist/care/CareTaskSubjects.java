package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.security.RoleGroups;
import static cn.civilaffairs.assist.care.CareProcesses.*;

import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What care tasks are about, for the task screens: the enrolment (business key), the same view as
 * {@code GET /api/care/enrolments/{no}} ({@code GET /api/tasks/{id}/subject}). The inbox line comes
 * from {@link CareQueryService} (its {@code TaskSubjectResolver}).
 */
@Component
class CareTaskSubjects implements TaskSubjectProvider {
    private final CareQueryService queries;

    CareTaskSubjects(CareQueryService queries) {
        this.queries = queries;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_GRADING, FORM_SUPERVISION, FORM_PROBLEM, FORM_VISIT, FORM_EXIT);
    }

    @Override
    @PreAuthorize(RoleGroups.CARE_READERS)
    @Transactional(readOnly = true)
    public EnrolmentView subject(DomainTask task) {
        return queries.view(task.user(), task.businessKey());
    }
}
