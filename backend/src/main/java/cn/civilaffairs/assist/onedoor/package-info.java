/**
 * One door (一门受理、协同办理, seed 001 §五): the village or street takes in any hardship of a resident, the
 * routing rules (processes/one-door-routing.dmn) propose routes — 低保/特困 application, a special-assistance
 * department, emergency management, temporary assistance, the service-type case — the street office confirms them,
 * each is raised and its outcome comes back on the intake and the person's page.
 * Public API: the types in this package; sub-packages (onedoor.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "One door",
        allowedDependencies = {"common", "security", "org", "person", "workflow", "calendar", "audit", "notification",
                "caseflow", "department", "tempaid", "care"})
package cn.civilaffairs.assist.onedoor;

import org.springframework.modulith.ApplicationModule;
