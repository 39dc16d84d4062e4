/**
 * Common: shared building blocks: errors, text, sequences, file storage, JSON and time config.
 * Public API: the types in this package; sub-packages (common.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Common",
        allowedDependencies = {},
        type = ApplicationModule.Type.OPEN)
package cn.civilaffairs.assist.common;

import org.springframework.modulith.ApplicationModule;
