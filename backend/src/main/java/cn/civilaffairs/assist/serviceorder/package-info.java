/**
 * Purchased services: service orders, deliveries, spot checks, standards, statements, neighbour aid.
 * Public API: the types in this package; sub-packages (serviceorder.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Purchased services",
        allowedDependencies = {"common", "security", "org", "person", "catalogue", "workflow", "notification", "audit", "caseflow"})
package cn.civilaffairs.assist.serviceorder;

import org.springframework.modulith.ApplicationModule;
