package cn.civilaffairs.assist.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The group ids the engine checks its authorizations against for a signed-in user: the user's
 * work groups plus one group per engine-operating role. The role groups are derived from the role
 * on every sign-in, not stored as memberships, so a district manager created later in Camunda
 * Admin (member of some {@code DISTRICT_MANAGER@<code>}) gets the monitoring rights at once, and
 * nobody can keep them after losing the role.
 */
public final class EngineGroups {
    /** Holds the monitoring authorizations of every district manager (see EngineAuthorizations). */
    public static final String DISTRICT_MANAGERS = "district-managers";

    private EngineGroups() {}

    public static List<String> of(CurrentUser user) {
        List<String> groups = new ArrayList<>(user.groupIds());
        if (user.hasRole(Role.DISTRICT_MANAGER) && !groups.contains(DISTRICT_MANAGERS)) {
            groups.add(DISTRICT_MANAGERS);
        }
        // The app's administrators are the engine's administrators (Camunda's built-in admin group).
        if (user.hasRole(Role.ADMIN) && !groups.contains(WorkGroups.CAMUNDA_ADMIN)) {
            groups.add(WorkGroups.CAMUNDA_ADMIN);
        }
        return List.copyOf(groups);
    }
}
