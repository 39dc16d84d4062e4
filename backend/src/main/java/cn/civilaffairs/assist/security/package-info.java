/**
 * Security: login, roles, work groups, engine identity and authorisation.
 * Public API: the types in this package; sub-packages (security.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"common", "org"})
package cn.civilaffairs.assist.security;

import org.springframework.modulith.ApplicationModule;
