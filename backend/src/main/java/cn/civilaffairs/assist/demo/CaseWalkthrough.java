package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.common.SelfCare;
import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.caseflow.CarerSituation;
import cn.civilaffairs.assist.caseflow.CaseDocumentService;
import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.AssessmentCommand;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.DocumentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a recognised person through the six-step flow up to serving, as the village officer and
 * street office would, without the UI: demo data and tests of later steps start from here.
 */
@Component
public class CaseWalkthrough {
    private static final byte[] PDF = "%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII);

    private final CaseService cases;
    private final CaseDocumentService documents;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;

    CaseWalkthrough(CaseService cases, CaseDocumentService documents, TaskService tasks, ManagementService management,
            RuntimeService runtime, TransactionTemplate tx) {
        this.runtime = runtime;
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
        this.management = management;
        this.tx = tx;
    }

    /**
     * @param recipientCategory 1 特困, 2 低保, …
     * @param selfCare FULL, PARTIAL or NONE
     * @return the case number, now SERVING with its items' service processes started
     */
    public String toServing(LeadCommand lead, int recipientCategory, String selfCare, List<String> itemCodes) {
        String no = cases.openLead(lead, "walkthrough");
        complete(no, TASK_VERIFY_LEAD, Map.of(VAR_GENUINE, true, VAR_VERIFICATION_NOTE, "入户核实属实"));
        cases.recordAssessment(no, new AssessmentCommand(recipientCategory, true,
                SelfCare.valueOf(selfCare), CarerSituation.NO_CARER, "独居",
                "需要上门服务", itemCodes), "walkthrough");
        complete(no, TASK_HOME_INVESTIGATION, Map.of(VAR_ALREADY_RECOGNISED, true));
        tx.executeWithoutResult(s -> {
            // The case keeps the lead's focus group, which decides the documents the file needs.
            for (DocumentType t : DocumentType.requiredFor(lead.focusGroup())) {
                documents.upload(no, t, t.name() + ".pdf", PDF, "walkthrough");
            }
            cases.file(no, "walkthrough");
        });
        complete(no, TASK_FILE_CASE, Map.of());
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(no)
                .singleResult().getId();
        Job notice = management.createJobQuery().processInstanceId(pi).timers().activityId("noticePeriodEnded")
                .singleResult();
        management.executeJob(notice.getId());
        return no;
    }

    private void complete(String caseNo, String taskKey, Map<String, Object> vars) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
        tasks.complete(t.getId(), vars);
    }
}
