package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, roles, CSRF, lock-out, and the engine's own REST API and webapps closed to others. */
@IntegrationTest
class SecurityApiTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    @Test
    void apiWithoutSessionAnswers401AsProblem() {
        ApiClient anonymous = new ApiClient(port);
        for (String path : new String[] {"/api/tasks", "/api/auth/me", "/api/tasks/123"}) {
            Response r = anonymous.get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.isProblem()).as(path).isTrue();
            assertThat(r.json().get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void signInReturnsTheUserWithRoleAndOrgAndLogoutEndsTheSession() {
        ApiClient client = new ApiClient(port);
        Response login = client.login("vo001001", ApiClient.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("roles").get(0).asText()).isEqualTo("VILLAGE_OFFICER");
        assertThat(login.json().get("orgCode").asText()).isEqualTo("360199001001");
        assertThat(login.json().get("orgName").asText()).isEqualTo("南门社区");
        assertThat(login.json().get("orgLevel").asText()).isEqualTo("VILLAGE");
        assertThat(client.get("/api/auth/me").status()).isEqualTo(200);

        assertThat(client.post("/api/auth/logout", null).status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        ApiClient client = new ApiClient(port);
        client.get("/api/auth/csrf");
        Response r = client.post("/api/auth/login", Map.of("username", "vo001001", "password", ApiClient.DEMO_PASSWORD),
                false);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void wrongPasswordIsRefusedAndRepeatedFailuresLockOnlyForAWhile() {
        User user = identityService.newUser("locktest");
        user.setLastName("锁定测试");
        user.setPassword(ApiClient.DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership("locktest", WorkGroups.of(Role.VILLAGE_OFFICER, "360199001003"));

        // The engine clock stands still, so each failure's lock is still in force for the next try.
        Date t = new Date();
        clock.at(t);
        ApiClient client = new ApiClient(port).header("X-Forwarded-For", "10.78.0.1");
        Response wrong = client.login("locktest", "wrong-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("type").asText()).endsWith("/bad-credentials");
        // Five wrong passwords in a row no longer lock for good: the answer never changes and the
        // right password works again once the lock has run out.
        for (int i = 0; i < 5; i++) {
            clock.at(new Date(t.getTime() + (i + 1) * 60_000L));
            Response r = client.login("locktest", "wrong-password");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(wrong.body());
        }
        Response correctButLocked = client.login("locktest", ApiClient.DEMO_PASSWORD);
        assertThat(correctButLocked.status()).isEqualTo(401);
        assertThat(correctButLocked.body()).isEqualTo(wrong.body());

        identityService.unlockUser("locktest");
        assertThat(client.login("locktest", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void loginRequestIsValidated() {
        ApiClient client = new ApiClient(port);
        client.get("/api/auth/csrf");
        Response r = client.post("/api/auth/login", Map.of("username", "", "password", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("errors")).hasSize(2);
    }

    @Test
    void engineRestIsClosedToAnonymousAndNonManagers() {
        Response anonymous = new ApiClient(port).get("/engine-rest/engine");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();

        Response officer = ApiClient.signedIn(port, "vo001001").get("/engine-rest/process-definition");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.isProblem()).isTrue();

        Response manager = ApiClient.signedIn(port, "manager").get("/engine-rest/process-definition?key=serviceAssistance");
        assertThat(manager.status()).isEqualTo(200);
        assertThat(manager.body()).contains("serviceAssistance");
    }

    @Test
    void camundaWebappsAreForManagersAndAdminsOnly() {
        Response anonymous = new ApiClient(port).get("/camunda/app/cockpit/default/");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login?redirect=%2Fcamunda%2Fapp%2Fcockpit%2Fdefault%2F");
        // The webapps' own API is not a page: it answers 401 like the rest of the API.
        assertThat(new ApiClient(port).get("/camunda/api/engine/engine/").status()).isEqualTo(401);

        assertThat(ApiClient.signedIn(port, "vo001001").get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "street001").get("/camunda/api/engine/engine/").status()).isEqualTo(403);

        ApiClient manager = ApiClient.signedIn(port, "manager");
        assertThat(manager.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        // Single sign-on: the webapps' own API knows the manager without a second login.
        Response auth = manager.get("/camunda/api/admin/auth/user/default");
        assertThat(auth.status()).isEqualTo(200);
        assertThat(auth.json().get("userId").asText()).isEqualTo("manager");
    }

    @Test
    void healthIsPublicAndApiDocsNeedASignIn() {
        Response health = new ApiClient(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");

        assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(new ApiClient(port).get("/swagger-ui/index.html").status()).isEqualTo(302);
        assertThat(ApiClient.signedIn(port, "vo001001").get("/swagger-ui/index.html").status()).isEqualTo(200);
        Response docs = ApiClient.signedIn(port, "admin").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/tasks/{id}/complete");
    }

    @Test
    void unknownApiPathIsAProblemNotTheSpa() {
        Response r = ApiClient.signedIn(port, "vo001001").get("/api/no-such-thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
    }
}
