package cn.civilaffairs.assist.security.internal;

import cn.civilaffairs.assist.common.ProblemTypes;
import cn.civilaffairs.assist.security.ProblemResponses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;

/**
 * The Camunda webapps' CSRF filter invalidates the HTTP session when a write carries a missing or
 * wrong token. The session is the app's too, so one bad request (a stale tab, a script, an
 * attacker's page) would sign the user out of the app and the webapps. This filter runs just
 * before it, makes the same check (header X-XSRF-TOKEN against the token the webapps keep in the
 * session) and refuses with 403 without touching the session; Camunda's filter then only ever
 * sees good tokens. Spring Security's own CSRF check (the app's API) never ends a session either.
 */
@Configuration
class WebappCsrfGuard {

    @Bean
    FilterRegistrationBean<Filter> webappCsrfGuardFilter(ProblemResponses problems) {
        Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) ->
                check((HttpServletRequest) request, (HttpServletResponse) response, chain, problems);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        // After Spring Security and the SSO filter (101), before the webapps' own filters, which the
        // Camunda starter registers after every FilterRegistrationBean.
        registration.setOrder(102);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    private static void check(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ProblemResponses problems) throws IOException, ServletException {
        if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        if (StringUtils.hasText(header) && expected != null && expected.equals(header)) {
            chain.doFilter(request, response);
            return;
        }
        if (!StringUtils.hasText(header)) {
            // As Camunda's filter does: tells the webapps' frontend to fetch a token and retry.
            response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "无权访问",
                "请求的安全令牌无效，请刷新页面后重试。");
    }
}
