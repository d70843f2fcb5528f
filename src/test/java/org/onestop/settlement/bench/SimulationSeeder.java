package org.onestop.settlement.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.onestop.settlement.calculation.Amounts;
import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.Encounter;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.calculation.Patient;
import org.onestop.settlement.calculation.SettlementEngine;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds a migrated, empty settlement database directly (COPY, no API) for bench/simulation.sh: Zibo persons of one
 * year with identities, some opening balances, and their settlements with the claim each was made from. The stored
 * amounts are the engine's, settled in discharge order on each person's ledger from the bundled policy files, so
 * a simulation's baseline should reproduce every one. Arguments: JDBC URL, user, password, settlements, year.
 */
public final class SimulationSeeder {

    private static final int PER_PERSON = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Random random = new Random(20250101L);
    private final SettlementEngine engine = new SettlementEngine();
    private final PolicyCatalogue catalogue = BundledPolicies.catalogue();
    private final StringBuilder persons = new StringBuilder();
    private final StringBuilder identities = new StringBuilder();
    private final StringBuilder years = new StringBuilder();
    private final StringBuilder entries = new StringBuilder();
    private final StringBuilder settlements = new StringBuilder();
    private final int year;

    private SimulationSeeder(int year) {
        this.year = year;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[3]);
        int year = Integer.parseInt(args[4]);
        SimulationSeeder seeder = new SimulationSeeder(year);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int seeded = 0;
            for (int p = 0; seeded < count; p++) {
                seeded += seeder.person("bs" + p, Math.min(PER_PERSON, count - seeded));
                if (seeder.settlements.length() > 8_000_000 || seeded == count) {
                    seeder.flush(copy);
                }
            }
            System.out.printf("seeded %d settlements of %d persons in %.1f s%n", seeded, (seeded + PER_PERSON - 1)
                    / PER_PERSON, (System.nanoTime() - start) / 1e9);
        }
    }

    private int person(String personId, int stays) {
        InsuranceType insurance = random.nextInt(5) == 0 ? InsuranceType.EMPLOYEE : InsuranceType.RESIDENT;
        Patient patient = new Patient(insurance, random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        String created = year + "-01-01 00:00:00+00";
        csv(persons, personId, "bench", patient.sex(), patient.birthDate(), RegionCode.ZIBO, insurance,
                random.nextInt(3) == 0, "", created, created);
        List<Identity> held = new ArrayList<>();
        int draw = random.nextInt(100);
        IdentityCategory category = draw < 60 ? null : draw < 85 ? IdentityCategory.MIN_LIVING
                : draw < 95 ? IdentityCategory.LOW_INCOME_MARGINAL : IdentityCategory.ILLNESS_IMPOVERISHED;
        if (category != null) {
            String id = UUID.randomUUID().toString();
            LocalDate application = category == IdentityCategory.ILLNESS_IMPOVERISHED ? LocalDate.of(year, 1, 1) : null;
            held.add(new Identity(id, category, null, LocalDate.of(year, 1, 1), null, application));
            csv(identities, id, personId, category, "", year + "-01-01", "", "bench", application == null ? ""
                    : application, created, "");
        }
        LedgerBalances ledger = LedgerBalances.EMPTY;
        if (random.nextInt(20) == 0) {
            ledger = LedgerBalances.of(Map.of(Bucket.basicPaid("BASIC"), Money.of(1000 + random.nextInt(20000))));
            csv(years, personId, RegionCode.ZIBO, year);
            ledger.forEach((bucket, amount) -> csv(entries, personId, RegionCode.ZIBO, year, bucket.name(),
                    amount.amount(), "OPENING", "", created));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < stays; i++) {
            days.add(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
        }
        days.sort(null);
        for (int i = 0; i < stays; i++) {
            ledger = ledger.plus(stay(personId, patient, held, days.get(i), i, ledger));
        }
        return stays;
    }

    /** One stay (70%) or chronic visit, settled by the engine on the person's ledger; answers its deltas. */
    private LedgerBalances stay(String personId, Patient patient, List<Identity> held, LocalDate discharge, int n,
                                LedgerBalances ledger) {
        boolean inpatient = random.nextInt(10) < 7;
        EncounterType type = inpatient ? EncounterType.INPATIENT : EncounterType.OUTPATIENT_CHRONIC;
        LocalDate admission = inpatient ? discharge.minusDays(1 + random.nextInt(14)) : discharge;
        if (admission.getYear() != year) {
            admission = LocalDate.of(year, 1, 1);
        }
        long totalCents = inpatient ? 200_000 + (long) (random.nextDouble() * random.nextDouble() * 14_800_000)
                : 10_000 + random.nextInt(490_000);
        long own = totalCents * random.nextInt(10) / 100;
        long pre = totalCents * random.nextInt(5) / 100;
        Amounts amounts = new Amounts(cents(totalCents), cents(own), Money.ZERO, cents(pre));
        String diagnosis = random.nextInt(10) == 0 ? "C34.1" : inpatient ? "K35.8" : "E11.9";
        int level = 1 + random.nextInt(3);
        Encounter encounter = new Encounter(type, level, true, false, false, CareLocation.LOCAL, admission, discharge,
                List.of(diagnosis), null, false, amounts);
        CalculationResult r = engine.settle(catalogue.require(RegionCode.ZIBO, discharge), patient, held, encounter,
                ledger);
        String encounterNo = personId + "-" + n;
        ObjectNode claim = JSON.createObjectNode(); // the encounter facts a settlement keeps (V14)
        claim.put("type", type.name()).put("hospitalLevel", level).put("designated", true).put("emergency", false)
                .put("referral", false).put("careLocation", "LOCAL").put("admissionDate", admission.toString())
                .put("dischargeDate", discharge.toString()).putNull("majorDiseaseCode").put("specialDrug", false);
        claim.putArray("diagnoses").add(diagnosis);
        claim.put("total", amounts.total().amount()).put("fullyOwnPay", amounts.fullyOwnPay().amount())
                .put("overLimit", BigDecimal.ZERO.setScale(2)).put("preSelfPay", amounts.preSelfPay().amount());
        String settledAt = discharge.atTime(12, n).atOffset(ZoneOffset.UTC).toString(); // in discharge order
        var p = r.payments();
        csv(settlements, UUID.randomUUID(), "BENCH-H" + level, encounterNo, personId, RegionCode.ZIBO, year, "SETTLED",
                r.policyVersion(), "0".repeat(64), amounts.total().amount(), p.basic().amount(),
                p.majorIllness().amount(), p.assistance().amount(), p.secondaryTilt().amount(), r.fundPay().amount(),
                r.personalPay().amount(), "{}", settledAt, "DISCHARGE", JSON.writeValueAsString(claim), discharge);
        return r.deltas();
    }

    private void flush(CopyManager copy) throws Exception {
        copy.copyIn("COPY person (person_id, name, sex, birth_date, region, insurance_type, rural, disability_grade, "
                + "created_at, updated_at) FROM STDIN (FORMAT csv)", new StringReader(persons.toString()));
        copy.copyIn("COPY assistance_identity (identity_id, person_id, category, subclass, valid_from, valid_to, source, "
                + "application_date, created_at, ended_at) FROM STDIN (FORMAT csv)", new StringReader(identities.toString()));
        copy.copyIn("COPY ledger_year (person_id, region, ledger_year) FROM STDIN (FORMAT csv)",
                new StringReader(years.toString()));
        copy.copyIn("COPY ledger_entry (person_id, region, ledger_year, bucket, amount, kind, settlement_id, created_at)"
                + " FROM STDIN (FORMAT csv)", new StringReader(entries.toString()));
        copy.copyIn("COPY settlement (settlement_id, hospital_code, encounter_no, person_id, region, ledger_year, status, "
                + "policy_version, request_hash, total, basic_pay, major_illness_pay, assistance_pay, tilt_pay, fund_pay, "
                + "personal_pay, response, settled_at, kind, claim, discharge_date) FROM STDIN (FORMAT csv)",
                new StringReader(settlements.toString()));
        for (StringBuilder table : List.of(persons, identities, years, entries, settlements)) {
            table.setLength(0);
        }
    }

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2));
    }

    /** One CSV row; an empty field is NULL, text with a comma or quote is quoted. */
    private static void csv(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            String text = String.valueOf(fields[i]);
            out.append(i == 0 ? "" : ",").append(text.contains(",") || text.contains("\"")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        out.append('\n');
    }
}
