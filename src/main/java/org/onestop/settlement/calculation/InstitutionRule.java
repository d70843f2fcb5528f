package org.onestop.settlement.calculation;

/**
 * Non-designated institutions (非定点): the insurance stages pay only for an emergency (policies.md §2); assistance
 * pays only where the region lists the exception (001 第十五条(三); 002 二(五)1).
 */
final class InstitutionRule {

    private InstitutionRule() {
    }

    static boolean insuranceCovers(Calculation c) {
        return c.encounter.designated() || c.encounter.emergency();
    }

    static boolean assistanceCovers(Calculation c) {
        var assistance = c.policy.assistance();
        return c.encounter.designated()
                || (c.encounter.emergency() && assistance.nonDesignatedEmergency().value())
                || (c.encounter.referral() && assistance.nonDesignatedReferral().value());
    }
}
