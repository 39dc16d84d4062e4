package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.EngineGroups;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into Cockpit, Tasklist and Admin: the webapps take the user that Spring Security
 * already signed in (same session), instead of showing a second login.
 */
@Configuration
class EngineWebappSso {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        // After the Spring Security filter chain, so the security context is populated.
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    /** Instantiated by the Camunda filter by class name. */
    public static class SpringSecurityUser extends ContainerBasedAuthenticationProvider {
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(user.username());
            result.setGroups(EngineGroups.of(user));
            return result;
        }
    }
}
