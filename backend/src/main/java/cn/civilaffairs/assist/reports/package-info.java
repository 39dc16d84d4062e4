/**
 * Statistics and statutory reports: KPIs per street and village from the domain modules' set-based
 * figures, the progress report to the county (5 June, 5 September, 5 December, processes/progress-report.bpmn)
 * and the annual performance evaluation, as stored .xlsx files.
 * Public API: the types in this package; sub-packages (reports.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "统计报表",
        allowedDependencies = {"common", "security", "org", "notification", "calendar", "caseflow", "care",
                "serviceorder", "referral"})
package cn.civilaffairs.assist.reports;

import org.springframework.modulith.ApplicationModule;
