package org.onestop.settlement.slip;

import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;

/** The Chinese words a slip prints for the service's codes (stages, identities, regions), as policies.md names them. */
final class SlipLabels {

    private static final Map<String, String> STAGES = Map.of(
            "BASIC", "基本医保",
            "MAJOR_ILLNESS", "大病保险",
            "ASSISTANCE", "医疗救助",
            "TILT", "二次倾斜救助");

    private static final Map<IdentityCategory, String> IDENTITIES = Map.ofEntries(
            Map.entry(IdentityCategory.EXTREME_POVERTY, "特困人员"),
            Map.entry(IdentityCategory.ORPHAN, "孤儿"),
            Map.entry(IdentityCategory.DE_FACTO_ORPHAN, "事实无人抚养儿童"),
            Map.entry(IdentityCategory.MIN_LIVING, "低保对象"),
            Map.entry(IdentityCategory.POVERTY_RELAPSE, "返贫致贫人口"),
            Map.entry(IdentityCategory.MONITORED_AT_RISK, "防止返贫监测帮扶对象"),
            Map.entry(IdentityCategory.LIFTED_OUT_TRANSITION, "过渡期内已脱贫人口"),
            Map.entry(IdentityCategory.LOW_INCOME_MARGINAL, "低保边缘家庭成员"),
            Map.entry(IdentityCategory.ILLNESS_IMPOVERISHED, "因病致贫重病患者"),
            Map.entry(IdentityCategory.LOW_INCOME_FAMILY, "低收入家庭成员"),
            Map.entry(IdentityCategory.OTHER_HARDSHIP, "其他特殊困难人员"),
            Map.entry(IdentityCategory.SANMIN, "三民人员"));

    private static final Map<RegionCode, String> REGIONS = Map.of(
            RegionCode.LANZHOU, "兰州",
            RegionCode.ZIBO, "淄博",
            RegionCode.WUHAI, "乌海",
            RegionCode.LIAONING, "辽宁");

    /** The stages in the order they pay (先保险后救助, policies.md §2). */
    static final List<String> STAGE_ORDER = List.of("BASIC", "MAJOR_ILLNESS", "ASSISTANCE", "TILT");

    private SlipLabels() {
    }

    static String stage(String stage) {
        return STAGES.getOrDefault(stage, stage);
    }

    static String identity(IdentityCategory category, String subclass) {
        String label = IDENTITIES.getOrDefault(category, category.name()) + "（" + category.name();
        return label + (subclass == null ? "" : " / " + subclass) + "）";
    }

    static String region(RegionCode region) {
        return REGIONS.getOrDefault(region, region.name());
    }
}
