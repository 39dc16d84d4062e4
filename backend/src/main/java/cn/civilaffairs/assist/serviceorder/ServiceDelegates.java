package cn.civilaffairs.assist.serviceorder;

import static cn.civilaffairs.assist.serviceorder.ServiceProcesses.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of the purchased-service processes: each reads an id, calls a service, writes back a primitive. */
@Configuration
@EnableConfigurationProperties(ServicePolicy.class)
class ServiceDelegates {

    @Bean
    JavaDelegate createServiceOrderDelegate(ServiceOrderService orders, ServicePolicy policy) {
        return ex -> {
            var created = orders.create(((Number) ex.getVariable(VAR_GRANT_ID)).longValue(),
                    (String) ex.getVariable(VAR_STREET_CODE), ex.getProcessInstanceId());
            ex.setVariable(VAR_ORDER_NO, created.orderNo());
            ex.setVariable(VAR_VILLAGE_CODE, created.villageCode());
            ex.setVariable(VAR_CARD_EXPIRES_AT, created.cardExpiresAt());
            ex.setVariable(VAR_RESPOND_WITHIN, policy.respondWithin());
        };
    }

    @Bean
    JavaDelegate offerServiceOrderDelegate(ServiceOrderService orders) {
        return ex -> {
            String chosen = (String) ex.getVariable(VAR_CHOSEN_PROVIDER);
            var provider = orders.offer((String) ex.getVariable(VAR_ORDER_NO), chosen);
            ex.removeVariable(VAR_CHOSEN_PROVIDER);
            ex.setVariable(VAR_PROVIDER_FOUND, provider.isPresent());
            ex.setVariable(VAR_PROVIDER_CODE, provider.orElse(null));
        };
    }

    @Bean
    JavaDelegate serviceOrderTimedOutDelegate(ServiceOrderService orders) {
        return ex -> orders.timedOut((String) ex.getVariable(VAR_ORDER_NO));
    }

    @Bean
    JavaDelegate expireServiceOrderDelegate(ServiceOrderService orders) {
        return ex -> orders.expire((String) ex.getVariable(VAR_ORDER_NO));
    }

    /**
     * Daily: draw last month's spot checks (only the first run of a month finds anything to draw,
     * so a day the server was down is caught up the next day); near month end check the standards.
     */
    @Bean
    JavaDelegate serviceDailyChecksDelegate(SpotCheckService spotChecks, StandardsService standards, Clock clock) {
        return ex -> {
            LocalDate today = LocalDate.now(clock.withZone(ServiceOrderService.SHANGHAI));
            int drawn = spotChecks.draw(YearMonth.from(today).minusMonths(1));
            ex.setVariable("spotChecksDrawn", drawn);
            ex.setVariable("standardWarnings", standards.check(today));
        };
    }
}
