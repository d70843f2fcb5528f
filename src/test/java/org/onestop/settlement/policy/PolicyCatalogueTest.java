package org.onestop.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;

/** The bundled policy files load, carry the spec's values with their articles, and bad files are refused by path. */
class PolicyCatalogueTest {

    private final PolicyCatalogue catalogue = BundledPolicies.catalogue();

    @Test
    void everyRegionHasItsVersionInForceFromTheDocumentsDate() {
        // policies.md §3 and shared/seeds/README.md: Lanzhou 2022-09-01 for five years, Zibo 2023-01-01,
        // Wuhai 2021-01-01, Liaoning 2015-01-01.
        assertThat(catalogue.regions()).containsExactlyInAnyOrder(RegionCode.values());
        assertThat(version(RegionCode.LANZHOU).effectiveFrom()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(version(RegionCode.LANZHOU).effectiveTo()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(version(RegionCode.ZIBO).effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(version(RegionCode.WUHAI).effectiveFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(version(RegionCode.LIAONING).effectiveFrom()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(version(RegionCode.ZIBO).document().number()).isEqualTo("淄政办发〔2022〕11号");
        assertThat(version(RegionCode.ZIBO).sha256()).hasSize(64);
    }

    @Test
    void noVersionInForceBeforeTheFirstOrAfterTheLast() {
        assertThat(catalogue.inForce(RegionCode.ZIBO, LocalDate.of(2022, 12, 31))).isEmpty();
        assertThat(catalogue.inForce(RegionCode.LANZHOU, LocalDate.of(2027, 8, 31))).isPresent();
        assertThat(catalogue.inForce(RegionCode.LANZHOU, LocalDate.of(2027, 9, 1))).isEmpty();
        assertThatThrownBy(() -> catalogue.require(RegionCode.ZIBO, LocalDate.of(2022, 12, 31)))
                .isInstanceOf(PolicyNotInForceException.class)
                .hasMessageContaining("ZIBO-2023-01-01 (2023-01-01 to open)");
    }

    @Test
    void ziboAssistanceTiersAsArticleFourSixAndSeven() {
        // 004 四(六): 特困/低保/返贫致贫 75%, cap 30000, re-assistance above 5000 at 70% capped 20000;
        // 低保边缘/监测 threshold 3000, 50%, cap 20000; 四(七): 因病致贫 60%, threshold 25% × 45000 = 11250 (illustrative).
        List<Assistance.Scheme> schemes = version(RegionCode.ZIBO).assistance().schemes();
        Assistance.Scheme first = schemes.get(0);
        assertThat(first.programs().get(0).rate().value()).isEqualByComparingTo("0.75");
        assertThat(first.programs().get(0).rate().citation()).contains("四(六)");
        assertThat(first.programs().get(0).rate().illustrative()).isFalse();
        assertThat(first.pools().get("ASSIST").value()).isEqualTo(Money.of(30000));
        assertThat(first.tilt().threshold().value()).isEqualTo(Money.of(5000));
        assertThat(first.tilt().cap().value()).isEqualTo(Money.of(20000));
        assertThat(schemes.get(1).threshold().value()).isEqualTo(Money.of(3000));
        Assistance.Scheme third = schemes.get(2);
        assertThat(third.mode()).isEqualTo(Assistance.Mode.APPLICATION);
        assertThat(third.threshold().value()).isEqualTo(Money.of(11250));
        assertThat(third.threshold().illustrative()).isTrue();
        assertThat(third.threshold().citation()).contains("四(七)");
        assertThat(third.retroactive().fromMonthStart()).isTrue();
        // 四(七): 一次身份认定享受一个医疗年度救助待遇和救助限额，一个年度内不得重复申请.
        assertThat(third.retroactive().oneApprovalPerYear().value()).isTrue();
        assertThat(third.retroactive().oneApprovalPerYear().citation()).contains("不得重复申请");
    }

    @Test
    void afterCareAndTheNonDesignatedExclusionAsTheirDocumentsSay() {
        // 001 第十五条(一)(二) and 002 二(五)2 provide after-care assistance; 004 and 003 have no such clause.
        assertThat(version(RegionCode.LANZHOU).assistance().afterCare().citation())
                .contains("第十五条(一)(二)", "医后救助");
        assertThat(version(RegionCode.LIAONING).assistance().afterCare().citation())
                .contains("二(五)2", "治疗结束后");
        assertThat(version(RegionCode.ZIBO).assistance().afterCare()).isNull();
        assertThat(version(RegionCode.WUHAI).assistance().afterCare()).isNull();
        // 002 二(五)1: 违规到非定点医院就医的，不给予医疗救助; without a clause of its own, the emergency one.
        assertThat(version(RegionCode.LIAONING).assistance().nonDesignatedExcluded().citation()).contains("违规");
        assertThat(version(RegionCode.LANZHOU).assistance().nonDesignatedExcluded().citation())
                .contains("第十五条(三)");
        // 001 第十四条(二): 可追溯至申请之日前12个月内, by the day; one approval per year is Zibo's only.
        Assistance.Retroactive lanzhou = version(RegionCode.LANZHOU).assistance().schemes().stream()
                .filter(scheme -> scheme.code().equals("ILLNESS_IMPOVERISHED")).findFirst().orElseThrow()
                .retroactive();
        assertThat(lanzhou.months().value()).isEqualTo(12);
        assertThat(lanzhou.fromMonthStart()).isFalse();
        assertThat(lanzhou.oneApprovalPerYear().value()).isFalse();
        assertThat(lanzhou.months().citation()).contains("可追溯至申请之日前12个月内");
    }

    @Test
    void lanzhouNestedCapsAndTiltAsArticleFourteen() {
        // 001 第十四条(一): general cap 50000, major/severe disease 80000; (三): tilt above 6000 at 30%, no cap.
        Assistance.Scheme first = version(RegionCode.LANZHOU).assistance().schemes().get(0);
        assertThat(first.pools().get("TOTAL").value()).isEqualTo(Money.of(80000));
        assertThat(first.pools().get("GENERAL").value()).isEqualTo(Money.of(50000));
        assertThat(first.pools().get("TOTAL").citation()).contains("第十四条");
        Assistance.SecondaryTilt tilt = first.tilt();
        assertThat(tilt.threshold().value()).isEqualTo(Money.of(6000));
        assertThat(tilt.rate().value()).isEqualByComparingTo("0.30");
        assertThat(tilt.cap().value()).isNull();
        assertThat(tilt.placeOfCare()).isEqualTo(Assistance.PlaceOfCare.LOCAL_OR_REFERRED_IN_PROVINCE);
        // 第十二条(二): tilt for residents only, cap unchanged.
        MajorIllness.PreferentialPayment miTilt = version(RegionCode.LANZHOU).majorIllness().preferentialPayment();
        assertThat(miTilt.insuranceTypes()).containsExactly(InsuranceType.RESIDENT);
        assertThat(miTilt.capped().value()).isTrue();
        assertThat(miTilt.identities()).contains(IdentityCategory.ORPHAN, IdentityCategory.MIN_LIVING);
    }

    @Test
    void wuhaiAndLiaoningPoolsAndNoTilt() {
        // 003 三(二)2(1) ordinary 70% cap 30000; 三(二)3 KEY 85% cap 140000. 002 二(二): basic 70% cap 10000.
        Assistance.Scheme key = version(RegionCode.WUHAI).assistance().schemes().get(0);
        assertThat(key.pools().get("ORDINARY").value()).isEqualTo(Money.of(30000));
        assertThat(key.pools().get("MAJOR").value()).isEqualTo(Money.of(140000));
        assertThat(key.programs()).extracting(p -> p.rate().value().toPlainString()).containsExactly("0.70", "0.85");
        assertThat(version(RegionCode.WUHAI).majorIllness().preferentialPayment()).isNull();
        assertThat(key.tilt()).isNull();
        Assistance liaoning = version(RegionCode.LIAONING).assistance();
        assertThat(liaoning.schemes().get(0).pools().get("BASIC_ASSIST").value()).isEqualTo(Money.of(10000));
        assertThat(liaoning.uninsuredAssisted().value()).isTrue();
        assertThat(liaoning.nonDesignatedEmergency().value()).isTrue();
    }

    @Test
    void basicAndMajorIllnessFiguresAreTheIllustrativeDefaults() {
        // policies.md §2 stage 1: RESIDENT inpatient level 3 deductible 800, 60%; all illustrative.
        BasicInsurance.Level level3 = version(RegionCode.ZIBO).basicInsurance().plan(InsuranceType.RESIDENT)
                .orElseThrow().encounters().get(EncounterType.INPATIENT).levels().get(3);
        assertThat(level3.deductible().value()).isEqualTo(Money.of(800));
        assertThat(level3.rate().value()).isEqualByComparingTo("0.60");
        assertThat(level3.rate().illustrative()).isTrue();
        // stage 2: RESIDENT T 10000, 60/65/70/75 from T/100000/200000/300000, cap 400000.
        MajorIllness.Plan resident = version(RegionCode.WUHAI).majorIllness().plan(InsuranceType.RESIDENT)
                .orElseThrow();
        assertThat(resident.deductible().value()).isEqualTo(Money.of(10000));
        assertThat(resident.segments()).extracting(s -> s.rate().value().toPlainString())
                .containsExactly("0.60", "0.65", "0.70", "0.75");
        assertThat(resident.segments().get(3).from().value()).isEqualTo(Money.of(300000));
        assertThat(resident.cap().value()).isEqualTo(Money.of(400000));
    }

    @Test
    void everyLeafOfEveryVersionHasACitation() {
        int leaves = 0;
        for (RegionCode region : RegionCode.values()) {
            for (PolicyVersion v : catalogue.versions(region)) {
                List<Cited<?>> found = new ArrayList<>();
                collect(v.parameters(), found);
                assertThat(found).as(v.version()).isNotEmpty();
                assertThat(found).as(v.version() + " leaves without citation")
                        .allSatisfy(c -> assertThat(c.citation()).isNotBlank());
                leaves += found.size();
            }
        }
        assertThat(leaves).isGreaterThan(400);
    }

    private static void collect(Object node, List<Cited<?>> found) {
        if (node instanceof Cited<?> c) {
            found.add(c);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, found));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, found));
        }
    }

    /** Each kind of bad file, made from the bundled Zibo file by one edit, and the path its message must name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rate outside 0..1         | rate: 0.75, pools: [ASSIST]       | rate: 1.5, pools: [ASSIST]       | assistance.schemes[0].programs[0].rate: 1.5 is outside 0..1
            unknown identity code     | {category: EXTREME_POVERTY}       | {category: VERY_POOR}            | assistance.schemes[0].identities[0].category: unknown IdentityCategory 'VERY_POOR'
            segments out of order     | {from: 200000, rate: 0.70,        | {from: 50000, rate: 0.70,        | majorIllness.insuranceTypes.RESIDENT.segments[2].from: 50000.00 is not above the previous bound 100000.00 (segment bounds out of order)
            missing citation          | side:                             | side:\\n  extra: 1               | side.extra: has no citation
            money with three decimals | pools: {ASSIST: 30000}            | pools: {ASSIST: 30000.001}       | assistance.schemes[0].pools.ASSIST: 30000.001 has more than two decimals
            unknown pool              | rate: 0.50, pools: [ASSIST]       | rate: 0.50, pools: [TOTAL]       | assistance.schemes[1].programs[0].pools[0]: unknown pool 'TOTAL' (scheme pools: [ASSIST])
            missing value             | deductible: {value: 10000         | deductibles: {value: 10000       | majorIllness.insuranceTypes.RESIDENT.deductible: is missing
            """)
    void aBadFileIsRefusedNamingTheFileAndPath(String kind, String from, String to, String expected) {
        String original = zibo();
        String edited = replaceFirst(original, unescape(from), unescape(to));
        assertThat(edited).as("the edit applies").isNotEqualTo(original);
        assertThatThrownBy(() -> PolicyCatalogue.load(List.of(source("zibo-2023-01-01.yaml", edited))))
                .isInstanceOf(PolicyDataException.class)
                .satisfies(e -> assertThat(((PolicyDataException) e).problems())
                        .contains("zibo-2023-01-01.yaml: " + expected));
    }

    @Test
    void overlappingVersionsOfOneRegionAreRefused() {
        String second = zibo().replace("version: ZIBO-2023-01-01", "version: ZIBO-2024-01-01")
                .replace("effectiveFrom: 2023-01-01", "effectiveFrom: 2024-01-01");
        assertThatThrownBy(() -> PolicyCatalogue.load(List.of(source("zibo-2023-01-01.yaml", zibo()),
                source("zibo-2024-01-01.yaml", second))))
                .isInstanceOf(PolicyDataException.class)
                .hasMessageContaining("zibo-2024-01-01.yaml: effectiveFrom: ZIBO version ZIBO-2024-01-01 from "
                        + "2024-01-01 overlaps version ZIBO-2023-01-01 (2023-01-01 to open)");
    }

    @Test
    void aSecondVersionThatFollowsTheFirstIsLookedUpByDate() {
        String first = zibo().replace("effectiveTo: null", "effectiveTo: 2023-12-31");
        String second = zibo().replace("version: ZIBO-2023-01-01", "version: ZIBO-2024-01-01")
                .replace("effectiveFrom: 2023-01-01", "effectiveFrom: 2024-01-01");
        PolicyCatalogue two = PolicyCatalogue.load(List.of(source("a.yaml", first), source("b.yaml", second)));
        assertThat(two.require(RegionCode.ZIBO, LocalDate.of(2023, 12, 31)).version()).isEqualTo("ZIBO-2023-01-01");
        assertThat(two.require(RegionCode.ZIBO, LocalDate.of(2024, 1, 1)).version()).isEqualTo("ZIBO-2024-01-01");
    }

    @Test
    void startUpReadsAnOutsideDirectoryAndStopsOnABadFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("zibo-2023-01-01.yaml"), zibo());
        PolicyCatalogue outside = new PolicyConfiguration().policyCatalogue(dir.toUri().toString());
        assertThat(outside.regions()).containsExactly(RegionCode.ZIBO);

        Files.writeString(dir.resolve("zibo-2023-01-01.yaml"), zibo().replace("rate: 0.75", "rate: 75"));
        assertThatThrownBy(() -> new PolicyConfiguration().policyCatalogue(dir.toUri().toString()))
                .isInstanceOf(PolicyDataException.class)
                .hasMessageContaining("zibo-2023-01-01.yaml: assistance.schemes[0].programs[0].rate: 75 is outside 0..1");
    }

    private static PolicyVersion version(RegionCode region) {
        return BundledPolicies.catalogue().versions(region).get(0);
    }

    private static String zibo() {
        return BundledPolicies.sources().stream().filter(s -> s.name().startsWith("zibo")).findFirst()
                .map(s -> new String(s.content(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static PolicyCatalogue.Source source(String name, String content) {
        return new PolicyCatalogue.Source(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    private static String replaceFirst(String text, String from, String to) {
        int at = text.indexOf(from);
        return at < 0 ? text : text.substring(0, at) + to + text.substring(at + from.length());
    }
}
