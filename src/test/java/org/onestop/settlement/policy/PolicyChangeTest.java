package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;

/**
 * A version read again with changed leaves: the same readers and validation as a file, the citation of a changed
 * leaf kept, the catalogue itself untouched; a path that names no value, and a value the data refuses, named.
 */
class PolicyChangeTest {

    private final PolicyCatalogue catalogue = BundledPolicies.catalogue();

    private PolicyVersion zibo() {
        return catalogue.require(RegionCode.ZIBO, LocalDate.of(2024, 1, 1));
    }

    private PolicyVersion lanzhou() {
        return catalogue.require(RegionCode.LANZHOU, LocalDate.of(2024, 1, 1));
    }

    @Test
    void aChangedRateIsReadWithItsCitationAndTheCatalogueKeepsItsOwn() {
        PolicyVersion changed = catalogue.changed(zibo(),
                List.of(new PolicyChange("assistance.schemes[0].programs[0].rate", new BigDecimal("0.80"))));
        Assistance.Program program = changed.assistance().schemes().get(0).programs().get(0);
        assertThat(program.rate().value()).isEqualByComparingTo("0.80");
        // the leaf inherits the scheme's citation (004 四(六)); only its value changed
        assertThat(program.rate().citation()).isEqualTo(zibo().assistance().schemes().get(0).programs().get(0)
                .rate().citation());
        assertThat(zibo().assistance().schemes().get(0).programs().get(0).rate().value()).isEqualByComparingTo("0.75");
        assertThat(changed.version()).isEqualTo(zibo().version());
        assertThat(changed.sha256()).isNotEqualTo(zibo().sha256());
    }

    @Test
    void aCitedLeafKeepsItsCitationWhenItsValueChanges() {
        // Lanzhou's 因病致贫 threshold is written plainly (5000); the Zibo one as {value: 11250, citation, illustrative}
        PolicyVersion lanzhou = catalogue.changed(lanzhou(),
                List.of(new PolicyChange("assistance.schemes[6].threshold", new BigDecimal("3000"))));
        assertThat(lanzhou.assistance().schemes().get(6).threshold().value()).isEqualTo(Money.of("3000.00"));
        PolicyVersion zibo = catalogue.changed(zibo(),
                List.of(new PolicyChange("assistance.schemes[2].threshold", new BigDecimal("9000.00"))));
        Cited<Money> threshold = zibo.assistance().schemes().get(2).threshold();
        assertThat(threshold.value()).isEqualTo(Money.of("9000.00"));
        assertThat(threshold.illustrative()).isTrue();
        assertThat(threshold.citation()).contains("四(七)");
    }

    @Test
    void aTiltWithoutCapIsWrittenAsNull() {
        PolicyVersion changed = catalogue.changed(zibo(), List.of(new PolicyChange("assistance.schemes[0].tilt.cap",
                null)));
        assertThat(changed.assistance().schemes().get(0).tilt().cap().value()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "assistance.schemes[9].threshold | no such parameter in ZIBO-2023-01-01",
        "assistance.schemes[0].thresold | no such parameter in ZIBO-2023-01-01",
        "assistance.schemes[0].pools | names a group of parameters, not one value",
        "assistance.schemes | names a list of parameters, not one value",
        "assistance.schemes[0].programs[0].rate.citation | 'citation' describes a value: name the parameter itself",
        "version | only the parameters of the sections [basicInsurance, majorIllness, assistance, diseases, side] may change",
        "assistance..schemes | is not a path: keys joined by '.', list items as [n], e.g. assistance.schemes[0].programs[0].rate"})
    void aPathThatNamesNoValueIsRefusedByItsPath(String path, String message) {
        PolicyChangeRejected rejected = catchThrowableOfType(PolicyChangeRejected.class,
                () -> catalogue.changed(zibo(), List.of(new PolicyChange(path, BigDecimal.ONE))));
        assertThat(rejected.problems()).containsExactly(new PolicyChangeRejected.Problem(0, path, message, false));
    }

    @Test
    void aValueTheDataRefusesIsNamedByTheChangeAndItsPath() {
        List<PolicyChange> changes = List.of(
                new PolicyChange("assistance.schemes[0].threshold", new BigDecimal("0")),
                new PolicyChange("assistance.schemes[0].programs[0].rate", new BigDecimal("1.5")),
                new PolicyChange("assistance.schemes[1].threshold", new BigDecimal("-1")),
                new PolicyChange("assistance.schemes[1].mode", "SOMETIMES"));
        PolicyChangeRejected rejected = catchThrowableOfType(PolicyChangeRejected.class,
                () -> catalogue.changed(zibo(), changes));
        assertThat(rejected.problems()).containsExactlyInAnyOrder(
                new PolicyChangeRejected.Problem(1, "assistance.schemes[0].programs[0].rate", "1.5 is outside 0..1",
                        true),
                new PolicyChangeRejected.Problem(2, "assistance.schemes[1].threshold", "-1 is negative", true),
                new PolicyChangeRejected.Problem(3, "assistance.schemes[1].mode", "unknown Mode 'SOMETIMES'", true));
    }
}
