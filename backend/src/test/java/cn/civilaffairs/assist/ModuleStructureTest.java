package cn.civilaffairs.assist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Every top-level package is a Spring Modulith module: modules depend on each other without
 * cycles, only on the modules their package-info allows, and only through the types at a module's
 * root (sub-packages are internal). Also writes the module documentation committed in docs/modules/
 * (C4 component diagrams in PlantUML, one per module and one for all, and a canvas per module).
 */
class ModuleStructureTest {
    /** Relative to the backend module, where Maven runs the tests. */
    static final String DOCS = "../docs/modules";

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesDependOnlyOnAllowedModulesThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Options.defaults().withOutputFolder(DOCS)).writeDocumentation();
    }
}
