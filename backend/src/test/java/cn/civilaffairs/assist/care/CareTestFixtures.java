package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.CareService.VisitCommand;
import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.support.Leads;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test set-up through the real services: graded people with a visit some days ago. */
@Component
public class CareTestFixtures {
    /** Set-up visits lie in the past; older than the late-entry limit they are 补录 and need a reason (ignored otherwise). */
    public static final String LATE_REASON = "测试：历史走访补录";

    private final CareService care;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProcessEngine engine;

    CareTestFixtures(CareService care, TaskService tasks, TransactionTemplate tx, Clock clock, ProcessEngine engine) {
        this.engine = engine;
        this.care = care;
        this.tasks = tasks;
        this.tx = tx;
        this.clock = clock;
    }

    public String gradedAndVisited(String name, String village, CareGroup group, CareFacts facts, int daysSinceVisit) {
        LocalDate today = CarePolicy.today(clock);
        return tx.execute(s -> {
            CareEnrolment e = care.enrol(new EnrolCommand(name, Leads.newIdNumber(), null, null, village, group, facts,
                    null), CareProcessTest.MANAGER);
            care.confirmLevel(e.getEnrolmentNo(), e.getProposedLevel(), null, today.minusDays(30), "system");
            for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(e.getEnrolmentNo()).list()) {
                tasks.complete(t.getId());
            }
            care.recordVisit(e.getEnrolmentNo(), new VisitCommand(today.minusDays(daysSinceVisit).atTime(9, 0)
                    .atZone(CarePolicy.ZONE).toInstant(), VisitMode.HOME, "本人", "正常", Risk.NONE, LATE_REASON), null, null,
                    CareProcessTest.MANAGER);
            return e.getEnrolmentNo();
        });
    }

    public int sweepToday() {
        Integer n = tx.execute(s -> care.sweepLapses(CarePolicy.today(clock)));
        runWarningStarts(engine);
        return n == null ? 0 : n;
    }

    /** Warning processes start in batch jobs (care-warning-start.bpmn); tests (job executor off) run them. */
    public static void runWarningStarts(ProcessEngine engine) {
        for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey(CareProcesses.WARNING_START)
                .messages().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }
}
