/**
 * Demo data: the demo county loaded on the first start when app.demo-data.enabled.
 * Public API: the types in this package; sub-packages (demo.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"common", "security", "org", "person", "catalogue", "caseflow", "serviceorder", "referral", "care", "department", "tempaid", "meeting", "onedoor"})
package cn.civilaffairs.assist.demo;

import org.springframework.modulith.ApplicationModule;
