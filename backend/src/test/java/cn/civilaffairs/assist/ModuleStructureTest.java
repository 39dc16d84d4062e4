package cn.civilaffairs.assist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Domain packages depend on each other without cycles, only through their public services. */
class ModuleStructureTest {
    @Test
    void packagesFormAnAcyclicModuleGraph() {
        ApplicationModules.of(Application.class).verify();
    }
}
