package cn.civilaffairs.assist.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/one-door-routing.dmn, rule by rule (seed 001 §五): each need type, with and without the fact "basic living
 * temporarily in serious difficulty", gives exactly its routes (COLLECT: a need may give several).
 */
class OneDoorRoutingDmnTest {
    static DmnDecision decision;
    static DmnEngine engine;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = OneDoorRoutingDmnTest.class.getResourceAsStream("/processes/one-door-routing.dmn")) {
            decision = engine.parseDecision(OneDoorProcesses.DECISION_ROUTING, in);
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(NeedType.BASIC_LIVING, false, List.of("SUBSISTENCE/")),
                Arguments.of(NeedType.BASIC_LIVING, true, List.of("SUBSISTENCE/")),
                Arguments.of(NeedType.MEDICAL, false, List.of("DEPARTMENT/MEDICAL_INSURANCE")),
                Arguments.of(NeedType.MEDICAL, true, List.of("DEPARTMENT/MEDICAL_INSURANCE", "TEMPORARY_AID/")),
                Arguments.of(NeedType.HOUSING, false, List.of("DEPARTMENT/HOUSING")),
                Arguments.of(NeedType.EDUCATION, true, List.of("DEPARTMENT/EDUCATION")),
                Arguments.of(NeedType.EMPLOYMENT, false, List.of("DEPARTMENT/HUMAN_RESOURCES")),
                Arguments.of(NeedType.NATURAL_DISASTER, false, List.of("DEPARTMENT/EMERGENCY_MANAGEMENT")),
                Arguments.of(NeedType.NATURAL_DISASTER, true,
                        List.of("DEPARTMENT/EMERGENCY_MANAGEMENT", "TEMPORARY_AID/")),
                Arguments.of(NeedType.ACCIDENT, false, List.of("TEMPORARY_AID/")),
                Arguments.of(NeedType.NECESSARY_EXPENSE, true, List.of("TEMPORARY_AID/")),
                Arguments.of(NeedType.CARE, false, List.of("SERVICE/")));
    }

    @ParameterizedTest(name = "{0}, living at risk {1} → {2}")
    @MethodSource("rules")
    void eachNeedGivesItsRoutes(NeedType need, boolean livingAtRisk, List<String> expected) {
        assertThat(routes(need, livingAtRisk)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyNeedTypeHasARouteAndEveryRouteAndDepartmentIsKnown() {
        for (NeedType need : NeedType.values()) {
            for (boolean risk : new boolean[] {false, true}) {
                List<String> routes = routes(need, risk);
                assertThat(routes).as("%s %s", need, risk).isNotEmpty();
                for (String r : routes) {
                    String[] parts = r.split("/", -1);
                    RouteType type = RouteType.valueOf(parts[0]);
                    assertThat(parts[1].isEmpty()).as(r).isEqualTo(type != RouteType.DEPARTMENT);
                    if (!parts[1].isEmpty()) {
                        cn.civilaffairs.assist.department.DepartmentKind.valueOf(parts[1]);
                    }
                }
            }
        }
    }

    @Test
    void theTableHasElevenRules() {
        // A rule added in the Modeler needs a row in rules() above.
        assertThat(((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
                .hasSize(11);
    }

    private static List<String> routes(NeedType need, boolean livingAtRisk) {
        var result = engine.evaluateDecision(decision, Variables.createVariables()
                .putValue(OneDoorProcesses.VAR_NEED_TYPE, need.name())
                .putValue(OneDoorProcesses.VAR_LIVING_AT_RISK, livingAtRisk));
        return result.getResultList().stream().map(OneDoorRoutingDmnTest::line).toList();
    }

    private static String line(Map<String, Object> row) {
        Object dept = row.get(OneDoorProcesses.OUT_DEPARTMENT);
        return row.get(OneDoorProcesses.OUT_ROUTE) + "/" + (dept == null ? "" : dept);
    }
}
