package org.onestop.settlement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link ModularityTest} cannot express: the pure parts stay free of frameworks.
 * <ul>
 *   <li>{@code calculation} is pure Java: it depends on no Spring, JPA, Hibernate or Jackson (2 or 3) type.
 *   <li>The domain types directly in {@code common} (Money, RegionCode, PersonId, problem types, ...) are plain Java
 *       too; only its subpackages {@code common.web} and {@code common.db}, which hold the Spring wiring for HTTP
 *       errors, OpenAPI and the database, may use frameworks.
 *   <li>{@code calculation} may use the {@code ledger} module (declared), but only its plain value types.
 * </ul>
 * Which module may use which is declared in each {@code package-info.java} and verified by {@link ModularityTest}.
 */
class ArchitectureTest {

    private static final String ROOT = "org.onestop.settlement";
    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.fasterxml.jackson..",
        "tools.jackson.."
    };

    /** A package's {@code @ApplicationModule} declaration: metadata for the module check, not code of the package. */
    private static final String MODULE_DECLARATION = "package-info";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void calculationIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage(ROOT + ".calculation..").and().doNotHaveSimpleName(MODULE_DECLARATION)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the calculation engine is pure Java (style.md)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commonDomainTypesAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage(ROOT + ".common").and().doNotHaveSimpleName(MODULE_DECLARATION)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the shared domain types are plain Java; framework wiring lives in common.web and common.db")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void calculationUsesOnlyTheLedgersValueTypes() {
        noClasses().that().resideInAPackage(ROOT + ".calculation..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ledger.*..")
                .orShould().dependOnClassesThat().haveSimpleName("LedgerStore")
                .orShould().dependOnClassesThat().haveSimpleName("LedgerService")
                .because("the engine reads the ledger's plain value types (Bucket, LedgerBalances, QuotaCaps), never its"
                        + " storage or its web adapter")
                .check(classes);
    }
}
