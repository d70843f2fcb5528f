package org.onestop.settlement.calculation;

import java.util.Map;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;

/** The Chinese words a discharge-desk clerk uses for the codes of an explanation (policies.md §1, §4). */
final class ClerkTerms {

    private static final Map<String, String> SUBCLASSES = Map.of(
            "URBAN_FULL", "城市低保全额保障", "URBAN_PARTIAL", "城市低保差额保障", "RURAL_1", "农村低保一类",
            "RURAL_2", "农村低保二类", "RURAL_3", "农村低保三类", "RURAL_4", "农村低保四类", "CLASS_A", "A类");

    private static final Map<String, String> POOLS = Map.ofEntries(
            Map.entry("BASIC", "基本医保统筹"), Map.entry("GENERAL_OUTPATIENT", "普通门诊统筹"),
            Map.entry("major-illness", "大病保险"), Map.entry("tilt", "再救助"),
            Map.entry("TOTAL", "医疗救助（总）"), Map.entry("GENERAL", "医疗救助（一般疾病）"),
            Map.entry("ORDINARY", "普通疾病住院救助"), Map.entry("MAJOR", "重特大疾病救助"),
            Map.entry("BASIC_ASSIST", "基本医疗救助"), Map.entry("MAJOR_ASSIST", "重特大疾病救助"),
            Map.entry("ASSIST", "医疗救助"));

    private static final Map<EncounterType, String> ENCOUNTER_TYPES = Map.of(EncounterType.INPATIENT, "住院",
            EncounterType.OUTPATIENT_CHRONIC, "门诊慢特病", EncounterType.OUTPATIENT_GENERAL, "普通门诊");

    private static final Map<InsuranceType, String> INSURANCE_TYPES = Map.of(InsuranceType.RESIDENT, "城乡居民医保",
            InsuranceType.EMPLOYEE, "职工医保", InsuranceType.UNINSURED, "未参保");

    private static final Map<CareLocation, String> CARE_LOCATIONS = Map.of(CareLocation.LOCAL, "参保地",
            CareLocation.IN_PROVINCE, "省内异地", CareLocation.OUT_OF_PROVINCE, "省外");

    private ClerkTerms() {
    }

    /** e.g. "低保对象（城市低保全额保障）". */
    static String identity(Identity identity) {
        String category = identity.category().chineseName();
        return identity.subclass() == null ? category
                : category + "（" + SUBCLASSES.getOrDefault(identity.subclass(), identity.subclass()) + "）";
    }

    static String category(IdentityCategory category) {
        return category.chineseName();
    }

    static String encounterType(EncounterType type) {
        return ENCOUNTER_TYPES.get(type);
    }

    static String insuranceType(InsuranceType type) {
        return INSURANCE_TYPES.get(type);
    }

    static String careLocation(CareLocation location) {
        return CARE_LOCATIONS.get(location);
    }

    /** The annual cap pool as a clerk names it, e.g. "基本医保统筹". */
    static String pool(String pool) {
        return POOLS.getOrDefault(pool, pool);
    }
}
