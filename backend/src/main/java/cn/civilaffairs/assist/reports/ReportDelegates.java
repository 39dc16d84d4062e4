package cn.civilaffairs.assist.reports;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of processes/progress-report.bpmn. */
@Configuration
class ReportDelegates {

    @Bean
    JavaDelegate progressReportDelegate(ReportService reports) {
        return ex -> ex.setVariable(ProgressReportProcess.VAR_REPORTS_PRODUCED,
                reports.runStatutory(reports.today()).size());
    }
}
