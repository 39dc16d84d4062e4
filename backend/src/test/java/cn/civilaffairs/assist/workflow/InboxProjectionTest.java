package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.workflow.internal.InboxProjection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** inbox_task follows every change of a task (create, claim, unclaim, complete, cancel) and rebuilds. */
@IntegrationTest
@Tag("db")
class InboxProjectionTest {
    static final String VILLAGE = "360199002004"; // 东湖村

    @Autowired CaseService cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskInboxService inbox;
    @Autowired InboxProjection projection;
    @Autowired JdbcTemplate jdbc;

    private List<Map<String, Object>> rows(String taskId) {
        return jdbc.queryForList("select group_id, assignee from inbox_task where task_id = ?", taskId);
    }

    private void assertMatchesEngine() {
        assertThat(jdbc.queryForObject("select count(distinct task_id) from inbox_task", Long.class))
                .isEqualTo(taskService.createTaskQuery().count());
        for (Task t : taskService.createTaskQuery().list()) {
            assertThat(rows(t.getId())).allSatisfy(r -> assertThat(r.get("ASSIGNEE") == null ? r.get("assignee") : r.get("ASSIGNEE"))
                    .isEqualTo(t.getAssignee()));
        }
    }

    @Test
    void followsTheTaskThroughItsLife() {
        CurrentUser officer = new CurrentUser("vo002004", "周婷", null, Set.of(Role.VILLAGE_OFFICER), VILLAGE, "东湖村",
                OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + VILLAGE));
        String caseNo = Leads.open(cases, VILLAGE, "投影测试");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        assertThat(rows(task.getId())).singleElement()
                .satisfies(r -> assertThat(r.values()).contains("VILLAGE_OFFICER@" + VILLAGE));
        assertThat(inbox.list(officer, Scope.GROUP, 0, 200).items()).extracting(TaskSummary::id).contains(task.getId());
        assertThat(inbox.list(officer, Scope.MINE, 0, 200).items()).extracting(TaskSummary::id).doesNotContain(task.getId());

        inbox.claim(officer, task.getId());
        assertMatchesEngine();
        assertThat(inbox.list(officer, Scope.MINE, 0, 200).items()).extracting(TaskSummary::id).contains(task.getId());
        assertThat(inbox.list(officer, Scope.GROUP, 0, 200).items()).extracting(TaskSummary::id).doesNotContain(task.getId());
        long all = inbox.list(officer, Scope.ALL, 0, 200).total();

        inbox.unclaim(officer, task.getId());
        assertMatchesEngine();
        assertThat(inbox.list(officer, Scope.ALL, 0, 200).total()).isEqualTo(all);

        // Cancelled with its process: the row goes.
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "测试取消");
        assertThat(rows(task.getId())).isEmpty();
        assertMatchesEngine();

        // A lost table is rebuilt from the engine.
        Leads.open(cases, VILLAGE, "投影测试二");
        jdbc.update("delete from inbox_task");
        projection.reconcile();
        assertMatchesEngine();
    }

    @Test
    void pagesAreOrderedByDueDateAndCountedOnce() {
        CurrentUser officer = new CurrentUser("vo002004", "周婷", null, Set.of(Role.VILLAGE_OFFICER), VILLAGE, "东湖村",
                OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + VILLAGE));
        for (int i = 0; i < 3; i++) {
            Leads.open(cases, VILLAGE, "分页测试" + i);
        }
        var first = inbox.list(officer, Scope.ALL, 0, 2);
        var second = inbox.list(officer, Scope.ALL, 1, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThanOrEqualTo(3);
        assertThat(second.items()).extracting(TaskSummary::id)
                .doesNotContainAnyElementsOf(first.items().stream().map(TaskSummary::id).toList());
        var due = first.items().stream().map(TaskSummary::due).toList();
        if (due.get(0) != null && due.get(1) != null) {
            assertThat(due.get(0)).isBeforeOrEqualTo(due.get(1));
        }
    }
}
