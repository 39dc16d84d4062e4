package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.Enrolments;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/tasks/{id}/subject: one endpoint, dispatched by formKey to the module that owns the screen. */
@IntegrationTest
class TaskSubjectApiTest {
    private static final String VILLAGE_GROUP = "VILLAGE_OFFICER@360199001001";
    private static final String NO_PROVIDER = "该任务没有专用的办理页面。";
    private static final String OUT_OF_SCOPE = "任务不存在或不在您的办理范围内。";

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseService caseService;
    @Autowired DomainTasks domainTasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyDomainFormOfTheShippedProcessesHasASubjectProvider() {
        assertThat(domainTasks.subjectFormKeys()).isEqualTo(shippedDomainForms());
    }

    @Test
    void everyUserTaskOfTheShippedProcessesHasASubject() {
        // A domain screen by its formKey, a generated form by its step: no task shows nothing of its subject.
        Set<String> formKeys = domainTasks.subjectFormKeys();
        Set<String> taskKeys = domainTasks.subjectTaskKeys();
        Set<String> without = new TreeSet<>();
        int userTasks = 0;
        for (UserTask task : shippedUserTasks()) {
            userTasks++;
            String formKey = task.getCamundaFormKey();
            boolean domain = formKey != null && formKey.startsWith(TaskInboxService.DOMAIN_FORM_PREFIX);
            if (domain ? !formKeys.contains(formKey) : !taskKeys.contains(task.getId())) {
                without.add(task.getId() + " " + task.getName());
            }
        }
        assertThat(userTasks).as("user tasks in processes/").isGreaterThanOrEqualTo(23);
        assertThat(without).as("user tasks without a subject").isEmpty();
    }

