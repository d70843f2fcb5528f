package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;

/** Major-disease matching against the bundled lists (policies.md §5). */
class DiseaseCatalogueTest {

    @ParameterizedTest(name = "{0} {1} age {2} {3} {4} → {5}")
    @CsvSource(textBlock = """
            # stroke I60–I64 is on Wuhai's list (003 三(二)3(1)) but not among Liaoning's eight (002 二(二)3)
            WUHAI,    I63.9, 70, MALE,   INPATIENT,          STROKE
            LIAONING, I63.9, 70, MALE,   INPATIENT,          ''
            # leukaemia C91–C95: Liaoning only under 18; Wuhai any age (also a malignant tumour C00–C97)
            LIAONING, C91.0, 17, MALE,   INPATIENT,          LEUKAEMIA
            LIAONING, C91.0, 18, MALE,   INPATIENT,          ''
            WUHAI,    C91.0, 40, MALE,   INPATIENT,          MALIGNANT_TUMOUR LEUKAEMIA
            # breast cancer C50: Liaoning women only
            LIAONING, C50.9, 50, FEMALE, INPATIENT,          BREAST_CANCER
            LIAONING, C50.9, 50, MALE,   INPATIENT,          ''
            # Wuhai outpatient list: cancer (lung C34), dialysis (N18.5), transfusion, anti-rejection; not stroke
            WUHAI,    C34.1, 60, MALE,   OUTPATIENT_CHRONIC, MALIGNANT_TUMOUR
            WUHAI,    N18.5, 60, MALE,   OUTPATIENT_CHRONIC, END_STAGE_RENAL_DISEASE
            WUHAI,    I63.9, 60, MALE,   OUTPATIENT_CHRONIC, ''
            WUHAI,    E11.9, 60, MALE,   OUTPATIENT_CHRONIC, ''
            # children's congenital heart disease Q20–Q26 under 18; N18.4 is not end-stage (N18.5, N18.0 only)
            WUHAI,    Q21.0, 10, FEMALE, INPATIENT,          CHILD_CONGENITAL_HEART_DISEASE
            WUHAI,    Q21.0, 30, FEMALE, INPATIENT,          ''
            WUHAI,    N18.4, 60, MALE,   INPATIENT,          ''
            # codes compare without the dot and case-insensitively; the hospital may name the disease code itself
            WUHAI,    i639,  70, MALE,   INPATIENT,          STROKE
            WUHAI,    STROKE, 70, MALE,  INPATIENT,          STROKE
            # a named disease still meets its conditions: breast cancer is Liaoning's for women only
            LIAONING, BREAST_CANCER, 50, MALE, INPATIENT,    ''
            """)
    void matches(RegionCode region, String code, int age, Sex sex, EncounterType type, String expected) {
        DiseaseCatalogue diseases = BundledPolicies.catalogue().require(region, LocalDate.of(2024, 6, 1)).diseases();
        List<String> matched = diseases.match(List.of(code), age, sex, type).stream()
                .map(m -> m.disease().code()).toList();
        assertThat(matched).containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
    }
}
