package org.onestop.settlement.calculation;

import org.onestop.settlement.policy.Assistance;

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
}
