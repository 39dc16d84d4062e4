package cn.civilaffairs.assist.care;

import static cn.civilaffairs.assist.care.CareProcesses.PROBLEM;
import static cn.civilaffairs.assist.care.CareProcesses.VAR_DUE_DATE;
import static cn.civilaffairs.assist.care.CareProcesses.VAR_PROBLEM_ID;

import cn.civilaffairs.assist.calendar.ProvisionalDeadlinesDue;
import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.care.internal.CareProblems;
import cn.civilaffairs.assist.care.internal.Problem;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A problem referred to a department is due in 15 working days (DOMAIN §6); the date is stored on
 * the problem and handed to care-problem.bpmn as a Date, so the calendar's generic recomputation
 * cannot count it again. When the year it fell in is imported, this does: the problem's due day,
 * the process variable, the 部门办理反馈 task and its 办理超期 timer.
 */
@Component
class CareProblemDeadlines {
    /** DOMAIN §6: departments report the resolution within 15 working days. */
    static final int WORKING_DAYS = 15;

    private final CareProblems problems;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    CareProblemDeadlines(CareProblems problems, WorkingDayCalendar calendar, RuntimeService runtime,
            TaskService tasks, ManagementService management) {
        this.problems = problems;
        this.calendar = calendar;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** The end of the day (23:59:59 Beijing) a problem referred on {@code day} is due. */
    LocalDate dueOn(LocalDate referredOn) {
        return calendar.plusWorkingDays(referredOn, WORKING_DAYS);
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(CarePolicy.ZONE).toInstant().minusSeconds(1));
    }

    @EventListener
    void recompute(ProvisionalDeadlinesDue due) {
        for (Problem p : problems.findByStatusAndDueOnGreaterThanEqual("OPEN", LocalDate.of(due.firstNewYear(), 1, 1))) {
            if (!due.wasProvisional(p.getDueOn())) {
                continue;
            }
            LocalDate fresh = dueOn(p.getCreatedAt().atZone(CarePolicy.ZONE).toLocalDate());
            ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROBLEM)
                    .variableValueEquals(VAR_PROBLEM_ID, p.getId()).active().singleResult();
            Task task = instance == null ? null
                    : tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            Job timer = instance == null ? null
                    : management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
            boolean changed = !fresh.equals(p.getDueOn());
            if (changed) {
                p.moveDueOn(fresh);
                Date end = endOf(fresh);
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
