/**
 * Recognition: the district's monthly list of newly recognised 低保 and 特困 people (seed 002 §五.5,
 * "每月新认定的…跟进纳入"), imported from Excel; people not yet known become leads for their village officer.
 * Public API: the types in this package; sub-packages (recognition.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Recognition import",
        allowedDependencies = {"common", "security", "org", "person", "caseflow"})
package cn.civilaffairs.assist.recognition;

import org.springframework.modulith.ApplicationModule;
