package cn.civilaffairs.assist.monitoring.internal;

import cn.civilaffairs.assist.security.WorkGroups;
import java.util.Collection;
import java.util.List;

/**
 * Where a process instance or task is: the most specific administrative code among the ids-only
 * variables (villageCode, streetCode, districtCode, and work-group variables like villageGroup) and
 * candidate groups ({@code ROLE@orgCode}); codes nest by prefix (district 6 → street 9 → village 12).
 */
public record Places(String placeCode, String streetCode, String villageCode) {
    /** The variables a place is read from, most specific first. */
    public static final List<String> VARIABLES = List.of("villageCode", "streetCode", "districtCode",
            "villageGroup", "streetGroup", "districtGroup");

    public static final Places NONE = new Places("", null, null);

    /** From raw values: org codes or work-group ids; anything else (provider codes, null) is ignored. */
    public static Places of(Collection<?> values) {
        String best = "";
        for (Object v : values) {
            String code = orgCode(v);
            if (code != null && code.length() > best.length()) {
                best = code;
            }
        }
        return ofCode(best);
    }

    public static Places ofCode(String code) {
        if (code == null || code.isEmpty()) {
            return NONE;
        }
        return new Places(code, code.length() >= 9 ? code.substring(0, 9) : null, code.length() >= 12 ? code : null);
    }

    /** The more specific of two places (the other one when this one knows nothing). */
    public Places or(Places other) {
        return other.placeCode.length() > placeCode.length() ? other : this;
    }

    static String orgCode(Object value) {
        if (!(value instanceof String s) || s.isEmpty()) {
            return null;
        }
        String code = s.contains(WorkGroups.SEPARATOR) ? s.substring(s.indexOf(WorkGroups.SEPARATOR) + 1) : s;
        int len = code.length();
        if ((len == 6 || len == 9 || len == 12) && code.chars().allMatch(Character::isDigit)) {
            return code;
        }
        return null;
    }
}
