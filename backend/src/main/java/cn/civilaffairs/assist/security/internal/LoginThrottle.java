package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.LoginProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in per client address and per username with Bucket4j token buckets. Every attempt
 * takes a token from both before the password is looked at (so racing attempts cannot slip past the
 * limit); a successful sign-in gives them back, so only failures count. Buckets live in bounded
 * caches in this process; with several app instances each keeps its own (see README).
 */
@Component
public class LoginThrottle {
    private final LoginProperties.Limit perClient;
    private final LoginProperties.Limit perUsername;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> usernames;

    public LoginThrottle(LoginProperties properties) {
        this.perClient = properties.perClient();
        this.perUsername = properties.perUsername();
        // A bucket untouched for a whole period is full again, so dropping it forgets nothing.
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(perClient.period()).build();
        this.usernames = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(perUsername.period()).build();
    }

    /** Takes one attempt from the client's and the username's bucket, or tells how long to wait. */
    public Optional<Duration> tryAcquire(String client, String username) {
        Bucket byClient = clients.get(clientKey(client), k -> bucket(perClient));
        ConsumptionProbe c = byClient.tryConsumeAndReturnRemaining(1);
        if (!c.isConsumed()) {
            return Optional.of(wait(c));
        }
        Bucket byName = usernames.get(usernameKey(username), k -> bucket(perUsername));
        ConsumptionProbe u = byName.tryConsumeAndReturnRemaining(1);
        if (!u.isConsumed()) {
            byClient.addTokens(1);
            return Optional.of(wait(u));
        }
        return Optional.empty();
    }

    /** A successful sign-in is not a failure: return what it took. */
    public void succeeded(String client, String username) {
        Bucket byClient = clients.getIfPresent(clientKey(client));
        if (byClient != null) {
            byClient.addTokens(1);
        }
        Bucket byName = usernames.getIfPresent(usernameKey(username));
        if (byName != null) {
            byName.addTokens(1);
        }
    }

    private static Bucket bucket(LoginProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.period())
                        .build())
                .build();
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Usernames differ only in case on MySQL's default collation, so they share a bucket. */
    public static String usernameKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** An IPv6 client owns a whole /64, so it is throttled as one. */
    public static String clientKey(String address) {
        if (address != null && address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
                    }
                    return prefix.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address == null ? "" : address;
    }
}
