package org.onestop.settlement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of style.md, as declared in each package's {@code package-info.java}
 * ({@code @ApplicationModule(allowedDependencies = …)}): no module reaches into another's internal packages (such as
 * its {@code web} adapters), uses a module it does not declare, or takes part in a dependency cycle. {@code common}
 * is open: every module may use all of it. The module documentation in {@code docs/modules/} is written from the same
 * model.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SettlementApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesUseOnlyWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The Documenter writes a diagram's relations in no fixed order; sorted, the committed diagrams change only when
     * the modules do.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = new ArrayList<>(lines.stream().filter(l -> l.startsWith("Rel(")).toList());
        relations.sort(null);
        var sorted = relations.iterator();
        Files.write(diagram, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
    }
}
