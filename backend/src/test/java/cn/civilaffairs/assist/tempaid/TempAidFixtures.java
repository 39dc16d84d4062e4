package cn.civilaffairs.assist.tempaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Leads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Temporary-assistance steps over the API, and the {@link TemporaryAidClosed} events heard. Tests of
 * this package work in 高岭村 360199003004 (石桥镇, street003; officer vo003004).
 */
@Component
class TempAidFixtures {
    static final String VILLAGE = "360199003004";
    static final String STREET_CLERK = "street003";
    static final String OFFICER = "vo003004";

    final List<TemporaryAidClosed> closed = new ArrayList<>();
    private final TaskService tasks;

    TempAidFixtures(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    synchronized void on(TemporaryAidClosed event) {
        closed.add(event);
    }

    synchronized TemporaryAidClosed closedFor(String applicationNo) {
        return closed.stream().filter(c -> c.applicationNo().equals(applicationNo)).reduce((a, b) -> b).orElse(null);
    }

    static Map<String, Object> application(String name, String idNumber, String eventType, LocalDate eventOn,
            String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("villageCode", VILLAGE);
        body.put("eventType", eventType);
        body.put("eventOn", eventOn.toString());
        body.put("eventDescription", "家中失火，房屋和生活用品受损");
        body.put("amountRequested", new BigDecimal(amount));
        return body;
    }

    /** A new person's application; returns the application number. */
    static String apply(ApiClient client, String name, LocalDate eventOn, String amount) {
        Response r = client.post("/api/temporary-aid", application(name, Leads.newIdNumber(), "ACCIDENT", eventOn, amount));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("applicationNo").asText();
    }

    Task task(String applicationNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(applicationNo).taskDefinitionKey(key).singleResult();
    }

    Response assess(ApiClient client, String applicationNo, String decision, String amount, String reason) {
        Task t = task(applicationNo, TemporaryAidProcesses.TASK_ASSESS);
        assertThat(t).as("assess task of " + applicationNo).isNotNull();
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("amount", amount == null ? null : new BigDecimal(amount));
        body.put("reason", reason);
        return client.post("/api/tasks/" + t.getId() + "/tempaid-assess", body);
    }

    Response approve(ApiClient client, String applicationNo, boolean approve, String amount, String reason) {
        Task t = task(applicationNo, TemporaryAidProcesses.TASK_APPROVE);
        assertThat(t).as("approve task of " + applicationNo).isNotNull();
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        body.put("amount", amount == null ? null : new BigDecimal(amount));
        body.put("reason", reason);
        return client.post("/api/tasks/" + t.getId() + "/tempaid-approve", body);
    }

    Response pay(ApiClient client, String applicationNo, LocalDate paidOn, String amount) {
        Task t = task(applicationNo, TemporaryAidProcesses.TASK_PAY);
        assertThat(t).as("payment task of " + applicationNo).isNotNull();
        Map<String, Object> body = new HashMap<>();
        body.put("paidOn", paidOn.toString());
        body.put("amount", new BigDecimal(amount));
        body.put("method", "BANK_TRANSFER");
        body.put("reference", "YH" + applicationNo);
        return client.post("/api/tasks/" + t.getId() + "/tempaid-payment", body);
    }
}
