package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.common.ProblemTypes;
import cn.civilaffairs.assist.security.ProblemResponses;
import cn.civilaffairs.assist.security.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {
    public static final String CSRF_COOKIE = "SA-XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-SA-XSRF-TOKEN";
    /** Browser pages that need a signed-in manager: send the browser to the SPA's login page. */
    private static final RequestMatcher ENGINE_WEBAPPS = new AntPathRequestMatcher("/camunda/**");
    private static final RequestMatcher BROWSER_PAGES = new OrRequestMatcher(
            new AntPathRequestMatcher("/camunda/app/**"), new AntPathRequestMatcher("/camunda"),
            new AntPathRequestMatcher("/camunda/"), new AntPathRequestMatcher("/swagger-ui/**"),
            new AntPathRequestMatcher("/swagger-ui.html"));
    /**
     * The app's and Swagger UI's CSP: scripts only from here; 'unsafe-inline' styles because Ant Design
     * and bpmn-js inject style elements at run time; data:/blob: images for icons, QR codes and photo
     * previews. The Camunda webapps send their own CSP, so they get none from here.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /**
     * Deploying over HTTP, on the engine REST API and on the webapps' copy of it: processes come
     * from the classpath (processes/), and a deployed model runs its expressions and scripts inside
     * the app. Refused unless app.engine.rest-deployment-enabled (a developer's machine), then for ADMIN only.
     */
    static final RequestMatcher REST_DEPLOYMENT = new OrRequestMatcher(
            new AntPathRequestMatcher("/engine-rest/**/deployment/create/**"),
            new AntPathRequestMatcher("/engine-rest/**/deployment/*/redeploy/**"),
            new AntPathRequestMatcher("/camunda/api/engine/**/deployment/create/**"),
            new AntPathRequestMatcher("/camunda/api/engine/**/deployment/*/redeploy/**"));
    /** Camunda Admin's first-admin setup: administrators come from the demo data or an existing admin. */
    private static final RequestMatcher ADMIN_SETUP = new AntPathRequestMatcher("/camunda/api/admin/setup/**");

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        // The SPA reads SA-XSRF-TOKEN and echoes it in X-SA-XSRF-TOKEN. Not Angular's default
        // XSRF-TOKEN: Cockpit's Angular would read a cookie of that name at path / and send the
        // app's token where the webapps expect their own (CAMUNDA-XSRF-TOKEN), and fail.
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookiePath("/");
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokenRepository) {
        // New session id and new CSRF token on sign-in, against fixation.
        CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(csrfTokenRepository);
        // Write the fresh token cookie on the login response itself, so the SPA can go on at once.
        csrf.setRequestHandler(new SpaCsrfTokenRequestHandler());
        return new CompositeSessionAuthenticationStrategy(java.util.List.of(
                new ChangeSessionIdAuthenticationStrategy(), csrf));
    }

    @Bean
    AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokenRepository,
            SecurityContextRepository securityContextRepository, ProblemResponses problems,
            @Value("${app.engine.rest-deployment-enabled:false}") boolean restDeploymentEnabled) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "未登录", "请先登录。");
        http
            .securityContext(sc -> sc.securityContextRepository(securityContextRepository))
            .csrf(csrf -> csrf
                .csrfTokenRepository(csrfTokenRepository)
                .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                // The Camunda webapps carry their own CSRF filter with their own cookie.
                .ignoringRequestMatchers(ENGINE_WEBAPPS))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/auth/login", "/api/auth/csrf", "/api/auth/logout").permitAll()
                .requestMatchers("/api/**").hasAnyRole(Role.all())
                .requestMatchers(ADMIN_SETUP).denyAll()
                .requestMatchers(REST_DEPLOYMENT).access(restDeploymentEnabled
                        ? AuthorityAuthorizationManager.hasRole(Role.ADMIN.name())
                        : (authentication, context) -> new AuthorizationDecision(false))
                .requestMatchers("/engine-rest/**", "/camunda/**").hasAnyRole(Role.ENGINE_OPERATORS)
                // "/v3/api-docs/**" does not match "/v3/api-docs.yaml", so that one is named as well.
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
                        "/swagger-ui.html").hasAnyRole(Role.all())
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                // Everything else is the single-page app and its static files.
                .anyRequest().permitAll())
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(loginPage(), BROWSER_PAGES)
                .defaultAuthenticationEntryPointFor(apiEntryPoint, request -> true)
                .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                        HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "无权访问", "您没有执行此操作的权限。")))
            .logout(logout -> logout
                .logoutRequestMatcher(new AntPathRequestMatcher("/api/auth/logout", "POST"))
                .logoutSuccessHandler((request, response, auth) -> response.setStatus(204))
                .deleteCookies("SESSION"))
            .headers(headers -> headers
                .frameOptions(f -> f.sameOrigin())
                // Paths and queries carry case numbers and searched names: send them nowhere else.
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(ENGINE_WEBAPPS),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable());
        return http.build();
    }

    /** Sends the browser to the SPA's sign-in page, which returns to the page asked for. */
    private static AuthenticationEntryPoint loginPage() {
        return (request, response, e) -> {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login?redirect="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        };
    }
}
