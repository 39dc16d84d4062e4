/**
 * Workflow: task inbox, forms and completion over the Camunda engine.
 * Public API: the types in this package; sub-packages (workflow.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Workflow",
        allowedDependencies = {"common", "security", "calendar"})
package cn.civilaffairs.assist.workflow;

import org.springframework.modulith.ApplicationModule;
