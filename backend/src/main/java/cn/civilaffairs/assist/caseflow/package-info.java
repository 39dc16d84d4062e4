/**
 * Case flow: the six steps of a case: lead, investigation, recognition, filing, notice, serving; cards, grants, documents.
 * Public API: the types in this package; sub-packages (caseflow.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Case flow",
        allowedDependencies = {"common", "security", "org", "person", "catalogue", "workflow", "notification", "calendar", "audit"})
package cn.civilaffairs.assist.caseflow;

import org.springframework.modulith.ApplicationModule;
