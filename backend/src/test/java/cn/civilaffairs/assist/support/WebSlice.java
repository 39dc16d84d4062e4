package cn.civilaffairs.assist.support;

import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.ProblemDetailsAdvice;
import cn.civilaffairs.assist.common.StrictJson;
import cn.civilaffairs.assist.referral.ConsentService;
import cn.civilaffairs.assist.referral.PlanService;
import cn.civilaffairs.assist.referral.ReferralQueries;
import cn.civilaffairs.assist.referral.ReferralService;
import cn.civilaffairs.assist.security.ClientAddresses;
import cn.civilaffairs.assist.security.internal.EngineIdentityAuthenticationProvider;
import cn.civilaffairs.assist.security.ProblemResponses;
import cn.civilaffairs.assist.security.internal.SecurityConfig;
import cn.civilaffairs.assist.serviceorder.ContractService;
import cn.civilaffairs.assist.serviceorder.DeliveryService;
import cn.civilaffairs.assist.serviceorder.NeighbourAidService;
import cn.civilaffairs.assist.serviceorder.ServiceOrderService;
import cn.civilaffairs.assist.serviceorder.ServiceQueries;
import cn.civilaffairs.assist.serviceorder.SpotCheckService;
import cn.civilaffairs.assist.serviceorder.StatementService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer alone, in seconds: three controllers (services, referrals, the access log) behind the
 * real {@link SecurityConfig} (URL rules, CSRF, method security), the real strict JSON binding
 * ({@link StrictJson}) and the real {@link ProblemDetailsAdvice}; no database, no engine. For the rules
 * that answer before a controller method runs: 401 (not signed in), 403 (wrong role, no CSRF token) and
 * 400 (unreadable body, wrong type, failed bean validation). The services behind the controllers are
 * Mockito mocks only because those answers never reach them; each test asserts exactly that
 * ({@code verifyNoInteractions}). What a service decides is tested on the whole application
 * ({@link IntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = {".*\\.ServiceController", ".*\\.ReferralController", ".*\\.AccessLogController"}))
@Import({SecurityConfig.class, ProblemResponses.class, ProblemDetailsAdvice.class, StrictJson.class, UploadCheck.class})
@MockitoBean(types = {EngineIdentityAuthenticationProvider.class, ClientAddresses.class, FileStorage.class,
    ServiceQueries.class, ServiceOrderService.class, DeliveryService.class, ContractService.class,
    SpotCheckService.class, StatementService.class, NeighbourAidService.class,
    ReferralQueries.class, ReferralService.class, ConsentService.class, PlanService.class,
    AccessLog.class, JdbcTemplate.class})
@ActiveProfiles("test")
public @interface WebSlice {
    /** The mocked services, for {@code verifyNoInteractions}. */
    Class<?>[] SERVICES = {EngineIdentityAuthenticationProvider.class, ClientAddresses.class, FileStorage.class,
        ServiceQueries.class, ServiceOrderService.class, DeliveryService.class, ContractService.class,
        SpotCheckService.class, StatementService.class, NeighbourAidService.class,
        ReferralQueries.class, ReferralService.class, ConsentService.class, PlanService.class,
        AccessLog.class, JdbcTemplate.class};
}
