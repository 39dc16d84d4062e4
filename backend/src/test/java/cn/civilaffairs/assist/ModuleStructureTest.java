package cn.civilaffairs.assist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Options.defaults().withOutputFolder(DOCS)).writeDocumentation();
        // The Documenter lists relations in no fixed order; sorted, an unchanged structure leaves the files unchanged.
        try (Stream<Path> files = Files.list(Path.of(DOCS))) {
            for (Path puml : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(puml, sortedRelations(Files.readAllLines(puml, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static List<String> sortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> rels = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                rels.add(line);
                continue;
            }
            rels.sort(null);
            out.addAll(rels);
            rels.clear();
            out.add(line);
        }
        rels.sort(null);
        out.addAll(rels);
        return out;
    }
}
