package cn.civilaffairs.assist.meeting;

import static cn.civilaffairs.assist.meeting.MeetingProcesses.VAR_ITEM_NO;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of processes/agency-referral.bpmn: each reads the item number and calls the service. */
@Configuration
@EnableConfigurationProperties(MeetingPolicy.class)
class MeetingDelegates {

    /** 提醒区民政局: the agency's plan is overdue. */
    @Bean
    JavaDelegate agencyPlanOverdueDelegate(MeetingService service) {
        return ex -> service.remindPlanOverdue((String) ex.getVariable(VAR_ITEM_NO));
    }
}
