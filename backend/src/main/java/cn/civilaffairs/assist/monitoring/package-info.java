/**
 * Monitoring centre (监控中心): running instances by step and place, overdue and due-soon tasks, open
 * lapse warnings, incidents, and step durations, read from its own read model (monitoring.internal),
 * which follows the engine's task and history events inside the engine's transaction.
 * Public API: the types in this package; sub-packages (monitoring.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "监控中心",
        allowedDependencies = {"common", "security", "org", "calendar", "workflow", "care", "notification"})
package cn.civilaffairs.assist.monitoring;

import org.springframework.modulith.ApplicationModule;
