package cn.civilaffairs.assist.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Care enrolment request bodies (POST /api/care/enrolments) with the facts the grading DMN reads. */
public final class Enrolments {
    private Enrolments() {}

    /** Facts of a person living alone who partly looks after himself, two neighbours nearby. */
    public static Map<String, Object> livingAloneFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("livesAlone", true);
        facts.put("selfCare", "PARTIAL");
        facts.put("remoteDwelling", false);
        facts.put("neighboursNearby", 2);
        facts.put("seriousIllnessOrDisability", false);
        facts.put("carerInDifficulty", false);
        facts.put("legalSupporterPresent", false);
        facts.put("supportLacking", false);
        return facts;
    }

    /** An empty-nest elder living alone, enrolled in the given village. */
    public static Map<String, Object> body(String name, String idNumber, String phone, String address, String village) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("address", address);
        body.put("villageCode", village);
        body.put("group", "EMPTY_NEST_LEFT_BEHIND_ELDERLY");
        body.put("facts", livingAloneFacts());
        return body;
    }
}
