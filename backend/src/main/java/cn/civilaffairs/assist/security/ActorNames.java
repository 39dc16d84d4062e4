package cn.civilaffairs.assist.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who did a recorded step, as a screen shows it: timelines store the actor's username (or a word such as
 * {@code system} for an automatic step); views answer the person's name beside it so no screen shows an
 * account name. Not a person → no name, and the screen says 系统 / System.
 */
@Component
public class ActorNames {
    private final IdentityService identity;

    ActorNames(IdentityService identity) {
        this.identity = identity;
    }

    /** One query for all actors of a view; the function answers null for an actor that is not a person. */
    public Function<String, String> of(Collection<String> actors) {
        String[] ids = actors.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        if (ids.length > 0) {
            for (User u : identity.createUserQuery().userIdIn(ids).list()) {
                String name = UserNames.of(u);
                names.put(u.getId(), name.isEmpty() ? u.getId() : name);
            }
        }
        return actor -> actor == null ? null : names.get(actor);
    }
}
