package cn.civilaffairs.assist.calendar;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets BPMN say "5WD" (five working days) wherever a due date or a timer duration goes, e.g.
 * {@code camunda:dueDate="5WD"} or a boundary timer's {@code timeDuration} "3WD". Anything else
 * (ISO 8601 durations and dates) goes to the engine's own calendar.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {
    static final Pattern WORKING_DAYS = Pattern.compile("^\\s*(\\d{1,3})\\s*WD\\s*$");

    private final BusinessCalendar standard;
    private final WorkingDayCalendar calendar;

    WorkingDayBusinessCalendar(BusinessCalendar standard, WorkingDayCalendar calendar) {
        this.standard = standard;
        this.calendar = calendar;
    }

    @Override
    public Date resolveDuedate(String duedate) {
        return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
        Matcher m = WORKING_DAYS.matcher(duedate);
        if (m.matches()) {
            Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
            return calendar.deadline(start, Integer.parseInt(m.group(1)));
        }
        return startDate == null ? standard.resolveDuedate(duedate) : standard.resolveDuedate(duedate, startDate);
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
        if (WORKING_DAYS.matcher(duedate).matches()) {
            return resolveDuedate(duedate, task != null ? task.getCreateTime() : null);
        }
        return standard.resolveDuedate(duedate, task);
    }
}
