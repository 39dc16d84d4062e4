package cn.civilaffairs.assist.care;

import static cn.civilaffairs.assist.care.CareProcesses.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of the care processes: each reads an id or the business key and calls CareService. */
@Configuration
@EnableConfigurationProperties(CarePolicy.class)
class CareDelegates {

    @Bean
    JavaDelegate recordCareProposalDelegate(CareService care) {
        return ex -> care.recordProposal(ex.getProcessBusinessKey(), ((Number) ex.getVariable(VAR_PROPOSED_LEVEL)).intValue());
    }

    @Bean
    JavaDelegate escalateCareWarningDelegate(CareService care) {
        return ex -> care.escalate(((Number) ex.getVariable(VAR_WARNING_ID)).longValue());
    }

    @Bean
    JavaDelegate applyCareEmergenciesDelegate(CareService care, Clock clock) {
        return ex -> care.applyEmergencies(CarePolicy.today(clock));
    }

    @Bean
    JavaDelegate sweepCareLapsesDelegate(CareService care, Clock clock) {
        return ex -> {
            CareService.SweepChunk chunk = care.sweepLapseChunk(CarePolicy.today(clock));
            Number before = (Number) ex.getVariable(VAR_LAPSES_FOUND);
            ex.setVariable(VAR_LAPSES_FOUND, (before == null ? 0 : before.intValue()) + chunk.raised());
            ex.setVariable(VAR_MORE_LAPSES, chunk.more());
        };
    }

    @Bean
    JavaDelegate startCareWarningsDelegate(CareService care) {
        return ex -> care.startWarningProcesses(((Number) ex.getVariable(VAR_FROM_WARNING_ID)).longValue(),
                ((Number) ex.getVariable(VAR_TO_WARNING_ID)).longValue());
    }

    @Bean
    JavaDelegate sendCareDigestsDelegate(CareDigests digests, Clock clock) {
        return ex -> ex.setVariable("digestsQueued", digests.send(CarePolicy.today(clock)).personal());
    }

    @Bean
    JavaDelegate careProblemOverdueDelegate(CareService care) {
        return ex -> care.problemOverdue(((Number) ex.getVariable(VAR_PROBLEM_ID)).longValue());
    }
}
