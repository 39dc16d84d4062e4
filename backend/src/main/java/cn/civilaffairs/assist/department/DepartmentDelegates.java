package cn.civilaffairs.assist.department;

import static cn.civilaffairs.assist.department.DepartmentProcesses.VAR_REFERRAL_ID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks of department-referral.bpmn: each reads the referral id and calls DepartmentService. */
@Configuration
class DepartmentDelegates {

    @Bean
    JavaDelegate departmentReferralOverdueDelegate(DepartmentService departments) {
        return ex -> departments.overdue(((Number) ex.getVariable(VAR_REFERRAL_ID)).longValue());
    }
}
