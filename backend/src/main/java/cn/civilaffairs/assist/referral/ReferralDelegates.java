package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.referral.ReferralProcesses.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of processes/charity-referral.bpmn: each reads the batch number, calls a service, writes back primitives. */
@Configuration
@EnableConfigurationProperties(ReferralPolicy.class)
class ReferralDelegates {

    /** 安排进展检查: after agreement, the first moment a person could become stale. */
    @Bean
    JavaDelegate scheduleReferralCheckDelegate(ReferralMonitor monitor) {
        return ex -> ex.setVariable(VAR_STALE_CHECK_AT, monitor.nextCheck((String) ex.getVariable(VAR_BATCH_NO)));
    }

    /** 检查停滞转介: warnings for stale persons; the district task when none is open yet; the next check. */
    @Bean
    JavaDelegate checkStaleReferralsDelegate(ReferralMonitor monitor) {
        return ex -> {
            var result = monitor.check((String) ex.getVariable(VAR_BATCH_NO));
            ex.setVariable(VAR_NEEDS_SUPERVISION, result.needsSupervision());
            ex.setVariable(VAR_STALE_CHECK_AT, result.nextCheck());
            ex.setVariable("staleWarningsRaised", result.raised());
        };
    }
}
