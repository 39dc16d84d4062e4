/**
 * Charity referral: consents, referral batches, plans, activities and warnings.
 * Public API: the types in this package; sub-packages (referral.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Charity referral",
        allowedDependencies = {"common", "security", "org", "person", "catalogue", "workflow", "notification", "audit", "caseflow"})
package cn.civilaffairs.assist.referral;

import org.springframework.modulith.ApplicationModule;
