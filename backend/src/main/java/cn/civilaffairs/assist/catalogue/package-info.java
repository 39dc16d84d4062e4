/**
 * Service catalogue: service items and service ways.
 * Public API: the types in this package; sub-packages (catalogue.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Service catalogue",
        allowedDependencies = {})
package cn.civilaffairs.assist.catalogue;

import org.springframework.modulith.ApplicationModule;
