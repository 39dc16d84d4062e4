package cn.civilaffairs.assist.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code app.security.login} in application.yml): throttles per client
 * address and per username, the engine's expiring and growing account lock, and the proxies whose
 * X-Forwarded-For is believed.
 */
@ConfigurationProperties("app.security.login")
public record LoginProperties(
        /** Failed sign-ins one client address may make; refilled evenly over the period. */
        Limit perClient,
        /** Failed sign-ins against one username, from anywhere; refilled evenly over the period. */
        Limit perUsername,
        /** The engine's account lock after a failure: first, times factor per further failure, at most max. */
        Lock lock,
        /** Addresses or CIDR ranges of reverse proxies; only their X-Forwarded-For is used. Empty: none. */
        List<String> trustedProxies) {

    public record Limit(int attempts, Duration period) {}

    public record Lock(Duration first, int factor, Duration max) {}

    public LoginProperties {
        perClient = perClient == null ? new Limit(20, Duration.ofMinutes(5)) : perClient;
        perUsername = perUsername == null ? new Limit(10, Duration.ofMinutes(15)) : perUsername;
        lock = lock == null ? new Lock(Duration.ofSeconds(1), 2, Duration.ofHours(1)) : lock;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
