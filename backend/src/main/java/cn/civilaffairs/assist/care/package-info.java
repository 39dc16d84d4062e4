/**
 * Care monitoring: care levels, responsible cadres, visits, lapse warnings, problems.
 * Public API: the types in this package; sub-packages (care.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Care monitoring",
        allowedDependencies = {"common", "security", "org", "person", "workflow", "notification", "calendar", "audit", "department"})
package cn.civilaffairs.assist.care;

import org.springframework.modulith.ApplicationModule;
