package cn.civilaffairs.assist.care;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.calendar.WorkingDayCalendar;
import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.internal.CareProblems;
import cn.civilaffairs.assist.department.DepartmentProcesses;
import cn.civilaffairs.assist.department.DepartmentService;
import java.util.Map;
import cn.civilaffairs.assist.care.internal.Problem;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A problem referred (and accepted by the department) in mid-December is due in 15 working days, which runs
 * into 2027: provisional until 2027 is imported, then the problem, the department referral, its task and its
 * overdue timer move to the real day.
 */
@IntegrationTest
class CareProblemProvisionalTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @Autowired CareService care;
    @Autowired DepartmentService departments;
    @Autowired CareProblems problems;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void reset() {
        jdbc.update("delete from calendar_day where cal_date >= ?", LocalDate.of(2027, 1, 1));
        jdbc.update("delete from calendar_year where cal_year >= ?", 2027);
        calendar.reload();
    }

    @Test
    void aProblemDueIn2027IsRecomputedWhen2027IsImported() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 14);
        clock.at(monday, 10, 0);
        String no = tx.execute(s -> care.enrol(new EnrolCommand("岁末关爱", Leads.newIdNumber(), "13800000000", "青龙村1组",
                CareProcessTest.VILLAGE, CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY, CareProcessTest.LEVEL2, null),
                CareProcessTest.CLERK).getEnrolmentNo());
        Problem p = tx.execute(s -> care.referProblem(no, Department.HEALTH_CENTRE, "需要上门体检", null,
                CareProcessTest.CLERK));
        // Weekends only: 15 working days after Mon 14 December end on Mon 4 January (Fri 1 counted).
        assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        // The health centre accepts the same day (the department referral the problem went out as).
        String referralNo = p.getReferralNo();
        Task accept = tasks.createTaskQuery().processInstanceBusinessKey(referralNo).singleResult();
        long referralId = ((Number) runtime.getVariable(accept.getProcessInstanceId(), DepartmentProcesses.VAR_REFERRAL_ID))
                .longValue();
        tx.executeWithoutResult(s -> {
            departments.accept(referralId, "dept-health");
            tasks.complete(accept.getId(), Map.of(DepartmentProcesses.VAR_ACCEPTED, true,
                    DepartmentProcesses.VAR_DUE_DATE, departments.acceptanceDueDate()));
        });
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(referralNo)
                .taskDefinitionKey(DepartmentProcesses.TASK_FEEDBACK).singleResult();
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().singleResult();
        assertThat(calendar.provisionalYear(task.getDueDate())).isEqualTo(2027);

        WorkingDayCalendar.Imported imported = tx.execute(s -> {
            try {
                return calendar.importYear(new ByteArrayInputStream(("date,kind,name\n2027-01-01,holiday,元旦\n"
                        + "2027-01-02,holiday,元旦\n2027-01-03,holiday,元旦\n").getBytes(StandardCharsets.UTF_8)),
                        "import", "manager");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // 1 January off: the fifteenth working day is Tue 5 January.
        LocalDate real = LocalDate.of(2027, 1, 5);
        Date end = Date.from(real.plusDays(1).atStartOfDay(CarePolicy.ZONE).toInstant().minusSeconds(1));
        assertThat(problems.findById(p.getId()).orElseThrow().getDueOn()).isEqualTo(real);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(end);
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate()).isEqualTo(end);
        assertThat(runtime.getVariable(task.getProcessInstanceId(), DepartmentProcesses.VAR_DUE_DATE)).isEqualTo(end);
        assertThat(jdbc.queryForObject("select due_on from department_referral where id = ?", LocalDate.class, referralId))
                .isEqualTo(real);
        assertThat(imported.recomputed().tasks()).contains(task.getId());
        assertThat(imported.recomputed().timers()).contains(timer.getId());
        assertThat(imported.recomputed().skipped()).doesNotContain(task.getId(), timer.getId());
    }
}
