package cn.civilaffairs.assist.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request clashes with the current state (already done, taken by someone else, duplicate). */
public class ConflictException extends RuntimeException {
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ConflictException(String message) {
        super(message);
    }

    /** An extra member of the problem detail, for clients that act on it (e.g. the endpoint to use instead). */
    public ConflictException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
