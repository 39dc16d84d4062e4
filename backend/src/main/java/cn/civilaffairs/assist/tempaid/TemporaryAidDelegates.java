package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.tempaid.TemporaryAidProcesses.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of processes/temporary-assistance.bpmn: each reads the application number and calls the service. */
@Configuration
@EnableConfigurationProperties(TemporaryAidPolicy.class)
class TemporaryAidDelegates {

    /** 结案: publishes {@link TemporaryAidClosed} (paid or refused). */
    @Bean
    JavaDelegate closeTempAidDelegate(TemporaryAidService aid) {
        return ex -> aid.close((String) ex.getVariable(VAR_APPLICATION_NO));
    }

    /** 逾期督办: a timeline entry and a mail to the district office, once per timer. */
    @Bean
    JavaDelegate tempAidEscalationDelegate(TemporaryAidService aid) {
        return ex -> aid.escalate((String) ex.getVariable(VAR_APPLICATION_NO), (String) ex.getVariable(VAR_OVERDUE_TASK),
                ex.getId());
    }
}
