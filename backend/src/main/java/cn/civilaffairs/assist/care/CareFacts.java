package cn.civilaffairs.assist.care;

import cn.civilaffairs.assist.common.SelfCare;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts the grading rules (processes/care-level.dmn) decide on. */
public record CareFacts(
        @NotNull Boolean livesAlone,
        @NotNull SelfCare selfCare,
        @NotNull Boolean remoteDwelling,
        /** Households at home year-round within about 500 m. */
        @NotNull @Min(0) @Max(99) Integer neighboursNearby,
        @NotNull Boolean seriousIllnessOrDisability,
        @NotNull Boolean carerInDifficulty,
        @NotNull Boolean legalSupporterPresent,
        @NotNull Boolean supportLacking) {

    /** The DMN's inputs, by the names the decision table reads. */
    public Map<String, Object> asVariables() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("livesAlone", livesAlone);
        vars.put("selfCare", selfCare.name());
        vars.put("remoteDwelling", remoteDwelling);
        vars.put("neighboursNearby", neighboursNearby);
        vars.put("seriousIllnessOrDisability", seriousIllnessOrDisability);
        vars.put("carerInDifficulty", carerInDifficulty);
        vars.put("legalSupporterPresent", legalSupporterPresent);
        vars.put("supportLacking", supportLacking);
        return vars;
    }
}
