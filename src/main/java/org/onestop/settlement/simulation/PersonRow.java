package org.onestop.settlement.simulation;

/**
 * One person's figures of a simulation: their settlements in the window and what each stage and the person paid in
 * each run, and the stays above the alert line of the rule that watches them, in each run. One CSV row.
 */
record PersonRow(String personId, StageSums baseline, StageSums patched, int baselineAlerted, int patchedAlerted) {

    /** Their change, for the persons whose payments changed most. */
    SimulationResult.PersonChange change() {
        return new SimulationResult.PersonChange(personId, baseline.settlements(), StageSums.yuan(baseline.personal()),
                StageSums.yuan(patched.personal()), StageSums.yuan(patched.personal() - baseline.personal()),
                StageSums.yuan(baseline.fund()), StageSums.yuan(patched.fund()));
    }
}
