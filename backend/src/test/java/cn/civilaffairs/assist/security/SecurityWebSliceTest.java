package cn.civilaffairs.assist.security;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.civilaffairs.assist.common.ProblemTypes;
import cn.civilaffairs.assist.support.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call what, on the web slice: for each role-gated endpoint family a wrong role gets 403
 * and nobody signed in gets 401, both as problem details, and neither reaches a service.
 * (SecurityApiTest checks the same rules, and sign-in, on the whole application.)
 */
@WebSlice
class SecurityWebSliceTest {
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @AfterEach
    void noServiceWasCalled() {
        for (Class<?> service : WebSlice.SERVICES) {
            verifyNoInteractions(context.getBean(service));
        }
    }

    private static MockHttpServletRequestBuilder request(String method, String path) {
        MockHttpServletRequestBuilder r = "GET".equals(method) ? get(path) : post(path);
        if (!"GET".equals(method)) {
            // A body that binds and validates, so the only thing in the way is the role.
            r.contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2026-01\"}").with(csrf());
        }
        return r;
    }

    @ParameterizedTest(name = "{0} {1} as {2}: 403")
    @CsvSource({
        "GET,  /api/services/today,            VILLAGE_OFFICER",
        "GET,  /api/services/today,            STREET_CLERK",
        "GET,  /api/services/providers,        PROVIDER_STAFF",
        "GET,  /api/services/orders,           CHARITY_STAFF",
        "GET,  /api/services/orders,           CARE_CADRE",
        "POST, /api/services/spot-checks/draw, STREET_CLERK",
        "POST, /api/services/spot-checks/draw, PROVIDER_STAFF",
        "GET,  /api/referrals/charities,       PROVIDER_STAFF",
        "GET,  /api/referrals/charities,       CHARITY_STAFF",
        "GET,  /api/audit/access-log,          DISTRICT_MANAGER",
        "GET,  /api/audit/access-log,          VILLAGE_OFFICER",
    })
    void aWrongRoleIsForbidden(String method, String path, Role role) throws Exception {
        mvc.perform(request(method, path).with(user("someone").roles(role.name())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.FORBIDDEN.toString()))
                .andExpect(jsonPath("$.status").value(403));
    }

    @ParameterizedTest(name = "{0} {1} signed out: 401")
    @CsvSource({
        "GET,  /api/services/today",
        "GET,  /api/services/orders",
        "POST, /api/services/spot-checks/draw",
        "GET,  /api/referrals/charities",
        "GET,  /api/audit/access-log",
    })
    void nobodySignedInIsUnauthenticated(String method, String path) throws Exception {
        mvc.perform(request(method, path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.UNAUTHENTICATED.toString()));
    }

    @Test
    void aSignedInAccountWithNoRoleIsForbiddenEverywhereUnderApi() throws Exception {
        mvc.perform(get("/api/services/standards").with(user("norole").authorities(java.util.List.of())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(ProblemTypes.FORBIDDEN.toString()));
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsForbiddenEvenForTheRightRole() throws Exception {
        mvc.perform(post("/api/services/spot-checks/draw").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"2026-01\"}").with(user("manager").roles(Role.DISTRICT_MANAGER.name())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.FORBIDDEN.toString()));
    }
}
