/**
 * Organisation: the district / street / village tree.
 * Public API: the types in this package; sub-packages (org.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Organisation",
        allowedDependencies = {"common"})
package cn.civilaffairs.assist.org;

import org.springframework.modulith.ApplicationModule;
