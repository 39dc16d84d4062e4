/**
 * Working-day calendar: working days, provisional deadlines, yearly calendar check.
 * Public API: the types in this package; sub-packages (calendar.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Working-day calendar",
        allowedDependencies = {"common", "security", "notification"})
package cn.civilaffairs.assist.calendar;

import org.springframework.modulith.ApplicationModule;
