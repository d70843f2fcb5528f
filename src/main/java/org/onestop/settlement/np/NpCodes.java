package org.onestop.settlement.np;

import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.settlement.SettlementResponse;

/**
 * The platform's codes the service understands, and what they mean here (docs/national-platform.md, "Codes"). Codes
 * are open strings on the wire: a code missing from these tables fails its transaction with a message naming the
 * field and listing the codes known, never a server error.
 */
public final class NpCodes {

    /** 医疗类别 med_type → encounter type. */
    static final Map<String, EncounterType> MED_TYPE = Map.of(
            "11", EncounterType.OUTPATIENT_GENERAL,
            "14", EncounterType.OUTPATIENT_CHRONIC,
            "21", EncounterType.INPATIENT);

    /** 险种类型 insutype → insurance type. */
    static final Map<String, InsuranceType> INSUTYPE = Map.of(
            "310", InsuranceType.EMPLOYEE,
            "390", InsuranceType.RESIDENT);

    /** 就诊凭证类型 mdtrt_cert_type: 01 医保电子凭证, 02 居民身份证, 03 社会保障卡. */
    static final Set<String> MDTRT_CERT_TYPE = Set.of("01", "02", "03");

    /** 个人结算方式 psn_setlway: only 01 按项目结算 is settled here. */
    static final Set<String> PSN_SETLWAY = Set.of("01");

    /** 基金支付类型 of the secondary tilt (医疗再救助基金), reported apart from assistance 610100. */
    static final String TILT_FUND_PAY_TYPE = "610102";

    static final String TILT_FUND_PAY_TYPE_NAME = "医疗再救助基金";

    private NpCodes() {
    }

    /** The platform's fund type of a fund line: its fund code, except the tilt's own 610102 (医疗再救助基金). */
    public static String fundPayType(SettlementResponse.FundView fund) {
        return "TILT".equals(fund.stage()) ? TILT_FUND_PAY_TYPE : fund.fundCode();
    }

    static EncounterType encounterType(String medType, String field) {
        return lookUp(MED_TYPE, medType, field);
    }

    static InsuranceType insuranceType(String insutype, String field) {
        return lookUp(INSUTYPE, insutype, field);
    }

    /** The med_type the platform uses for an encounter type (the first of the table, in code order). */
    static String medTypeOf(EncounterType type) {
        return MED_TYPE.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).sorted()
                .findFirst().orElseThrow();
    }

    static String insutypeOf(InsuranceType type) {
        return INSUTYPE.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** 性别 gend: 1 male, 2 female. */
    static String gendOf(Sex sex) {
        return sex == Sex.MALE ? "1" : "2";
    }

    static void requireKnown(Set<String> codes, String code, String field) {
        if (!codes.contains(code)) {
            throw NpFailure.field(field, "unknown code '" + code + "' (known: " + String.join(", ",
                    codes.stream().sorted().toList()) + ")");
        }
    }

    private static <T> T lookUp(Map<String, T> table, String code, String field) {
        T value = table.get(code);
        if (value == null) {
            requireKnown(table.keySet(), code, field);
        }
        return value;
    }
}
