package cn.civilaffairs.assist.security;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.common.ProblemDetailsAdvice;
import cn.civilaffairs.assist.common.ProblemTypes;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.internal.EngineIdentityAuthenticationProvider;
import cn.civilaffairs.assist.security.internal.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "登录、退出与当前用户")
class AuthController {
    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository securityContextRepository;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final ProblemResponses problems;
    private final LoginThrottle throttle;
    private final ClientAddresses clientAddresses;

    AuthController(AuthenticationManager authenticationManager, SecurityContextRepository securityContextRepository,
            SessionAuthenticationStrategy sessionStrategy, ProblemResponses problems, LoginThrottle throttle,
            ClientAddresses clientAddresses) {
        this.throttle = throttle;
        this.clientAddresses = clientAddresses;
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        this.sessionStrategy = sessionStrategy;
        this.problems = problems;
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {}

    record CurrentUserResponse(String username, String displayName, @MayBeNull String email, List<String> roles,
            String orgCode, String orgName, OrgLevel orgLevel) {
        static CurrentUserResponse of(CurrentUser u) {
            return new CurrentUserResponse(u.username(), u.displayName(), u.email(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.orgCode(), u.orgName(), u.orgLevel());
        }
    }

    @Operation(summary = "Issue the CSRF cookie (SA-XSRF-TOKEN) the SPA echoes on writes")
    @GetMapping("/csrf")
    ResponseEntity<Void> csrf(CsrfToken token) {
        token.getToken();
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Sign in with username and password; starts a session. Every failure answers the same 401;"
            + " too many failures from one client or against one username answer 429 with Retry-After")
    @PostMapping("/login")
    ResponseEntity<CurrentUserResponse> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String client = clientAddresses.of(request);
        Optional<Duration> wait = throttle.tryAcquire(client, body.username());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            log.warn("Sign-in throttled for user {} from {}: retry in {} s", body.username(), client, seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.TOO_MANY_REQUESTS,
                    ProblemTypes.TOO_MANY_ATTEMPTS, "尝试次数过多", "登录尝试过于频繁，请 %d 秒后再试。".formatted(seconds));
            problem.setProperty("retryAfter", seconds);
            problems.write(request, response, problem);
            return null;
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
        } catch (AuthenticationException e) {
            // The log keeps the reason (unknown, wrong, locked, no role); the answer never tells them apart.
            log.info("Failed sign-in for user {} from {}: {}", body.username(), client, e.getClass().getSimpleName());
            problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.BAD_CREDENTIALS, "登录失败",
                    EngineIdentityAuthenticationProvider.FAILED);
            return null;
        }
        throttle.succeeded(client, body.username());
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
        log.info("User {} signed in from {}", ((CurrentUser) authentication.getPrincipal()).username(), client);
        return ResponseEntity.ok(CurrentUserResponse.of((CurrentUser) authentication.getPrincipal()));
    }

    @Operation(summary = "The signed-in user, or 401")
    @GetMapping("/me")
    CurrentUserResponse me() {
        return CurrentUserResponse.of(CurrentUsers.require());
    }
}
