package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.EngineGroups;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the engine who calls /engine-rest (the user Spring Security signed in), so the engine's
 * authorization checks apply there. Without an authenticated user the engine checks nothing, which
 * is how a manager could write identities and deployments through the REST API.
 */
@Configuration
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter(IdentityService identityService) {
        Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            run(identityService, request, response, chain);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        // After the Spring Security filter chain, so the security context is populated.
        registration.setOrder(101);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private static void run(IdentityService identityService, ServletRequest request, ServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            // Spring Security lets nobody unauthenticated this far; never run the engine anonymously.
            ((jakarta.servlet.http.HttpServletResponse) response).sendError(401);
            return;
        }
        // The REST API finds its engine by name in Camunda's static registry; authenticate on that
        // engine too, should it ever not be this application's (several contexts in one JVM), so a
        // REST call can never run unauthenticated and therefore unchecked.
        ProcessEngine restEngine = ProcessEngines.getDefaultProcessEngine(false);
        IdentityService restIdentity = restEngine == null ? identityService : restEngine.getIdentityService();
        List<String> groups = EngineGroups.of(user);
        identityService.setAuthentication(user.username(), groups);
        restIdentity.setAuthentication(user.username(), groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
            restIdentity.clearAuthentication();
        }
    }
}
