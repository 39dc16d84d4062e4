package cn.civilaffairs.assist.security;

import java.util.Optional;

/**
 * A work group is one role at one organisation node, e.g. {@code VILLAGE_OFFICER@360199001001}.
 * Work groups are the engine's candidate groups, so an inbox query filters by indexed group ids
 * instead of joining process variables, and the org scope of a task is part of its routing.
 */
public final class WorkGroups {
    public static final String SEPARATOR = "@";
    /** Camunda's built-in administrators group; members see everything in the webapps. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private WorkGroups() {}

    public static String of(Role role, String orgCode) {
        return role.name() + SEPARATOR + orgCode;
    }

    public static Optional<Parsed> parse(String groupId) {
        int at = groupId.indexOf(SEPARATOR);
        if (at <= 0 || at == groupId.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(Role.valueOf(groupId.substring(0, at)), groupId.substring(at + 1)));
        } catch (IllegalArgumentException notARole) {
            return Optional.empty();
        }
    }

    public record Parsed(Role role, String orgCode) {}
}
