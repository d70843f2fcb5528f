package org.onestop.settlement.policy;

import static org.onestop.settlement.policy.SectionReading.enumKey;
import static org.onestop.settlement.policy.SectionReading.fund;
import static org.onestop.settlement.policy.SectionReading.insuranceType;
import static org.onestop.settlement.policy.SectionReading.pools;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/**
 * Reads the {@code basicInsurance} section (基本医保): per insurance type its fund, cap pools and, for every encounter
 * type, the pool drawn on and the deductible and rate of each hospital level 1..3.
 */
final class BasicInsuranceReader {

    private BasicInsuranceReader() {
    }

    static BasicInsurance read(PolicyNode node) {
        Map<InsuranceType, BasicInsurance.Plan> plans = new EnumMap<>(InsuranceType.class);
        node.require("insuranceTypes").entries().forEach((type, planNode) -> {
            InsuranceType insuranceType = insuranceType(type, planNode);
            Map<String, Cited<Money>> pools = pools(planNode.require("pools"));
            Map<EncounterType, BasicInsurance.EncounterRule> encounters = new EnumMap<>(EncounterType.class);
            planNode.require("encounters").entries().forEach((encounter, ruleNode) -> {
                EncounterType encounterType = enumKey(EncounterType.class, encounter, ruleNode);
                String pool = ruleNode.require("pool").text();
                if (pool != null && !pools.containsKey(pool)) {
                    ruleNode.problem(ruleNode.path() + ".pool", "unknown pool '" + pool + "' (pools: "
                            + pools.keySet() + ")");
                }
                Map<Integer, BasicInsurance.Level> levels = levels(ruleNode);
                if (encounterType != null) {
                    encounters.put(encounterType, new BasicInsurance.EncounterRule(pool,
                            ruleNode.require("deductiblePer").enumValue(BasicInsurance.DeductiblePer.class), levels));
                }
            });
            for (EncounterType type2 : EncounterType.values()) {
                if (!encounters.containsKey(type2)) {
                    planNode.problem(planNode.path() + ".encounters", type2 + " is missing");
                }
            }
            if (insuranceType != null) {
                plans.put(insuranceType, new BasicInsurance.Plan(fund(planNode.require("fund")), pools, encounters));
            }
        });
        return new BasicInsurance(plans);
    }

    /** The deductible and rate of each hospital level; all three levels are needed. */
    private static Map<Integer, BasicInsurance.Level> levels(PolicyNode ruleNode) {
        Map<Integer, BasicInsurance.Level> levels = new LinkedHashMap<>();
        ruleNode.require("levels").entries().forEach((level, levelNode) -> levels.put(
                Integer.valueOf(level), new BasicInsurance.Level(levelNode.require("deductible").money(),
                        levelNode.require("rate").rate())));
        for (int level = 1; level <= 3; level++) {
            if (!levels.containsKey(level)) {
                ruleNode.problem(ruleNode.path() + ".levels", "hospital level " + level + " is missing");
            }
        }
        return levels;
    }
}
