package org.onestop.settlement.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.security.Role;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.slip.MoneyText;

/** The Chinese words the console shows for the service's codes; the code itself goes into the element's title. */
public final class ConsoleLabels {

    private static final Map<Bucket.Kind, String> KINDS = Map.of(
            Bucket.Kind.BASIC_PAID, "基本医保统筹支付",
            Bucket.Kind.BASIC_DEDUCTIBLE, "基本医保起付线",
            Bucket.Kind.MAJOR_ILLNESS_BASE, "大病保险合规费用累计",
            Bucket.Kind.MAJOR_ILLNESS_PAID, "大病保险支付",
            Bucket.Kind.ASSISTANCE_THRESHOLD, "医疗救助起付线",
            Bucket.Kind.ASSISTANCE_PAID, "医疗救助支付",
            Bucket.Kind.TILT_BASE, "倾斜救助累计负担",
            Bucket.Kind.TILT_PAID, "二次倾斜救助支付");

    private static final Map<EncounterType, String> ENCOUNTERS = Map.of(
            EncounterType.INPATIENT, "住院",
            EncounterType.OUTPATIENT_CHRONIC, "门诊慢特病",
            EncounterType.OUTPATIENT_GENERAL, "普通门诊");

    private static final Map<RegionCode, String> REGIONS = Map.of(
            RegionCode.LANZHOU, "兰州市",
            RegionCode.ZIBO, "淄博市",
            RegionCode.WUHAI, "乌海市",
            RegionCode.LIAONING, "辽宁省");

    private ConsoleLabels() {
    }

    /**
     * A bucket as a clerk reads it: what it accumulates, and its pool (by the policy data's code) or encounter type,
     * e.g. 医疗救助支付（ASSIST） or 基本医保起付线（住院）.
     */
    /**
     * What an approval paid back, for its confirmation message: e.g. "；追溯补充救助 2 笔：医疗救助 3,307.20 元、再救助
     * 361.44 元", or nothing when it made no supplement.
     */
    public static String supplementsPaid(List<SettlementResponse> supplements) {
        if (supplements.isEmpty()) {
            return "";
        }
        BigDecimal assistance = BigDecimal.ZERO;
        BigDecimal tilt = BigDecimal.ZERO;
        for (SettlementResponse supplement : supplements) {
            assistance = assistance.add(supplement.assistancePay());
            tilt = tilt.add(supplement.tiltPay());
        }
        return "；追溯补充救助 " + supplements.size() + " 笔：医疗救助 " + MoneyText.format(assistance) + " 元、再救助 "
                + MoneyText.format(tilt) + " 元";
    }

    public static String bucket(Bucket bucket) {
        String kind = KINDS.get(bucket.kind());
        if (bucket.qualifier() == null) {
            return kind;
        }
        String qualifier = bucket.kind() == Bucket.Kind.BASIC_DEDUCTIBLE
                ? ENCOUNTERS.get(EncounterType.valueOf(bucket.qualifier())) : bucket.qualifier();
        return kind + "（" + qualifier + "）";
    }

    public static String region(RegionCode region) {
        return region == null ? "全部统筹区" : REGIONS.get(region);
    }

    public static String role(Role role) {
        return switch (role) {
            case HOSPITAL -> "定点医疗机构";
            case REGISTRY -> "身份认定部门";
            case ASSISTANCE_OFFICE -> "医疗救助经办机构";
            case ADMIN -> "系统管理员";
        };
    }

    static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "男";
            case FEMALE -> "女";
        };
    }

    static String insurance(InsuranceType type) {
        return switch (type) {
            case EMPLOYEE -> "职工基本医疗保险";
            case RESIDENT -> "城乡居民基本医疗保险";
            case UNINSURED -> "未参保";
        };
    }

    static String settlementStatus(String status) {
        return switch (status) {
            case "SETTLED" -> "已结算";
            case "REVERSED" -> "已冲正";
            case "PREVIEW" -> "预结算";
            default -> status;
        };
    }

    static String alertStatus(String status) {
        return switch (status) {
            case "OPEN" -> "待处理";
            case "ACKNOWLEDGED" -> "已处理";
            case "WITHDRAWN" -> "已撤销";
            default -> status;
        };
    }
}
