/**
 * Audit: access log of personal data reads.
 * Public API: the types in this package; sub-packages (audit.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"common", "security"})
package cn.civilaffairs.assist.audit;

import org.springframework.modulith.ApplicationModule;
