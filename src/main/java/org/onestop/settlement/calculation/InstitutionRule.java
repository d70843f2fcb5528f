package org.onestop.settlement.calculation;

import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.Cited;

/**
 * Non-designated institutions (非定点): the insurance stages pay only for an emergency (policies.md §2); assistance
 * pays only where the region lists the exception (001 第十五条(三); 002 二(五)1).
 */
final class InstitutionRule {

    private InstitutionRule() {
    }

    static boolean insuranceCovers(Encounter encounter) {
        return encounter.designated() || encounter.emergency();
    }

    static boolean assistanceCovers(Encounter encounter, Assistance assistance) {
        return encounter.designated()
                || (encounter.emergency() && assistance.nonDesignatedEmergency().value())
                || (encounter.referral() && assistance.nonDesignatedReferral().value());
    }

    /**
     * The clause that refuses assistance at a non-designated institution: the emergency or referral clause where
     * the encounter claims that exception, else the region's exclusion (002 二(五)1: 违规到非定点医院就医的，不给予医疗救助).
     */
    static Cited<Boolean> exclusionClause(Encounter encounter, Assistance assistance) {
        if (encounter.emergency()) {
            return assistance.nonDesignatedEmergency();
        }
        return encounter.referral() ? assistance.nonDesignatedReferral() : assistance.nonDesignatedExcluded();
    }
}
