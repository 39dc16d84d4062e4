package cn.civilaffairs.assist.calendar;

import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.NEW_YEAR_2027;
import static cn.civilaffairs.assist.calendar.WorkingDayCalendarTest.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Over HTTP: a task created in late December, when the next year's holidays are not loaded,
 * carries the provisional mark in the inbox, the task detail and the case; the district imports
 * the year and the mark drops with the due date recomputed.
 */
@IntegrationTest
class ProvisionalDeadlineApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199003004"; // 高岭村
    static final String OFFICER = "vo003004";

    @LocalServerPort int port;
    @Autowired CaseService caseService;
    @Autowired TaskService taskService;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void reset() {
        WorkingDayCalendarTest.forgetYearsFrom(jdbc, calendar, 2027);
    }

    private String leadTaskAt(String beijingTime, String name) {
        clock.at(beijing(beijingTime));
        String leadNo = tx.execute(s -> Leads.open(caseService, VILLAGE, name));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();
        return task.getId() + "|" + leadNo;
    }

    @Test
    void aLateDecemberTaskIsProvisionalUntilTheYearIsImported() {
        String[] late = leadTaskAt("2026-12-29T10:00:00", "岁末乙").split("\\|");
        String[] early = leadTaskAt("2026-12-21T10:00:00", "岁末丙").split("\\|");
        clock.at(beijing("2026-12-29T11:00:00"));
        ApiClient officer = ApiClient.signedIn(port, OFFICER);

        JsonNode inbox = officer.get("/api/tasks?scope=group&size=100").json().get("items");
        JsonNode lateItem = find(inbox, late[0]);
        assertThat(Instant.parse(lateItem.get("due").asText())).isEqualTo(beijing("2027-01-05T23:59:59"));
        assertThat(lateItem.get("dueProvisionalYear").asInt()).isEqualTo(2027);
        // Created a week earlier: due Mon 28 December, inside 2026 — final.
        JsonNode earlyItem = find(inbox, early[0]);
        assertThat(Instant.parse(earlyItem.get("due").asText())).isEqualTo(beijing("2026-12-28T23:59:59"));
        assertThat(earlyItem.get("dueProvisionalYear").isNull()).isTrue();

        JsonNode detail = officer.get("/api/tasks/" + late[0]).json();
        assertThat(detail.get("dueProvisionalYear").asInt()).isEqualTo(2027);
        JsonNode deadlines = officer.get("/api/cases/" + late[1]).json().get("deadlines");
        assertThat(deadlines).hasSize(1);
        assertThat(deadlines.get(0).get("taskName").asText()).isEqualTo("核实线索");
        assertThat(deadlines.get(0).get("dueProvisionalYear").asInt()).isEqualTo(2027);
        assertThat(officer.get("/api/calendar/deadline?from=2026-12-31&workingDays=1").json()
                .get("provisionalYear").asInt()).isEqualTo(2027);

        // A village officer cannot import; an empty file loads nothing.
        byte[] csv = NEW_YEAR_2027.getBytes(StandardCharsets.UTF_8);
        assertThat(officer.upload("/api/calendar/import", Map.of(), "cn-2027.csv", "text/csv", csv).status())
                .isEqualTo(403);
        ApiClient manager = ApiClient.signedIn(port, "manager");
        Response empty = manager.upload("/api/calendar/import", Map.of(), "cn-2027.csv", "text/csv",
                "date,kind,name\n".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(manager.get("/api/calendar/years").json().get("lastLoadedYear").asInt()).isEqualTo(2026);
        assertThat(manager.get("/api/calendar/years").json().get("missingYear").asInt()).isEqualTo(2027);
        assertThat(officer.get("/api/calendar/years").json().get("missingYear").isNull())
                .as("the banner is for administrators and district managers").isTrue();

        Response imported = manager.upload("/api/calendar/import", Map.of(), "cn-2027.csv", "text/csv", csv);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("year").asInt()).isEqualTo(2027);
        assertThat(imported.json().get("newYear").asBoolean()).isTrue();
        assertThat(imported.json().get("recomputedTasks").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(imported.json().get("recomputedTimers").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode after = officer.get("/api/tasks/" + late[0]).json();
        assertThat(after.get("dueProvisionalYear").isNull()).isTrue();
        assertThat(Instant.parse(after.get("due").asText())).isEqualTo(beijing("2027-01-06T23:59:59"));
        JsonNode afterItem = find(officer.get("/api/tasks?scope=group&size=100").json().get("items"), late[0]);
        assertThat(afterItem.get("dueProvisionalYear").isNull()).isTrue();
        assertThat(Instant.parse(afterItem.get("due").asText())).isEqualTo(beijing("2027-01-06T23:59:59"));
        assertThat(officer.get("/api/cases/" + late[1]).json().get("deadlines").get(0).get("dueProvisionalYear")
                .isNull()).isTrue();
        JsonNode status = manager.get("/api/calendar/years").json();
        assertThat(status.get("lastLoadedYear").asInt()).isEqualTo(2027);
        assertThat(status.get("missingYear").isNull()).isTrue();
        assertThat(status.get("years").get(status.get("years").size() - 1).get("source").asText())
                .isEqualTo("import");
    }

    private static JsonNode find(JsonNode items, String taskId) {
        for (JsonNode item : items) {
            if (taskId.equals(item.get("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("task " + taskId + " not in the inbox: " + items);
    }
}
