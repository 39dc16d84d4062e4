package cn.civilaffairs.assist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.security.internal.EngineIdentityAuthenticationProvider;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in that neither leaks nor can be turned against users: one answer for every failure,
 * throttles per client address and per username, locks that expire and grow, admin unlock, and
 * the engine's password policy on every path that sets a password.
 */
@IntegrationTest
class SignInProtectionTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    private static final String WRONG = "Wrong@2026x";
    /** Each client gets its own address (the test profile trusts X-Forwarded-For from loopback). */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    private ApiClient client() {
        int n = ADDRESSES.incrementAndGet();
        return new ApiClient(port).header("X-Forwarded-For", "10.77." + (n / 250) + "." + (n % 250 + 1));
    }

    private void officer(String id) {
        User user = identityService.newUser(id);
        user.setLastName("登录测试");
        user.setFirstName("");
        user.setPassword(ApiClient.DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, WorkGroups.of(Role.VILLAGE_OFFICER, "360199001003"));
    }

    private UserEntity engineRecord(String id) {
        return (UserEntity) identityService.createUserQuery().userId(id).singleResult();
    }

    /** Seconds the engine has locked the account for, counted from {@code from}. */
    private long lockSeconds(String id, Date from) {
        Date until = engineRecord(id).getLockExpirationTime();
        return until == null ? 0 : (until.getTime() - from.getTime()) / 1000;
    }

    private static Date plusSeconds(Date t, long seconds) {
        return new Date(t.getTime() + seconds * 1000);
    }

    @Test
    void unknownUserWrongPasswordLockedAndRolelessAccountsGetByteIdenticalAnswers() {
        officer("same01");
        User roleless = identityService.newUser("norole01");
        roleless.setLastName("无角色");
        roleless.setPassword(ApiClient.DEMO_PASSWORD);
        identityService.saveUser(roleless);
        Date t = new Date();
        clock.at(t);

        Response unknown = client().login("nobody01", WRONG);
        Response wrong = client().login("same01", WRONG);
        // The failure just before locked same01 for a second (the clock stands still): the right password now fails.
        assertThat(lockSeconds("same01", t)).isEqualTo(1);
        Response locked = client().login("same01", ApiClient.DEMO_PASSWORD);
        Response noRole = client().login("norole01", ApiClient.DEMO_PASSWORD);

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.json().get("type").asText()).endsWith("/bad-credentials");
        assertThat(unknown.json().get("detail").asText()).isEqualTo(EngineIdentityAuthenticationProvider.FAILED);
        for (Response r : List.of(wrong, locked, noRole)) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).isEqualTo(unknown.contentType());
            assertThat(r.body()).isEqualTo(unknown.body());
        }
        // Once the lock has run out the same password signs in.
        clock.at(plusSeconds(t, 2));
        assertThat(client().login("same01", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownUserCostsABcryptCheckLikeAKnownOne() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            officer("timing0" + i);
            known.add("timing0" + i);
        }
        client().login("warmup", WRONG);
        List<Long> unknownNanos = new ArrayList<>();
        List<Long> knownNanos = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            ApiClient a = client();
            a.get("/api/auth/csrf");
            long t0 = System.nanoTime();
            assertThat(a.post("/api/auth/login", Map.of("username", "ghost0" + i, "password", WRONG)).status())
                    .isEqualTo(401);
            unknownNanos.add(System.nanoTime() - t0);
            ApiClient b = client();
            b.get("/api/auth/csrf");
            long t1 = System.nanoTime();
            assertThat(b.post("/api/auth/login", Map.of("username", known.get(i), "password", WRONG)).status())
                    .isEqualTo(401);
            knownNanos.add(System.nanoTime() - t1);
        }
        long unknownMedian = unknownNanos.stream().sorted().toList().get(3) / 1_000_000;
        long knownMedian = knownNanos.stream().sorted().toList().get(3) / 1_000_000;
        System.out.printf("sign-in failure median: unknown user %d ms, known user wrong password %d ms%n",
                unknownMedian, knownMedian);
        // Without the decoy check an unknown user answers in a few ms against ~50+ ms of BCrypt.
        assertThat(unknownMedian).isGreaterThanOrEqualTo(knownMedian / 2);
    }

    @Test
    void failuresAgainstOneUsernameAreThrottledFromAnyAddressWhileOtherNamesStillWork() {
        String name = "throttled01";
        for (int i = 0; i < 10; i++) {
            assertThat(client().login(name, WRONG).status()).isEqualTo(401);
        }
        Response throttled = client().login(name, WRONG);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.isProblem()).isTrue();
        assertThat(throttled.json().get("type").asText()).endsWith("/too-many-attempts");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        // 10 per 15 minutes, refilled evenly: one more try in about 90 s.
        assertThat(retryAfter).isBetween(1L, 90L);
        assertThat(throttled.json().get("retryAfter").asLong()).isEqualTo(retryAfter);
        assertThat(throttled.json().get("detail").asText()).contains(retryAfter + " 秒");

        assertThat(client().login("vo001001", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void failuresFromOneAddressAreThrottledWhileOtherAddressesStillWork() {
        ApiClient one = client();
        // A success gives its token back: it does not count against the address.
        assertThat(one.login("vo001001", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        // 20 failures, plus at most the few tokens that trickle back (one per 15 s) on a slow machine.
        int failures = 0;
        Response r;
        while ((r = one.login("ipthrottle" + failures, WRONG)).status() == 401 && failures < 40) {
            failures++;
        }
        assertThat(r.status()).isEqualTo(429);
        assertThat(failures).isBetween(20, 25);
        Response throttled = one.login("vo001001", ApiClient.DEMO_PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15L);

        assertThat(client().login("vo001001", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        // Without a trusted proxy in front, a forged X-Forwarded-For is not believed (unit-tested in
        // ClientAddressesTest); here loopback is the trusted proxy of the test profile.
    }

    @Test
    void aLockExpiresAndEachFurtherFailureLocksLonger() {
        officer("grow01");
        Date t = new Date();
        clock.at(t);
        assertThat(client().login("grow01", WRONG).status()).isEqualTo(401);
        assertThat(engineRecord("grow01").getAttempts()).isEqualTo(1);
        assertThat(lockSeconds("grow01", t)).isEqualTo(1);

        Date t2 = plusSeconds(t, 2);
        clock.at(t2);
        assertThat(client().login("grow01", WRONG).status()).isEqualTo(401);
        assertThat(lockSeconds("grow01", t2)).isEqualTo(2);
        clock.at(plusSeconds(t2, 1));
        assertThat(client().login("grow01", ApiClient.DEMO_PASSWORD).status()).isEqualTo(401);

        Date t3 = plusSeconds(t2, 3);
        clock.at(t3);
        assertThat(client().login("grow01", WRONG).status()).isEqualTo(401);
        assertThat(lockSeconds("grow01", t3)).isEqualTo(4);
        assertThat(engineRecord("grow01").getAttempts()).isEqualTo(3);

        clock.at(plusSeconds(t3, 5));
        assertThat(client().login("grow01", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(engineRecord("grow01").getAttempts()).isZero();
    }

    @Test
    void theLockGrowsToAnHourAndNoNumberOfTriesLocksForGood() {
        officer("cap01");
        Date t = new Date();
        for (int i = 1; i <= 16; i++) {
            Date at = plusSeconds(t, i * 7200L);
            clock.at(at);
            assertThat(identityService.checkPassword("cap01", WRONG)).isFalse();
            assertThat(lockSeconds("cap01", at)).as("lock after failure %d", i).isEqualTo(Math.min(1L << (i - 1), 3600L));
        }
        assertThat(engineRecord("cap01").getAttempts()).isEqualTo(16);
        clock.at(plusSeconds(t, 17 * 7200L));
        assertThat(identityService.checkPassword("cap01", ApiClient.DEMO_PASSWORD)).isTrue();
    }

    @Test
    void anAdminUnlocksALockedAccountAtOnce() {
        officer("unlock01");
        Date t = new Date();
        clock.at(t);
        assertThat(client().login("unlock01", WRONG).status()).isEqualTo(401);
        assertThat(client().login("unlock01", ApiClient.DEMO_PASSWORD).status()).isEqualTo(401);

        // What Camunda Admin's "unlock" calls.
        ApiClient admin = ApiClient.signedIn(port, "admin");
        assertThat(admin.post("/engine-rest/user/unlock01/unlock", null).status()).isEqualTo(204);
        assertThat(client().login("unlock01", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void weakPasswordsAreRefusedBySaveUserAndByEngineRest() {
        for (String weak : List.of("Ab1!", "abcdefg1!", "ABCDEFG1!", "Abcdefgh!", "Abcdefg12", "Xpwuser01@9")) {
            User user = identityService.newUser("pwuser01");
            user.setLastName("密码测试");
            user.setPassword(weak);
            assertThatThrownBy(() -> identityService.saveUser(user)).as(weak)
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("密码策略");
        }
        assertThat(identityService.createUserQuery().userId("pwuser01").count()).isZero();
        // The demo password meets the policy.
        User ok = identityService.newUser("pwuser01");
        ok.setLastName("密码测试");
        ok.setPassword(ApiClient.DEMO_PASSWORD);
        identityService.saveUser(ok);

        ApiClient admin = ApiClient.signedIn(port, "admin");
        for (String weak : List.of("1", "Restweak01@x")) {
            Response r = admin.post("/engine-rest/user/create", Map.of(
                    "profile", Map.of("id", "restweak01", "firstName", "", "lastName", "弱", "email", "rw@example.cn"),
                    "credentials", Map.of("password", weak)));
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.body()).contains("密码策略");
        }
        assertThat(identityService.createUserQuery().userId("restweak01").count()).isZero();
        assertThat(admin.post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", "reststrong01", "firstName", "", "lastName", "强", "email", "rs@example.cn"),
                "credentials", Map.of("password", "Strong#2026x"))).status()).isEqualTo(204);

        Response weakChange = admin.put("/engine-rest/user/reststrong01/credentials",
                Map.of("password", "short", "authenticatedUserPassword", ApiClient.DEMO_PASSWORD));
        assertThat(weakChange.status()).isEqualTo(400);
        assertThat(weakChange.body()).contains("密码策略");
        // A profile change without a new password is not held to the policy.
        assertThat(admin.put("/engine-rest/user/reststrong01/profile",
                Map.of("id", "reststrong01", "firstName", "", "lastName", "强改", "email", "rs@example.cn")).status())
                .isEqualTo(204);
        assertThat(client().login("reststrong01", "Strong#2026x").status()).isEqualTo(401); // no role: same answer
        assertThat(identityService.checkPassword("reststrong01", "Strong#2026x")).isTrue();
    }
}
