package cn.civilaffairs.assist.security;

import cn.civilaffairs.assist.org.OrgLevel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The signed-in user as the API and the session know them; built from the engine's identity store. */
public record CurrentUser(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String orgCode,
        String orgName,
        OrgLevel orgLevel,
        List<String> groupIds) implements Serializable, AuthenticatedPrincipal {

    /** The username: what the session store indexes a signed-in session by (not the record's text). */
    @Override
    @JsonIgnore
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
