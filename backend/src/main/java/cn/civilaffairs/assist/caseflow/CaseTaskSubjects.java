package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.security.RoleGroups;
import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.workflow.DomainTask;
import cn.civilaffairs.assist.workflow.TaskSubjectProvider;
import cn.civilaffairs.assist.workflow.TaskSubjectResolver;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * What case tasks are about: the inbox line (business key SA-…: the person and village) and, for the
 * task screens, the case itself ({@code GET /api/tasks/{id}/subject}, the same view and access-log
 * entry as {@code GET /api/cases/{caseNo}}; like that endpoint, no surrounding transaction, so the
 * access-log row is written).
 */
@Component
class CaseTaskSubjects implements TaskSubjectResolver, TaskSubjectProvider {
    private final CaseService caseService;
    private final CaseQueryService queries;
    private final AccessLog accessLog;

    CaseTaskSubjects(CaseService caseService, CaseQueryService queries, AccessLog accessLog) {
        this.caseService = caseService;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @Override
    public Map<String, TaskSubject> resolve(Collection<String> businessKeys) {
        Map<String, TaskSubject> result = new HashMap<>();
        caseService.refs(businessKeys).forEach((caseNo, ref) ->
                result.put(caseNo, new TaskSubject(ref.recipientName(), ref.villageCode(), ref.villageName())));
        return result;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(ServiceAssistanceProcess.FORM_NEEDS_ASSESSMENT, ServiceAssistanceProcess.FORM_CASE_FILE,
                ServiceAssistanceProcess.FORM_REVIEW, GenericServiceProcess.FORM_SERVICE_DELIVERY,
                CardPinSlipProcess.FORM_PIN_SLIP);
    }

    /** The case-process steps with a generated form: their screen shows the case too (核实线索 the lead). */
    @Override
    public Set<String> taskKeys() {
        return Set.of(ServiceAssistanceProcess.TASK_VERIFY_LEAD, ServiceAssistanceProcess.TASK_RECOGNISE,
                ServiceAssistanceProcess.TASK_RECHECK_OBJECTION, GenericServiceProcess.TASK_ASSIGN_ORGANISATION,
                GenericServiceProcess.TASK_CONFIRM_START);
    }

    /** A generic service's steps name their item: one person may have several services running. */
    @Override
    public TaskLine line(String taskKey, Function<String, Object> variables) {
        if (GENERIC_SERVICE_STEPS.contains(taskKey) && variables.apply(GrantService.VAR_ITEM_NAME) instanceof String item) {
            return new TaskLine(item, null);
        }
        return null;
    }

    private static final Set<String> GENERIC_SERVICE_STEPS = Set.of(GenericServiceProcess.TASK_ASSIGN_ORGANISATION,
            GenericServiceProcess.TASK_CONFIRM_START, GenericServiceProcess.TASK_DELIVER_SERVICE);

    /** The case the task's process runs for (its business key). */
    @Override
    @PreAuthorize(RoleGroups.OFFICIALS)
    public CaseView subject(DomainTask task) {
        String caseNo = task.businessKey();
        CaseView view = queries.view(task.user(), caseNo);
        accessLog.record(task.user(), AccessAction.CASE_VIEW, caseNo,
                caseService.getVisible(caseNo, task.user()).getPersonId());
        return view;
    }
}
