package cn.civilaffairs.assist.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a year's notice is loaded, the open deadlines that were provisional for lack of it are
 * counted again on the real calendar: user tasks' due dates and timer jobs (boundary and catch
 * events) whose BPMN says "nWD", literally or through a process variable holding "nWD". The count
 * restarts from the same moment the engine started from (the task's or the job's creation time),
 * so the result is exactly what the engine would have computed had the year been loaded then.
 * A deadline written as a date (e.g. a variable holding a Date) cannot be counted again and is
 * left alone, listed as skipped.
 */
@Component
public class ProvisionalDeadlines {
    private static final Logger log = LoggerFactory.getLogger(ProvisionalDeadlines.class);
    private static final Pattern VARIABLE = Pattern.compile("^\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

    private final WorkingDayCalendar calendar;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    ProvisionalDeadlines(WorkingDayCalendar calendar, TaskService tasks, ManagementService management,
            RepositoryService repository, RuntimeService runtime, ApplicationEventPublisher events) {
        this.events = events;
        this.calendar = calendar;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.runtime = runtime;
    }

    /**
     * @param tasks task ids whose due date changed
     * @param timers timer job ids whose due date changed
     * @param unchanged provisional deadlines that came out the same (no holiday in their way)
     * @param skipped ids of provisional tasks or jobs the app cannot count again (a date variable, a longer expression)
     */
    public record Recomputed(List<String> tasks, List<String> timers, int unchanged, List<String> skipped) {
        static final Recomputed NOTHING = new Recomputed(List.of(), List.of(), 0, List.of());
    }

    /** Recomputes the deadlines that were provisional while only {@code before} was loaded. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recomputed recompute(Collection<Integer> before) {
        Set<Integer> newlyLoaded = new TreeSet<>(calendar.loadedYears());
        newlyLoaded.removeAll(before);
        if (newlyLoaded.isEmpty()) {
            return Recomputed.NOTHING;
        }
        int first = newlyLoaded.iterator().next();
        // Only deadlines in a year that was not loaded before and is not earlier than the new year.
        Date from = Date.from(LocalDate.of(first, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
        Date after = new Date(from.getTime() - 1);
        // Modules with deadlines of their own first (e.g. care problems: a stored date, 15 working days).
        ProvisionalDeadlinesDue due = new ProvisionalDeadlinesDue(Set.copyOf(before), newlyLoaded);
        events.publishEvent(due);
        List<String> changedTasks = new ArrayList<>(due.tasks);
        List<String> changedTimers = new ArrayList<>(due.timers);
        List<String> skipped = new ArrayList<>();
        int unchanged = due.unchanged;
        for (Task task : tasks.createTaskQuery().dueAfter(after).list()) {
            if (!wasProvisional(task.getDueDate(), before) || task.getProcessDefinitionId() == null
                    || due.handled.contains(task.getId())) {
                continue;
            }
            ModelElementInstance element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            String expression = element instanceof UserTask u ? u.getCamundaDueDate() : null;
            Integer n = workingDays(expression, task.getExecutionId());
            if (n == null) {
                skipped.add(task.getId());
                continue;
            } else if (n < 0) {
                continue;
            }
            Date fresh = calendar.deadline(task.getCreateTime(), n);
            if (fresh.equals(task.getDueDate())) {
                unchanged++;
            } else {
                task.setDueDate(fresh); // the task's update event moves the inbox row too
                tasks.saveTask(task);
                changedTasks.add(task.getId());
            }
        }
        Map<String, JobDefinition> definitions = null; // read once, at the first provisional timer
        for (Job job : management.createJobQuery().timers().duedateHigherThan(after).list()) {
            if (!wasProvisional(job.getDuedate(), before) || job.getJobDefinitionId() == null
                    || due.handled.contains(job.getId())) {
                continue;
            }
            if (definitions == null) {
                definitions = jobDefinitions();
            }
            JobDefinition definition = definitions.get(job.getJobDefinitionId());
            Integer n = definition == null ? null
                    : workingDays(timerExpression(definition), job.getExecutionId());
            if (n == null) {
                skipped.add(job.getId());
                continue;
            } else if (n < 0) {
                continue;
            }
            Date fresh = calendar.deadline(job.getCreateTime(), n);
            if (fresh.equals(job.getDuedate())) {
                unchanged++;
            } else {
                management.setJobDuedate(job.getId(), fresh);
                changedTimers.add(job.getId());
            }
        }
        log.info("Calendar {} loaded: recomputed {} task deadlines and {} timers ({} unchanged, {} not countable: {})",
                newlyLoaded, changedTasks.size(), changedTimers.size(), unchanged, skipped.size(), skipped);
        return new Recomputed(changedTasks, changedTimers, unchanged, skipped);
    }

    /**
     * The engine's job definitions by id, in one query: the engine has no query by a list of ids, and
     * there are only a few per deployed process version (timers and asynchronous steps).
     */
    private Map<String, JobDefinition> jobDefinitions() {
        Map<String, JobDefinition> byId = new HashMap<>();
        for (JobDefinition d : management.createJobDefinitionQuery().list()) {
            byId.put(d.getId(), d);
        }
        return byId;
    }

    private boolean wasProvisional(Date due, Collection<Integer> before) {
        return due != null && !before.contains(due.toInstant().atZone(WorkingDayCalendar.ZONE).getYear());
    }

    /** A timer's duration (or date) as written in the BPMN; "" for cycles (a schedule, not a deadline). */
    private String timerExpression(JobDefinition definition) {
        ModelElementInstance element = repository.getBpmnModelInstance(definition.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        if (!(element instanceof CatchEvent event)) {
            return null;
        }
        for (var def : event.getEventDefinitions()) {
            if (def instanceof TimerEventDefinition timer) {
                if (timer.getTimeDuration() != null) {
                    return timer.getTimeDuration().getTextContent();
                }
                if (timer.getTimeDate() != null) {
                    return timer.getTimeDate().getTextContent();
                }
                return "";
            }
        }
        return null;
    }

    /**
     * "5WD" → 5; "${respondWithin}" holding "2WD" → 2; an ISO 8601 duration or date, literally or in
     * a variable, or a cycle → -1 (calendar days: never provisional); anything the app cannot count
     * again (a Date variable, a longer expression) → null.
     */
    private Integer workingDays(String expression, String executionId) {
        if (expression == null) {
            return null;
        }
        String value = expression.strip();
        Matcher variable = VARIABLE.matcher(value);
        if (variable.matches()) {
            Object v = executionId == null ? null : runtime.getVariable(executionId, variable.group(1));
            if (!(v instanceof String s)) {
                return null;
            }
            value = s.strip();
        } else if (value.contains("${") || value.contains("#{")) {
            return null;
        }
        Matcher wd = WorkingDayBusinessCalendar.WORKING_DAYS.matcher(value);
        return wd.matches() ? Integer.parseInt(wd.group(1)) : -1;
    }
}
