package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingProcesses.*;

import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.meeting.internal.AgendaItem;
import cn.civilaffairs.assist.meeting.internal.AgendaItemRepository;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
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

/**
 * What agency-referral tasks are about: the inbox line (business key LH…: the person, the agency) and, for the
 * task screens, the agenda item with its plan rounds and deliveries ({@code GET /api/tasks/{id}/subject}).
 */
@Component
class MeetingTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final AgendaItemRepository items;
    private final MeetingQueries queries;
    private final Recipients recipients;
    private final OrgService orgs;

    MeetingTaskSubjects(AgendaItemRepository items, MeetingQueries queries, Recipients recipients, OrgService orgs) {
        this.items = items;
        this.queries = queries;
        this.recipients = recipients;
        this.orgs = orgs;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(FORM_PLAN, FORM_REVIEW, FORM_DELIVER, FORM_CONFIRM);
    }

    /** No transaction here: the view writes an access-log row in its own. */
    @Override
    @PreAuthorize("hasAnyRole('SOCIAL_WORK_AGENCY','DISTRICT_MANAGER','ADMIN')")
    public MeetingTaskSubjectView subject(DomainTask task) {
        return new MeetingTaskSubjectView(task.formKey(),
                queries.view(task.user(), task.variable(VAR_ITEM_NO, String.class)));
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> out = new HashMap<>();
        for (String key : businessKeys) {
            if (key != null && key.startsWith("LH")) {
                items.findByItemNo(key).ifPresent(i -> out.put(key, subject(i)));
            }
        }
        return out;
    }

    private TaskSubject subject(AgendaItem i) {
        var r = recipients.recipients(List.of(i.getCaseId())).get(i.getCaseId());
        String agency = i.getAgencyCode() == null ? "" : " · " + name(i.getAgencyCode());
        return new TaskSubject("联席会议议题 " + i.getItemNo() + " · " + (r == null ? "" : r.name()) + agency,
                i.getVillageCode(), name(i.getVillageCode()));
    }

    private String name(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
