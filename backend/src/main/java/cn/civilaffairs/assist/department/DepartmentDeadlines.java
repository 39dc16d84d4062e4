package cn.civilaffairs.assist.department;

import static cn.civilaffairs.assist.department.DepartmentProcesses.*;

import cn.civilaffairs.assist.calendar.ProvisionalDeadlinesDue;
import cn.civilaffairs.assist.department.internal.Referral;
import cn.civilaffairs.assist.department.internal.Referrals;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accepted referral is due 15 working days after acceptance; the day is stored on the referral and handed
 * to the process as a Date. When the year it fell in is imported (it was provisional), this moves the
 * referral's due day, the variable, the 部门办理反馈 task and its 办理超期 timer to the real day.
 */
@Component
class DepartmentDeadlines {
    private final Referrals referrals;
    private final DepartmentService departments;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    DepartmentDeadlines(Referrals referrals, DepartmentService departments, RuntimeService runtime, TaskService tasks,
            ManagementService management) {
        this.referrals = referrals;
        this.departments = departments;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @EventListener
    void recompute(ProvisionalDeadlinesDue due) {
        for (Referral r : referrals.findByStatusAndDueOnGreaterThanEqual(DepartmentReferralStatus.ACCEPTED,
                LocalDate.of(due.firstNewYear(), 1, 1))) {
            if (!due.wasProvisional(r.getDueOn())) {
                continue;
            }
            LocalDate fresh = departments.dueOn(r.getAcceptedAt().atZone(DepartmentService.ZONE).toLocalDate());
            var instance = runtime.createProcessInstanceQuery().processDefinitionKey(REFERRAL)
                    .processInstanceBusinessKey(r.getReferralNo()).active().singleResult();
            Task task = instance == null ? null
                    : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_FEEDBACK).singleResult();
            Job timer = instance == null ? null
                    : management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
            boolean changed = !fresh.equals(r.getDueOn());
            if (changed) {
                r.moveDueOn(fresh);
                Date end = DepartmentService.endOf(fresh);
                if (instance != null) {
                    runtime.setVariable(instance.getId(), VAR_DUE_DATE, end);
                }
                if (task != null) {
                    task.setDueDate(end);
                    tasks.saveTask(task);
                }
                if (timer != null) {
                    management.setJobDuedate(timer.getId(), end);
                }
            }
            due.handled(task == null ? null : task.getId(), timer == null ? null : timer.getId(), changed);
        }
    }
}
