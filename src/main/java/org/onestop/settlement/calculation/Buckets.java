package org.onestop.settlement.calculation;

import java.util.Arrays;

import org.onestop.settlement.common.EncounterType;

/** Names of the per-person, per-region, per-year ledger buckets the engine reads and changes (docs/calculation.md). */
public final class Buckets {

    public static final String MAJOR_ILLNESS_BASE = "MAJOR_ILLNESS_BASE";
    public static final String MAJOR_ILLNESS_PAID = "MAJOR_ILLNESS_PAID";
    public static final String ASSISTANCE_THRESHOLD = "ASSISTANCE_THRESHOLD";
    public static final String TILT_BASE = "TILT_BASE";
    public static final String TILT_PAID = "TILT_PAID";

    private Buckets() {
    }

    /** Basic insurance paid from one annual cap pool. */
    public static String basicPaid(String pool) {
        return "BASIC_PAID:" + pool;
    }

    /** Per-year outpatient deductible used. */
    public static String basicDeductible(EncounterType type) {
        return "BASIC_DEDUCTIBLE:" + type.name();
    }

    /** Whether a name is one of the buckets above (a pool or encounter type after the colon). */
    public static boolean isKnown(String bucket) {
        return bucket.equals(MAJOR_ILLNESS_BASE) || bucket.equals(MAJOR_ILLNESS_PAID)
                || bucket.equals(ASSISTANCE_THRESHOLD) || bucket.equals(TILT_BASE) || bucket.equals(TILT_PAID)
                || bucket.matches("(BASIC_PAID|ASSISTANCE_PAID):[A-Z_]+")
                || bucket.matches("BASIC_DEDUCTIBLE:(" + String.join("|", Arrays.stream(
                EncounterType.values()).map(Enum::name).toList()) + ")");
    }

    /** Assistance paid drawing on one cap pool. */
    public static String assistancePaid(String pool) {
        return "ASSISTANCE_PAID:" + pool;
    }
}
