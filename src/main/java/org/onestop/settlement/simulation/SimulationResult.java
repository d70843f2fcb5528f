package org.onestop.settlement.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a finished simulation found: every settlement of the window settled again under the policy as it was
 * ({@code baseline}) and with the changes ({@code patched}), money in yuan. Differences are patched − baseline.
 */
public record SimulationResult(
        @Schema(description = "the policy versions the changes were applied to: those in force on a day of the window")
        List<String> policyVersions,
        Coverage settlements,
        @Schema(description = "every simulated settlement of the window, per run") Totals totals,
        @Schema(description = "per stage and fund code: what the fund paid in each run") List<FundTotals> funds,
        @Schema(description = "per identity category used (NONE: no identity used), each run by the identity it used")
        List<CategoryTotals> identityCategories,
        Persons persons,
        Burden burden,
        @Schema(description = "per high-cost alert rule of the region (side.highCostAlert): stays and persons above "
                + "its line") List<AlertLine> alertLines,
        @Schema(description = "the twenty persons whose personal payment changed most, largest change first")
        List<PersonChange> largestChanges,
        BaselineCheck baselineCheck) {

    /** Which settlements of the window were simulated, and which were not and why. */
    @Schema(name = "SimulationCoverage")
    public record Coverage(
            @Schema(description = "settlements of the region discharged in the window, not reversed") long inWindow,
            long simulated,
            @Schema(description = "reversed settlements of the window, left out") long reversedLeftOut,
            List<NotSimulated> notSimulated) {
    }

    /**
     * Settlements counted but not settled again: {@code NO_STORED_CLAIM} (stored before the claim was kept, V14:
     * counted for the window's years, their discharge date being unknown), {@code KIND_NOT_SIMULATED},
     * {@code NO_POLICY_IN_FORCE}, {@code CLAIM_UNREADABLE}.
     */
    @Schema(name = "SimulationNotSimulated")
    public record NotSimulated(String kind, String reason, long count) {
    }

    /** Settlements and what each stage paid, what the funds paid together and what the persons paid. */
    @Schema(name = "SimulationAmounts")
    public record Amounts(long settlements, BigDecimal basic, BigDecimal majorIllness, BigDecimal assistance,
                          BigDecimal tilt, BigDecimal fund, BigDecimal personal) {
    }

    @Schema(name = "SimulationTotals")
    public record Totals(Amounts baseline, Amounts patched, Amounts difference) {
    }

    /** One fund line: a stage and the fund code that paid it (e.g. ASSISTANCE 610100). */
    @Schema(name = "SimulationFundTotals")
    public record FundTotals(String stage, String fundCode, String fundName, BigDecimal baseline, BigDecimal patched,
                             BigDecimal difference) {
    }

    @Schema(name = "SimulationCategoryTotals")
    public record CategoryTotals(String category, Amounts baseline, Amounts patched, Amounts difference) {
    }

    /** Persons with a simulated settlement, and those whose payments changed in any stage. */
    @Schema(name = "SimulationPersons")
    public record Persons(long simulated, long affected) {
    }

    /**
     * What each simulated settlement (a stay, or a visit) left the person to pay ({@code total − fund pay}), as
     * nearest-rank percentiles of each run.
     */
    @Schema(name = "SimulationBurden")
    public record Burden(long stays, Percentiles baseline, Percentiles patched) {
    }

    /** p50, p90, p99, and every percentile 0..100 (for charts). */
    @Schema(name = "SimulationPercentiles")
    public record Percentiles(BigDecimal p50, BigDecimal p90, BigDecimal p99, List<BigDecimal> all) {
    }

    /**
     * One alert rule: its line in each run, and above it, the stays and persons the rule watches (as the alert
     * module raises alerts) and every stay of the window whoever the rule watches.
     */
    @Schema(name = "SimulationAlertLine")
    public record AlertLine(String rule, String basis, BigDecimal baselineThreshold, BigDecimal patchedThreshold,
                            @Schema(description = "persons the rule watches on the discharge date") Counts watched,
                            @Schema(description = "the line applied to every stay of the window") Counts everyone) {
    }

    @Schema(name = "SimulationAlertCounts")
    public record Counts(Above baseline, Above patched) {
    }

    /** Stays above a line (for a yearly basis: settlements after which the year's amount is above it), persons. */
    @Schema(name = "SimulationAbove")
    public record Above(long stays, long persons) {
    }

    @Schema(name = "SimulationPersonChange")
    public record PersonChange(String personId, long settlements, BigDecimal baselinePersonalPay,
                               BigDecimal patchedPersonalPay, BigDecimal difference, BigDecimal baselineFundPay,
                               BigDecimal patchedFundPay) {
    }

    /**
     * The baseline run against the stored settlements, stage by stage: how many it reproduced to the cent, and each
     * that it did not (the first {@value BaselineCheck#LISTED}) with what may explain it.
     */
    @Schema(name = "SimulationBaselineCheck")
    public record BaselineCheck(long compared, long reproduced, long notReproducedCount,
                                List<Mismatch> notReproduced) {

        public static final int LISTED = 1000;
    }

    /**
     * A settlement the baseline did not reproduce, with its reasons: {@code IDENTITIES_CHANGED} (an identity of the
     * person was recorded or ended after it), {@code PERSON_CHANGED} (the person's record was updated after it),
     * {@code LEDGER_HISTORY} (its year's ledger then held what the replay does not: a settlement reversed after it,
     * one not simulated, or settlements made out of discharge order); none when nothing explains it.
     */
    @Schema(name = "SimulationMismatch")
    public record Mismatch(UUID settlementId, String personId, LocalDate dischargeDate, StagePays stored,
                           StagePays baseline, List<String> reasons) {
    }

    @Schema(name = "SimulationStagePays")
    public record StagePays(BigDecimal basic, BigDecimal majorIllness, BigDecimal assistance, BigDecimal tilt) {
    }
}
