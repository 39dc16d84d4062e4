package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.security.internal.DelegateBeans;
import cn.civilaffairs.assist.security.internal.EngineAuthorizations;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The engine is not an admin back door (issue 11 point 1): through /engine-rest and through the
 * webapps' copy of it a district manager reads and monitors, and writes neither identities nor
 * deployments; a deployed model could not reach the app's beans anyway. Every refused attack is
 * followed by a look at the engine to see that nothing changed.
 */
@IntegrationTest
class EngineSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";
    private static final String EVIL_EXPRESSION = "${environment.getProperty('spring.datasource.url')}";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ApplicationContext applicationContext;
    @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

    /** Signed in on the SPA, then Cockpit opened once, so the webapps' CSRF cookie is there too. */
    private ApiClient engineUser(String username, String password) {
        ApiClient client = new ApiClient(port);
        Response login = client.login(username, password);
        assertThat(login.status()).as("login " + username).isEqualTo(200);
        assertThat(client.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        assertThat(client.cookie("CAMUNDA-XSRF-TOKEN")).isNotNull();
        return client;
    }

    /** A JSON request on one of the two engine APIs, with each API's own CSRF header. */
    private static Response call(ApiClient client, String method, String path, Object body) {
        Map<String, String> headers = new HashMap<>();
        if (path.startsWith("/camunda/")) {
            headers.put("X-XSRF-TOKEN", client.cookie("CAMUNDA-XSRF-TOKEN"));
        }
        try {
            byte[] bytes = body == null ? null : JSON.writeValueAsBytes(body);
            return client.request(method, path, body == null ? null : "application/json", bytes, headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response deploy(ApiClient client, String api, String name, String bpmn) {
        String boundary = "----engine" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evil.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        Map<String, String> headers = new HashMap<>();
        if (api.startsWith("/camunda/")) {
            headers.put("X-XSRF-TOKEN", client.cookie("CAMUNDA-XSRF-TOKEN"));
        }
        return client.request("POST", api + "/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A process whose only step evaluates the given expression, synchronously or as a job. */
    private static BpmnModelInstance probe(String key, String expression, boolean async) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("probe").camundaExpression(expression).camundaResultVariable("leaked").camundaAsyncBefore(async)
                .endEvent().done();
    }

    private static void assertEngineRefused(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        // Refused by the engine's authorization check, not by a missing CSRF token.
        assertThat(r.body()).contains("AuthorizationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", WEBAPP_API})
    void managerWritesNoIdentities(String api) {
        ApiClient manager = engineUser("manager", ApiClient.DEMO_PASSWORD);

        assertEngineRefused(call(manager, "PUT", api + "/group/ADMIN@360199/members/manager", null));
        assertThat(identityService.createUserQuery().userId("manager").memberOfGroup("ADMIN@360199").count()).isZero();

        assertEngineRefused(call(manager, "PUT", api + "/user/vo003004/credentials",
                Map.of("password", "Taken#Over2026", "authenticatedUserPassword", ApiClient.DEMO_PASSWORD)));
        assertThat(identityService.checkPassword("vo003004", ApiClient.DEMO_PASSWORD)).isTrue();

        assertEngineRefused(call(manager, "POST", api + "/user/create", Map.of(
                "profile", Map.of("id", "mallory", "firstName", "M", "lastName", "M", "email", "m@example.cn"),
                "credentials", Map.of("password", "Qingshan#Strong2026"))));
        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();
        // A weak password is refused even earlier, by the password policy.
        assertThat(call(manager, "POST", api + "/user/create", Map.of(
                "profile", Map.of("id", "mallory", "firstName", "M", "lastName", "M", "email", "m@example.cn"),
                "credentials", Map.of("password", "1"))).status()).isIn(400, 403);
        assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();

        assertEngineRefused(call(manager, "POST", api + "/group/create",
                Map.of("id", "ADMIN@360199001", "name", "x", "type", "WORKGROUP")));
        assertThat(identityService.createGroupQuery().groupId("ADMIN@360199001").count()).isZero();

        long authorizations = authorizationService.createAuthorizationQuery().count();
        assertEngineRefused(call(manager, "POST", api + "/authorization/create", Map.of("type", 1,
                "permissions", List.of("ALL"), "groupId", EngineGroups.DISTRICT_MANAGERS, "resourceType", 4, "resourceId", "*")));
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", WEBAPP_API})
    void managerUnlocksNobody(String api) {
        String locked = "locked" + Math.abs(api.hashCode() % 1000);
        User user = identityService.newUser(locked);
        user.setPassword("Qingshan#Locked2026");
        identityService.saveUser(user);
        try {
            for (int i = 0; i < 6; i++) {
                identityService.checkPassword(locked, "wrong-password");
            }
            UserEntity before = (UserEntity) identityService.createUserQuery().userId(locked).singleResult();
            assertThat(before.getAttempts()).isPositive();

            assertEngineRefused(call(engineUser("manager", ApiClient.DEMO_PASSWORD), "POST", api + "/user/" + locked + "/unlock", null));

            UserEntity after = (UserEntity) identityService.createUserQuery().userId(locked).singleResult();
            assertThat(after.getAttempts()).isEqualTo(before.getAttempts());
            assertThat(after.getLockExpirationTime()).isEqualTo(before.getLockExpirationTime());
        } finally {
            identityService.deleteUser(locked);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", WEBAPP_API})
    void nobodyDeploysOverHttpByDefault(String api) {
        String bpmn = Bpmn.convertToString(probe("evilProbe", EVIL_EXPRESSION, false));
        long deployments = repositoryService.createDeploymentQuery().count();
        Deployment existing = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);

        for (String username : List.of("manager", "admin")) {
            ApiClient client = engineUser(username, ApiClient.DEMO_PASSWORD);
            Response created = deploy(client, api, "evil-" + username, bpmn);
            assertThat(created.status()).as(username + " " + created.body()).isEqualTo(403);
            assertThat(created.isProblem()).isTrue();
            Response redeployed = call(client, "POST", api + "/deployment/" + existing.getId() + "/redeploy", Map.of());
            assertThat(redeployed.status()).as(username + " redeploy").isEqualTo(403);
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("evilProbe").count()).isZero();
    }

    @Test
    void expressionsReachOnlyTheProcessDelegates() {
        DelegateBeans beans = new DelegateBeans(applicationContext);
        assertThat(beans.containsKey("closeCaseDelegate")).isTrue();
        assertThat(beans.get("closeCaseDelegate")).isSameAs(applicationContext.getBean("closeCaseDelegate"));
        assertThat(beans.containsKey("environment")).isFalse();
        assertThat(beans.containsKey("dataSource")).isFalse();
        assertThat(beans.get("environment")).isNull();
        assertThat(engineConfiguration.getResolverFactories())
                .noneMatch(org.camunda.bpm.engine.spring.SpringBeansResolverFactory.class::isInstance);

        // Even a model that got deployed (here straight into the engine) cannot read the configuration.
        Deployment deployment = repositoryService.createDeployment().name("expression-probe")
                .addModelInstance("probe.bpmn", probe("environmentProbe", EVIL_EXPRESSION, false)).deploy();
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("environmentProbe"))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("environment");
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("environmentProbe").count()).isZero();
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest", WEBAPP_API})
    void managerStillMonitors(String api) {
        Deployment deployment = repositoryService.createDeployment().name("monitoring-probe")
                .addModelInstance("monitor.bpmn", probe("monitorProbe", "${true}", true)).deploy();
        try {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("monitorProbe", "MON-1");
            Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
            managementService.setJobRetries(job.getId(), 0);
            ApiClient manager = engineUser("manager", ApiClient.DEMO_PASSWORD);

            Response instances = call(manager, "GET", api + "/process-instance?processDefinitionKey=serviceAssistance", null);
            assertThat(instances.status()).isEqualTo(200);
            assertThat(instances.json().size()).isPositive();

            Response incidents = call(manager, "GET", api + "/incident?processInstanceId=" + instance.getId(), null);
            assertThat(incidents.status()).isEqualTo(200);
            assertThat(incidents.json().size()).isEqualTo(1);

            assertThat(call(manager, "PUT", api + "/job/" + job.getId() + "/retries", Map.of("retries", 1)).status())
                    .isEqualTo(204);
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);

            assertThat(call(manager, "PUT", api + "/process-instance/" + instance.getId() + "/suspended",
                    Map.of("suspended", true)).status()).isEqualTo(204);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .isSuspended()).isTrue();
            assertThat(call(manager, "PUT", api + "/process-instance/" + instance.getId() + "/suspended",
                    Map.of("suspended", false)).status()).isEqualTo(204);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .isSuspended()).isFalse();

            // Monitoring, not steering: no variables written, no instance started.
            assertEngineRefused(call(manager, "POST", api + "/process-instance/" + instance.getId() + "/variables",
                    Map.of("modifications", Map.of("x", Map.of("value", 1, "type", "Integer")))));
            assertThat(runtimeService.getVariable(instance.getId(), "x")).isNull();
            assertEngineRefused(call(manager, "POST", api + "/process-definition/key/monitorProbe/start", Map.of()));
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("monitorProbe").count()).isEqualTo(1);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void adminManagesIdentitiesAndANewManagerGetsTheManagersRights() {
        ApiClient admin = engineUser("admin", ApiClient.DEMO_PASSWORD);
        String password = "Qingshan#Jingli2026"; // must not contain the user id (password policy)
        try {
            assertThat(call(admin, "POST", WEBAPP_API + "/user/create", Map.of(
                    "profile", Map.of("id", "manager2", "firstName", "", "lastName", "新经理", "email", "m2@example.cn"),
                    "credentials", Map.of("password", password))).status()).isEqualTo(204);
            assertThat(call(admin, "PUT", WEBAPP_API + "/group/DISTRICT_MANAGER@360199/members/manager2", null).status())
                    .isEqualTo(204);
            assertThat(identityService.createUserQuery().userId("manager2").memberOfGroup("DISTRICT_MANAGER@360199")
                    .count()).isEqualTo(1);

            // The new manager monitors at once (the role group is derived, not a stored membership)...
            ApiClient manager2 = engineUser("manager2", password);
            assertThat(call(manager2, "GET", "/engine-rest/process-instance/count", null).json().get("count").asLong())
                    .isPositive();
            // ...and is no more an administrator than the demo manager.
            assertEngineRefused(call(manager2, "PUT", "/engine-rest/group/camunda-admin/members/manager2", null));
            assertThat(identityService.createUserQuery().userId("manager2").memberOfGroup("camunda-admin").count()).isZero();
        } finally {
            identityService.deleteUser("manager2");
        }
    }

    @Test
    void theOnlyAuthorizationsAreTheRoleGrants() {
        // Demo users, groups, tasks and deployments exist, yet the engine wrote no row for any of them.
        List<org.camunda.bpm.engine.authorization.Authorization> all = authorizationService.createAuthorizationQuery().list();
        assertThat(all).extracting(org.camunda.bpm.engine.authorization.Authorization::getGroupId)
                .containsOnly(WorkGroups.CAMUNDA_ADMIN, EngineGroups.DISTRICT_MANAGERS);
        assertThat(all).hasSize(org.camunda.bpm.engine.authorization.Resources.values().length
                + EngineAuthorizations.managerGrants().size());
    }

    @Test
    void aFailedCsrfCheckEndsNoSession() {
        ApiClient manager = engineUser("manager", ApiClient.DEMO_PASSWORD);
        byte[] query = "{}".getBytes(StandardCharsets.UTF_8);

        // The webapps' API with a wrong or no token: refused, and the session (app and Cockpit) lives on.
        for (Map<String, String> headers : List.of(Map.of("X-XSRF-TOKEN", "not-the-token"), Map.<String, String>of())) {
            Response refused = manager.request("POST", WEBAPP_API + "/process-instance", "application/json", query, headers);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(manager.get("/api/auth/me").status()).isEqualTo(200);
            assertThat(manager.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);
        }
        assertThat(call(manager, "POST", WEBAPP_API + "/process-instance", Map.of()).status()).isEqualTo(200);

        // The app's API without its token: refused by Spring Security, session kept.
        assertThat(manager.post("/api/leads", Map.of(), false).status()).isEqualTo(403);
        assertThat(manager.get("/api/auth/me").status()).isEqualTo(200);
    }
}
