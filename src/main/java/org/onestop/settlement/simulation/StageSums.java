package org.onestop.settlement.simulation;

import java.math.BigDecimal;

import org.onestop.settlement.calculation.StagePayments;
import org.onestop.settlement.common.Money;

/**
 * Running sums of settlements, in cents (exact, and cheap to add a few hundred thousand times): how many, what they
 * cost in all and what each stage paid; the funds' and the persons' parts follow.
 */
final class StageSums {

    private long settlements;
    private long total;
    private long basic;
    private long majorIllness;
    private long assistance;
    private long tilt;

    void add(Money settlementTotal, StagePayments payments) {
        settlements++;
        total += cents(settlementTotal);
        basic += cents(payments.basic());
        majorIllness += cents(payments.majorIllness());
        assistance += cents(payments.assistance());
        tilt += cents(payments.secondaryTilt());
    }

    void add(StageSums other) {
        settlements += other.settlements;
        total += other.total;
        basic += other.basic;
        majorIllness += other.majorIllness;
        assistance += other.assistance;
        tilt += other.tilt;
    }

    long settlements() {
        return settlements;
    }

    long fund() {
        return basic + majorIllness + assistance + tilt;
    }

    long personal() {
        return total - fund();
    }

    long basic() {
        return basic;
    }

    long majorIllness() {
        return majorIllness;
    }

    long assistance() {
        return assistance;
    }

    long tilt() {
        return tilt;
    }

    SimulationResult.Amounts view() {
        return new SimulationResult.Amounts(settlements, yuan(basic), yuan(majorIllness), yuan(assistance), yuan(tilt),
                yuan(fund()), yuan(personal()));
    }

    /** {@code patched − baseline}, field by field. */
    static SimulationResult.Amounts difference(StageSums baseline, StageSums patched) {
        return new SimulationResult.Amounts(patched.settlements - baseline.settlements,
                yuan(patched.basic - baseline.basic), yuan(patched.majorIllness - baseline.majorIllness),
                yuan(patched.assistance - baseline.assistance), yuan(patched.tilt - baseline.tilt),
                yuan(patched.fund() - baseline.fund()), yuan(patched.personal() - baseline.personal()));
    }

    /** Money (always two decimals) in cents. */
    static long cents(Money money) {
        return money.amount().unscaledValue().longValueExact();
    }

    static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, Money.SCALE);
    }
}
