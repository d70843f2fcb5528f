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
        String label = category.chineseName() + "（" + category.name();
        return label + (subclass == null ? "" : " / " + subclass) + "）";
    }

    static String region(RegionCode region) {
        return REGIONS.getOrDefault(region, region.name());
    }
}
