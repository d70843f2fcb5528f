package org.onestop.settlement.common;

import java.util.Set;

/** Assistance identity codes (救助对象身份), policies.md §4. */
public enum IdentityCategory {
    /** 特困人员 / 特困供养人员. */
    EXTREME_POVERTY("特困人员"),
    /** 孤儿 (Wuhai: 含困境儿童). */
    ORPHAN("孤儿"),
    /** 事实无人抚养儿童. */
    DE_FACTO_ORPHAN("事实无人抚养儿童"),
    /** 低保对象 / 最低生活保障家庭成员; subclasses in {@link #MIN_LIVING_SUBCLASSES}. */
    MIN_LIVING("低保对象"),
    /** 返贫致贫人口. */
    POVERTY_RELAPSE("返贫致贫人口"),
    /** 防止返贫监测帮扶对象 / 易返贫致贫人口. */
    MONITORED_AT_RISK("防止返贫监测帮扶对象"),
    /** 过渡期内已脱贫人口 / 脱贫户. */
    LIFTED_OUT_TRANSITION("过渡期内已脱贫人口"),
    /** 低保边缘家庭成员. */
    LOW_INCOME_MARGINAL("低保边缘家庭成员"),
    /** 因病致贫重病患者. */
    ILLNESS_IMPOVERISHED("因病致贫重病患者"),
    /** 低收入家庭成员 (Wuhai). */
    LOW_INCOME_FAMILY("低收入家庭成员"),
    /** 其他特殊困难人员. */
    OTHER_HARDSHIP("其他特殊困难人员"),
    /** 三民人员 with a living allowance (Wuhai). */
    SANMIN("三民人员");

    private final String chineseName;

    IdentityCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name a clerk and a citizen read (policies.md §4), e.g. 低保对象. */
    public String chineseName() {
        return chineseName;
    }

    /** The subclasses of {@link #MIN_LIVING}; no other category has subclasses. */
    public static final Set<String> MIN_LIVING_SUBCLASSES = Set.of(
            "URBAN_FULL", "URBAN_PARTIAL", "RURAL_1", "RURAL_2", "RURAL_3", "RURAL_4", "CLASS_A");

    /** Whether {@code subclass} (null for none) is a valid subclass of this category. */
    public boolean acceptsSubclass(String subclass) {
        return subclass == null || (this == MIN_LIVING && MIN_LIVING_SUBCLASSES.contains(subclass));
    }
}
