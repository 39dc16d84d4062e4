/**
 * Person: people and resident id numbers.
 * Public API: the types in this package; sub-packages (person.internal) are implementation (see docs/modules/).
 */
@ApplicationModule(
        displayName = "Person",
        allowedDependencies = {"common"})
package cn.civilaffairs.assist.person;

import org.springframework.modulith.ApplicationModule;
