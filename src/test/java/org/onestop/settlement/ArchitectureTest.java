package org.onestop.settlement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the package layout of style.md.
 * <ul>
 *   <li>{@code calculation} is pure Java: it depends on no Spring, JPA, Hibernate or Jackson (2 or 3) type.
 *   <li>{@code common} and all its subpackages depend on none of the capability packages ({@code policy},
 *       {@code calculation}, {@code person}, {@code ledger}, {@code settlement}): everything may use common, common
 *       uses nothing of theirs.
 *   <li>The domain types directly in {@code common} (Money, RegionCode, problem types, ...) are plain Java too; only
 *       its subpackages {@code common.web} and {@code common.db}, which hold the Spring wiring for HTTP errors,
 *       OpenAPI and the database, may use frameworks.
 *   <li>{@code policy}, {@code person}, {@code ledger} and {@code security} use only {@code common} of the other
 *       packages;
 *       {@code calculation} uses only {@code common}, {@code policy}'s plain value types and the ledger's plain
 *       value types ({@code Bucket}, {@code LedgerBalances}, {@code QuotaCaps}) in {@code ledger} itself.
 * </ul>
 */
class ArchitectureTest {

    private static final String ROOT = "org.onestop.settlement";
    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.fasterxml.jackson..",
        "tools.jackson.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void calculationIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage(ROOT + ".calculation..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the calculation engine is pure Java (style.md)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commonDependsOnNoCapability() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".policy..", ROOT + ".calculation..", ROOT + ".person..", ROOT + ".ledger..",
                        ROOT + ".security..", ROOT + ".settlement..")
                .because("common is used by every capability and uses none of them (style.md)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commonDomainTypesAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage(ROOT + ".common")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the shared domain types are plain Java; framework wiring lives in common.web and common.db")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void capabilitiesUseOnlyWhatStyleAllows() {
        for (String capability : new String[] {"policy", "person", "ledger", "security"}) {
            noClasses().that().resideInAPackage(ROOT + "." + capability + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others(capability, "common"))
                    .because(capability + " may use common only (style.md)")
                    .check(classes);
        }
        noClasses().that().resideInAPackage(ROOT + ".calculation..")
                .should().dependOnClassesThat().resideInAnyPackage(others("calculation", "common", "policy", "ledger"))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".ledger.*..")
                .orShould().dependOnClassesThat().haveSimpleName("LedgerStore")
                .because("the engine may use common, policy's and the ledger's value types only (style.md)")
                .check(classes);
    }

    /** The capability packages other than {@code allowed}. */
    private static String[] others(String... allowed) {
        List<String> all = new ArrayList<>(
                List.of("policy", "calculation", "person", "ledger", "security", "settlement"));
        all.removeAll(List.of(allowed));
        return all.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    }
}