    @Test
    void aLeadVerificationShowsTheLeadAndItsReadIsLogged() {
        String no = Leads.open(caseService, "360199001001", "线索主题");
        String verify = caseTask(no);
        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        long logged = jdbc.queryForObject("select count(*) from access_log where action = 'CASE_VIEW' and resource = ?",
                Long.class, no);

        Response r = officer.get("/api/tasks/" + verify + "/subject");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("summary").get("caseNo").asText()).isEqualTo(no);
        assertThat(r.json().get("summaryText").asText()).isEqualTo("测试线索：独居无人照料");
        assertThat(r.json().get("leadSource").asText()).isEqualTo("OWN_VISIT");
        assertThat(r.json().get("person").get("phone").asText()).isEqualTo("13800000000");
        assertThat(r.json().get("person").get("address").asText()).isEqualTo("测试地址1号");
        assertThat(jdbc.queryForObject("select count(*) from access_log where action = 'CASE_VIEW' and resource = ?",
                Long.class, no)).isEqualTo(logged + 1);
        // Another village's officer: 404, and nothing logged for them.
        assertThat(ApiClient.signedIn(port, "vo002003").get("/api/tasks/" + verify + "/subject").status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from access_log where action = 'CASE_VIEW' and resource = ?",
                Long.class, no)).isEqualTo(logged + 1);
    }

    @Test
    void theEndpointReachesTheOwningModuleForEveryFormKeyAndHidesTasksOutOfScope() {
        // One open task per form, for 南门社区's officers, about nothing real: the endpoint must reach the
        // module's provider (which then answers from its own data), never the "no provider" answer.
        Set<String> shipped = shippedDomainForms();
        DeploymentBuilder deployment = repositoryService.createDeployment().name("task-subject-dispatch");
        Map<String, String> processOf = new TreeMap<>();
        int i = 0;
        for (String formKey : shipped) {
            String key = "taskSubjectDispatch" + i++;
            processOf.put(formKey, key);
            deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).name("主题测试")
                    .startEvent().userTask("t").name("测试 " + formKey).camundaFormKey(formKey)
                    .camundaCandidateGroups(VILLAGE_GROUP).endEvent().done());
        }
        deployment.addModelInstance("taskSubjectGeneric.bpmn", Bpmn.createExecutableProcess("taskSubjectGeneric")
                .name("主题测试").startEvent().userTask("t").name("通用表单")
                .camundaCandidateGroups(VILLAGE_GROUP).endEvent().done());
        deployment.deploy();

        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        ApiClient otherVillage = ApiClient.signedIn(port, "vo002003");
        for (String formKey : shipped) {
            String task = openTask(processOf.get(formKey));

            Response r = officer.get("/api/tasks/" + task + "/subject");
            assertThat(r.status()).as(formKey).isNotEqualTo(500);
            assertThat(r.body()).as(formKey).doesNotContain(NO_PROVIDER).doesNotContain(OUT_OF_SCOPE);

            Response hidden = otherVillage.get("/api/tasks/" + task + "/subject");
            assertThat(hidden.status()).as(formKey).isEqualTo(404);
            assertThat(hidden.body()).as(formKey).contains(OUT_OF_SCOPE);
        }
        // A generated form has no domain screen and so no subject.
        Response generic = officer.get("/api/tasks/" + openTask("taskSubjectGeneric") + "/subject");
        assertThat(generic.status()).isEqualTo(404);
        assertThat(generic.body()).contains(NO_PROVIDER);
        assertThat(officer.get("/api/tasks/no-such-task/subject").status()).isEqualTo(404);
    }

    @Test
    void aCaseTaskAnswersWithItsCaseAndOnlyInsideTheUsersScope() {
        String no = Leads.open(caseService, "360199001001", "主题测试");
        ApiClient officer = ApiClient.signedIn(port, "vo001001");
        assertThat(officer.post("/api/tasks/" + caseTask(no) + "/complete",
                Map.of("variables", Map.of("genuine", true, "verificationNote", "属实"))).status()).isEqualTo(204);
        String investigation = caseTask(no);
        ApiClient street = ApiClient.signedIn(port, "street001");

        Response r = street.get("/api/tasks/" + investigation + "/subject");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("summary").get("caseNo").asText()).isEqualTo(no);
        assertThat(r.json()).isEqualTo(street.get("/api/cases/" + no).json());
        assertThat(ApiClient.signedIn(port, "street002").get("/api/tasks/" + investigation + "/subject").status())
                .isEqualTo(404);
    }

    @Test
    void aCareTaskAnswersWithItsEnrolmentAndOnlyInsideTheUsersScope() {
        ApiClient officer = ApiClient.signedIn(port, "vo002003");
        Response enrolled = officer.post("/api/care/enrolments", Enrolments.body("主题测试", Leads.newIdNumber(),
                "13900000000", "柳岸村3组", "360199002003"));
        assertThat(enrolled.status()).isEqualTo(201);
        String no = enrolled.json().get("enrolmentNo").asText();
        String grading = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult().getId();

        Response r = officer.get("/api/tasks/" + grading + "/subject");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("enrolmentNo").asText()).isEqualTo(no);
        assertThat(r.json()).isEqualTo(officer.get("/api/care/enrolments/" + no).json());
        assertThat(ApiClient.signedIn(port, "vo001001").get("/api/tasks/" + grading + "/subject").status())
                .isEqualTo(404);
    }

    private Set<String> shippedDomainForms() {
        Set<String> shipped = new TreeSet<>();
        shippedUserTasks().stream().map(UserTask::getCamundaFormKey)
                .filter(k -> k != null && k.startsWith(TaskInboxService.DOMAIN_FORM_PREFIX))
                .forEach(shipped::add);
        return shipped;
    }

    /** The user tasks of the deployed latest versions of the processes in processes/ (not the tests' own). */
    private List<UserTask> shippedUserTasks() {
        Set<String> shippedKeys = new TreeSet<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = file.getInputStream()) {
                    Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)
                            .forEach(p -> shippedKeys.add(p.getId()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(shippedKeys).contains(ServiceAssistanceProcess.KEY);
        List<UserTask> tasks = new ArrayList<>();
        for (ProcessDefinition d : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            if (shippedKeys.contains(d.getKey())) {
                tasks.addAll(repositoryService.getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class));
            }
        }
        return tasks;
    }

    private String openTask(String processKey) {
        String pi = runtimeService.startProcessInstanceByKey(processKey, "GA2026999999").getId();
        Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
        return task.getId();
    }

    private String caseTask(String caseNo) {
        return taskService.createTaskQuery().processDefinitionKey(ServiceAssistanceProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult().getId();
    }
}
