package cn.civilaffairs.assist.common;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.civilaffairs.assist.support.Leads;
import cn.civilaffairs.assist.support.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Strict JSON over HTTP, on the web slice: a body that is not JSON, has an unknown or repeated field,
 * or a value of the wrong JSON type is a 400 problem naming the field, and so is a body that binds but
 * fails validation or a path variable of the wrong type; none of them reaches a service. (StrictJsonTest
 * covers every coercion on the mapper; BadInputCorpusTest sends the corpus to the whole application.)
 */
@WebSlice
class StrictJsonWebSliceTest {
    /** 村级经办人 registers a neighbourhood helper: POST /api/services/helpers. */
    static final String HELPERS = "/api/services/helpers";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @AfterEach
    void noServiceWasCalled() {
        for (Class<?> service : WebSlice.SERVICES) {
            verifyNoInteractions(context.getBean(service));
        }
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("vo001001").roles("VILLAGE_OFFICER")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.VALIDATION.toString()))
                .andExpect(jsonPath("$.title").value("输入有误"));
    }

    private static String helper(String extra) {
        return "{\"name\":\"邻居赵\",\"idNumber\":\"" + Leads.newIdNumber() + "\",\"phone\":\"13912345678\","
                + "\"villageCode\":\"360199001001\"" + extra + "}";
    }

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\":12345}                                  | name",
        "{\"name\":\"赵\",\"villageCode\":360199001001}     | villageCode",
        "{\"name\":\"赵\",\"trainedOn\":20260101}           | trainedOn",
        "{\"name\":\"赵\",\"trainedOn\":\"2026-13-45\"}     | trainedOn",
        "{\"name\":\"赵\",\"trainedOn\":\"1899-12-31\"}     | trainedOn",
    })
    void aValueOfTheWrongTypeOrOutOfRangeNamesItsField(String body, String field) throws Exception {
        send(HELPERS, body)
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("「" + field + "」")));
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        send(HELPERS, helper(",\"isAdmin\":true"))
                .andExpect(jsonPath("$.errors[0].field").value("isAdmin"))
                .andExpect(jsonPath("$.errors[0].message").value("不认识的字段。"));
    }

    @Test
    void aRepeatedFieldIsRefusedByName() throws Exception {
        send(HELPERS, helper(",\"name\":\"钱\""))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("字段重复出现。"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{not json", "{\"name\":\"赵\"", "{\"name\":\"赵\"} {}", "[]garbage"})
    void garbageIsRefused(String body) throws Exception {
        send(HELPERS, body);
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        send(HELPERS, "").andExpect(jsonPath("$.detail").value("缺少请求内容。"));
    }

    @Test
    void aBodyThatBindsButFailsValidationNamesTheField() throws Exception {
        send(HELPERS, helper("").replace("13912345678", "12345"))
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value("电话号码格式不正确。"));
    }

    @Test
    void aPathVariableOfTheWrongTypeNamesIt() throws Exception {
        send(HELPERS + "/abc/aid", "{\"caseNo\":\"x\"}")
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
