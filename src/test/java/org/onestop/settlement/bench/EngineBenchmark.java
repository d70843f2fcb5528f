package org.onestop.settlement.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.onestop.settlement.calculation.Amounts;
import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.Encounter;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.Ledgers;
import org.onestop.settlement.calculation.Patient;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.PolicyVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the pure engine settling one encounter through all four stages, explanation included: the §6 Zibo
 * example (every stage runs, the tilt is assessed) and a Lanzhou stay with two identities and a prior ledger.
 * Run with {@code bench/engine.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private final SettlementEngine engine = new SettlementEngine();
    private PolicyVersion zibo;
    private PolicyVersion lanzhou;
    private Patient patient;
    private List<Identity> oneIdentity;
    private List<Identity> twoIdentities;
    private Encounter encounter;
    private LedgerBalances priorLedger;

    @Setup
    public void setUp() {
        LocalDate day = LocalDate.of(2024, 3, 10);
        zibo = BundledPolicies.catalogue().require(RegionCode.ZIBO, day);
        lanzhou = BundledPolicies.catalogue().require(RegionCode.LANZHOU, day);
        patient = new Patient(InsuranceType.RESIDENT, Sex.FEMALE, LocalDate.of(1960, 5, 1));
        oneIdentity = List.of(new Identity("1", IdentityCategory.MIN_LIVING, null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null));
        twoIdentities = List.of(
                new Identity("1", IdentityCategory.MIN_LIVING, "URBAN_FULL", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), null),
                new Identity("2", IdentityCategory.MONITORED_AT_RISK, null, LocalDate.of(2024, 1, 1), null, null));
        encounter = new Encounter(EncounterType.INPATIENT, 3, true, false, false, CareLocation.LOCAL,
                LocalDate.of(2024, 3, 1), day, List.of("K35.8"), null, false,
                new Amounts(Money.of(60000), Money.of(5000), Money.ZERO, Money.of(1000)));
        priorLedger = Ledgers.balances(Map.of("BASIC_PAID:BASIC", Money.of("31920.00"),
                "MAJOR_ILLNESS_BASE", Money.of("22080.00"), "MAJOR_ILLNESS_PAID", Money.of("11102.00"),
                "ASSISTANCE_PAID:TOTAL", Money.of("8233.50"), "ASSISTANCE_PAID:GENERAL", Money.of("8233.50"),
                "TILT_BASE", Money.of("2744.50")));
    }

    @Benchmark
    public CalculationResult ziboWorkedExample() {
        return engine.settle(zibo, patient, oneIdentity, encounter, LedgerBalances.EMPTY);
    }

    @Benchmark
    public CalculationResult lanzhouSecondStayTwoIdentities() {
        return engine.settle(lanzhou, patient, twoIdentities, encounter, priorLedger);
    }
}
