/**
 * Department referral (一门受理、协同办理, seed 001 §五): matters civil affairs cannot meet go to the
 * special-assistance department of the right kind, which accepts or returns them and reports back.
 * Other modules ask for a referral by publishing {@link cn.civilaffairs.assist.department.DepartmentReferralRequested}
 * and hear the end through {@link cn.civilaffairs.assist.department.DepartmentReferralClosed}, so they
 * depend on this module's event types only.
 * Public API: the types in this package; sub-packages (department.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Department referral",
        allowedDependencies = {"common", "security", "org", "person", "workflow", "notification", "calendar", "audit"})
package cn.civilaffairs.assist.department;

import org.springframework.modulith.ApplicationModule;
