/**
 * Temporary assistance (临时救助, seed 001 §五): the street office grants first within its delegated
 * amount, the district approves above it; a per-person yearly ledger and a monthly list.
 * Other modules ask for it by publishing {@link cn.civilaffairs.assist.tempaid.TemporaryAidRequested}
 * and hear the decision through {@link cn.civilaffairs.assist.tempaid.TemporaryAidClosed}.
 * Public API: the types in this package; sub-packages (tempaid.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Temporary assistance",
        allowedDependencies = {"common", "security", "org", "person", "workflow", "notification", "calendar", "audit"})
package cn.civilaffairs.assist.tempaid;

import org.springframework.modulith.ApplicationModule;
