package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tasks with a domain screen (formKey app:…) are completed only through their own endpoint. */
@IntegrationTest
class DomainFormCompletionApiTest {
    private static final String VILLAGE_GROUP = "VILLAGE_OFFICER@360199001001";

    /** Every domain form of the shipped processes and the endpoint that saves it. */
    private static final Map<String, String> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            Map.entry("app:needs-assessment", "POST /api/tasks/%s/needs-assessment"),
            Map.entry("app:case-file", "POST /api/tasks/%s/case-file"),
            Map.entry("app:review", "POST /api/tasks/%s/review"),
            Map.entry("app:service-delivery", "POST /api/tasks/%s/service-delivery"),
            Map.entry("app:care-grading", "POST /api/tasks/%s/care-grading"),
            Map.entry("app:care-visit", "POST /api/care/enrolments/GA2026999999/visits"),
            Map.entry("app:pin-slip", "POST /api/cases/GA2026999999/card/pin-slip"),
            Map.entry("app:care-supervision", "POST /api/tasks/%s/care-supervision"),
            Map.entry("app:care-problem", "POST /api/tasks/%s/care-problem"),
            Map.entry("app:care-exit", "POST /api/tasks/%s/care-exit"),
            Map.entry("app:department-accept", "POST /api/tasks/%s/department-accept"),
            Map.entry("app:department-feedback", "POST /api/tasks/%s/department-feedback"),
            Map.entry("app:order-response", "POST /api/tasks/%s/order-response"),
            Map.entry("app:order-provider", "POST /api/tasks/%s/order-provider"),
            Map.entry("app:spot-check", "POST /api/tasks/%s/spot-check"),
            Map.entry("app:statement-review", "POST /api/tasks/%s/statement-review"),
            Map.entry("app:referral-response", "POST /api/tasks/%s/referral-response"),
            Map.entry("app:referral-plan", "POST /api/tasks/%s/referral-plan"),
            Map.entry("app:referral-plan-review", "POST /api/tasks/%s/referral-plan-review"),
            Map.entry("app:referral-stale", "POST /api/tasks/%s/referral-stale"),
            Map.entry("app:agency-plan", "POST /api/tasks/%s/agency-plan"),
            Map.entry("app:agency-plan-review", "POST /api/tasks/%s/agency-plan-review"),
            Map.entry("app:agency-service", "POST /api/tasks/%s/agency-close"),
            Map.entry("app:agency-close-confirm", "POST /api/tasks/%s/agency-close-confirm"),
            Map.entry("app:intake-routes", "POST /api/tasks/%s/intake-routes"),
            Map.entry("app:subsistence-decision", "POST /api/tasks/%s/subsistence-decision"),
            Map.entry("app:tempaid-assess", "POST /api/tasks/%s/tempaid-assess"),
            Map.entry("app:tempaid-approve", "POST /api/tasks/%s/tempaid-approve"),
            Map.entry("app:tempaid-payment", "POST /api/tasks/%s/tempaid-payment")));

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseService caseService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyDomainFormOfTheShippedProcessesIsRefusedByTheGenericCompletionNamingItsEndpoint() {
        // The forms come from the deployed BPMN, so a new app: form without an endpoint fails here.
        Set<String> shipped = new TreeSet<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            repositoryService.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class).stream()
                    .map(UserTask::getCamundaFormKey)
                    .filter(k -> k != null && k.startsWith("app:"))
                    .forEach(shipped::add);
        }
        assertThat(shipped).isEqualTo(ENDPOINTS.keySet());

        // One open task per form, offered to 南门社区's officers, so one account can try them all.
        DeploymentBuilder deployment = repositoryService.createDeployment().name("domain-form-refusal");
        int i = 0;
        Map<String, String> processOf = new TreeMap<>();
        for (String formKey : shipped) {
            String key = "domainFormRefusal" + i++;
            processOf.put(formKey, key);
            deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).name("表单测试")
                    .startEvent().userTask("t").name("测试 " + formKey).camundaFormKey(formKey)
                    .camundaCandidateGroups(VILLAGE_GROUP).endEvent().done());
        }
        deployment.deploy();

        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        long completedBefore = completedTasks();
        for (String formKey : shipped) {
            String pi = runtimeService.startProcessInstanceByKey(processOf.get(formKey), "GA2026999999").getId();
            Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

            Response r = officer.post("/api/tasks/" + task.getId() + "/complete", Map.of());

            String expected = ENDPOINTS.get(formKey).formatted(task.getId());
            assertThat(r.status()).as(formKey).isEqualTo(409);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("endpoint").asText()).as(formKey).isEqualTo(expected);
            assertThat(r.json().get("detail").asText()).as(formKey).contains("请在 " + expected + " 办理");
            // Refused before anything happened: still open, not even claimed.
            Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
            assertThat(after).as(formKey).isNotNull();
            assertThat(after.getAssignee()).as(formKey).isNull();
        }
        assertThat(completedTasks()).isEqualTo(completedBefore);
    }

    @Test
    void aRealCaseFileTaskIsRefusedAndTheCaseIsNeitherFiledNorNumbered() {
        String no = Leads.open(caseService, "360199001001", "建档测试");
        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        ApiClient street = ApiClient.signedIn(port, "street001");
        assertThat(officer.post("/api/tasks/" + taskOf(no) + "/complete",
                Map.of("variables", Map.of("genuine", true, "verificationNote", "属实"))).status()).isEqualTo(204);
        assertThat(street.post("/api/tasks/" + taskOf(no) + "/needs-assessment", Map.of("recipientCategory", 1,
                "alreadyRecognised", true, "selfCare", "NONE", "carerSituation", "NO_CARER",
                "itemCodes", java.util.List.of("CLEANING"))).status()).isEqualTo(204);
        String fileTask = taskOf(no);
        var before = officer.get("/api/cases/" + no).json();

        Response r = officer.post("/api/tasks/" + fileTask + "/complete", Map.of());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("endpoint").asText()).isEqualTo("POST /api/tasks/" + fileTask + "/case-file");
        assertThat(taskService.createTaskQuery().taskId(fileTask).singleResult().getAssignee()).isNull();
        var after = officer.get("/api/cases/" + no).json();
        assertThat(after.get("summary").get("status")).isEqualTo(before.get("summary").get("status"));
        assertThat(after.get("summary").get("serviceNo").isNull()).isTrue();
    }

    private String taskOf(String caseNo) {
        // The case flow's task: once the card is issued, the case also has its 打印密码函 process.
        return taskService.createTaskQuery().processDefinitionKey(ServiceAssistanceProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    @Test
    void generatedFormsStillCompleteThroughTheGenericEndpoint() {
        String leadNo = Leads.open(caseService, "360199001001", "通用表单");
        Task verify = taskService.createTaskQuery().processInstanceBusinessKey(leadNo).singleResult();
        ApiClient officer = ApiClient.signedIn(port, "vo001001");

        Response r = officer.post("/api/tasks/" + verify.getId() + "/complete",
                Map.of("variables", Map.of("genuine", true, "verificationNote", "已核实")));

        assertThat(r.status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(verify.getId()).singleResult()).isNull();
    }

    private long completedTasks() {
        Long n = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where END_TIME_ is not null", Long.class);
        return n == null ? 0 : n;
    }
}
