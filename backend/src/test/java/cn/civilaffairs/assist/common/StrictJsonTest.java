package cn.civilaffairs.assist.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The strict binding, without Spring: each coercion, duplicate keys, bounds and text rules refused. */
class StrictJsonTest {
    enum Colour { RED, GREEN }

    record Nested(String label) {}

    record Body(String name, Integer count, BigDecimal amount, Boolean flag, LocalDate day, Instant at, LocalTime time, Colour colour, Nested nested, List<String> tags,
            Map<String, Object> values) {}

    static final ObjectMapper MAPPER = mapper();

    static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder b = Jackson2ObjectMapperBuilder.json();
        StrictJson.customize(b);
        return b.build();
    }

    record Primitives(int number, boolean flag) {}

    static Body read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json.replace('\'', '"'), Body.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'number':null,'flag':true}", "{'number':1,'flag':null}", "{'flag':true}",
        "{'number':'1','flag':true}", "{'number':1,'flag':0}", "{'number':1.5,'flag':true}"})
    void primitivesNeedTheirValueInTheirOwnType(String json) {
        assertThatThrownBy(() -> MAPPER.readValue(json.replace('\'', '"'), Primitives.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void primitivesBind() throws Exception {
        assertThat(MAPPER.readValue("{\"number\":-2,\"flag\":false}", Primitives.class))
                .isEqualTo(new Primitives(-2, false));
    }

    @Test
    void wellFormedValuesInTheirOwnJsonTypesBind() throws Exception {
        Body b = read("{'name':'王丽\\n第二行\\t','count':3,'amount':12.50,'flag':true,"
                + "'day':'2026-01-31','at':'2026-01-31T08:00:00Z','time':'09:30','colour':'RED','nested':{'label':'x'},"
                + "'tags':['a'],'values':{'k':'v','n':1}}");
        assertThat(b.name()).isEqualTo("王丽\n第二行\t");
        assertThat(b.amount()).isEqualByComparingTo("12.5");
        assertThat(b.day()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(b.colour()).isEqualTo(Colour.RED);
        assertThat(b.values()).containsEntry("n", 1);
        // An integer is a fine decimal; null is fine for boxed values.
        assertThat(read("{'amount':12,'count':null}").amount()).isEqualByComparingTo("12");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'name':12345}", "{'name':true}", "{'name':1.5}", "{'name':{}}", "{'name':[]}",
        "{'count':'12'}", "{'count':''}", "{'count':1.5}", "{'count':true}", "{'count':1e30}",
        "{'amount':'12.5'}", "{'amount':'abc'}", "{'amount':true}",
        "{'flag':'yes'}", "{'flag':'true'}", "{'flag':1}", "{'flag':'false'}",
        "{'day':12345}", "{'day':'2026-13-45'}", "{'day':[2026,1,31]}", "{'day':''}", "{'at':1700000000}",
        "{'time':3600}", "{'colour':0}", "{'colour':'BLUE'}", "{'colour':true}",
        "{'nested':''}", "{'nested':'x'}", "{'nested':1}", "{'tags':'a'}", "{'tags':''}", "{'values':''}",
        "{'unknown':1}", "{'nested':{'label':'x','extra':1}}"
    })
    void everyCoercionAndUnknownPropertyIsRefused(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void duplicateKeysAreRefusedAlsoInsideMapsAndNestedObjects() {
        assertThatThrownBy(() -> read("{'name':'a','name':'b'}")).hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> read("{'values':{'k':1,'k':2}}")).hasMessageContaining("Duplicate field 'k'");
        assertThatThrownBy(() -> read("{'nested':{'label':'a','label':'b'}}")).hasMessageContaining("Duplicate");
    }

    @Test
    void trailingTokensAndTruncatedJsonAreRefused() {
        assertThatThrownBy(() -> read("{'name':'a'} {}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{'name':'a'")).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "1899-12-31", "2101-01-01", "-0001-01-01"})
    void datesOutsideTheSaneYearsAreRefusedNamingTheField(String day) {
        assertThatThrownBy(() -> read("{'day':'" + day + "'}"))
                .isInstanceOf(StrictJson.RejectedValueException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("day"));
        assertThatThrownBy(() -> read("{'at':'" + day + "T00:00:00Z'}")).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void boundaryYearsAreAccepted() throws Exception {
        assertThat(read("{'day':'1900-01-01'}").day()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(read("{'day':'2100-12-31'}").day()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009f", "\\u202a", "\\u202e",
        "\\u2066", "\\u2069"})
    void controlAndBidiCharactersAreRefusedEverywhereTextArrives(String escape) {
        for (String json : List.of("{'name':'a" + escape + "b'}", "{'tags':['a" + escape + "b']}",
                "{'nested':{'label':'a" + escape + "b'}}", "{'values':{'k':'a" + escape + "b'}}")) {
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(StrictJson.RejectedValueException.class)
                    .hasMessageContaining(Text.FORBIDDEN_MESSAGE);
        }
    }

    record Form(@jakarta.validation.constraints.Size(max = 50) String name,
            @jakarta.validation.constraints.Size(max = 500) String note, String free) {}

    @Test
    void lineBreaksOnlyInMultiLineText() throws Exception {
        Form f = MAPPER.readValue("{\"note\":\"a\\nb\\tc\",\"free\":\"a\\r\\nb\"}", Form.class);
        assertThat(f.note()).isEqualTo("a\nb\tc");
        assertThat(f.free()).isEqualTo("a\r\nb");
        for (String brk : List.of("\\n", "\\r", "\\t")) {
            assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"王" + brk + "丽\"}", Form.class))
                    .isInstanceOf(StrictJson.RejectedValueException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("name"));
        }
    }

    @Test
    void ordinaryUnicodeIsKept() throws Exception {
        assertThat(read("{'name':'张三·李四 O\\u2019Brien 😀'}").name()).isEqualTo("张三·李四 O’Brien 😀");
    }

    @Test
    void unknownPropertyErrorsNameTheProperty() {
        assertThatThrownBy(() -> read("{'nickname':'x'}")).isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("nickname");
    }
}
