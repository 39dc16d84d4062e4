package cn.civilaffairs.assist.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Engine work the app does on a user's behalf. The app has already checked the user's org scope
 * (work groups, 404 outside it), so the engine must not apply its own authorization checks, which
 * exist for the engine's REST API and webapps; but the engine must still know the user, so that
 * history, comments and delegates record who acted.
 */
public final class AppEngineCalls {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private AppEngineCalls() {}

    /** Runs engine calls as {@code userId} (recorded in history) without engine authorization checks. */
    public static void asUser(IdentityService identityService, String userId, List<String> groupIds, Runnable work) {
        Boolean outer = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        identityService.setAuthentication(userId, groupIds);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
            if (outer == null) {
                ACTIVE.remove();
            }
        }
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    /**
     * Sits inside the engine's command context: for commands issued within {@link #asUser} it turns
     * the context's authorization check off for the command (nested commands pass here too).
     */
    public static final class Interceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (!active()) {
                return next.execute(command);
            }
            CommandContext context = Context.getCommandContext();
            boolean wasEnabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return next.execute(command);
            } finally {
                if (wasEnabled) {
                    context.enableAuthorizationCheck();
                }
            }
        }
    }
}
