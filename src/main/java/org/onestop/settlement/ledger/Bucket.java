package org.onestop.settlement.ledger;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onestop.settlement.common.EncounterType;

/**
 * One quota bucket of a person-year (docs/calculation.md): a kind, and for some kinds the cap pool or encounter type
 * it belongs to. It renders to the bucket name stored in the database and shown in the API, e.g.
 * {@code BASIC_PAID:BASIC} or {@code TILT_PAID}, and is read back from it.
 */
public record Bucket(Kind kind, String qualifier) implements Comparable<Bucket> {

    private static final Pattern POOL = Pattern.compile("[A-Z_]+");

    /** What a bucket accumulates over the year. */
    public enum Kind {
        /** Basic insurance paid from one annual cap pool (qualified by the pool). */
        BASIC_PAID(true),
        /** Per-year basic deductible used (起付线, qualified by the encounter type). */
        BASIC_DEDUCTIBLE(true),
        /** The accumulated major-illness base (大病保险 合规费用). */
        MAJOR_ILLNESS_BASE(false),
        /** Major-illness insurance paid. */
        MAJOR_ILLNESS_PAID(false),
        /** The assistance threshold consumed (救助起付线). */
        ASSISTANCE_THRESHOLD(false),
        /** Assistance paid drawing on one cap pool (qualified by the pool). */
        ASSISTANCE_PAID(true),
        /** The accumulated burden the secondary tilt sees. */
        TILT_BASE(false),
        /** Secondary tilt paid. */
        TILT_PAID(false);

        private final boolean qualified;

        Kind(boolean qualified) {
            this.qualified = qualified;
        }
    }

    public static final Bucket MAJOR_ILLNESS_BASE = new Bucket(Kind.MAJOR_ILLNESS_BASE, null);
    public static final Bucket MAJOR_ILLNESS_PAID = new Bucket(Kind.MAJOR_ILLNESS_PAID, null);
    public static final Bucket ASSISTANCE_THRESHOLD = new Bucket(Kind.ASSISTANCE_THRESHOLD, null);
    public static final Bucket TILT_BASE = new Bucket(Kind.TILT_BASE, null);
    public static final Bucket TILT_PAID = new Bucket(Kind.TILT_PAID, null);

    /** {@code qualifier} is required for the qualified kinds and absent for the others. */
    public Bucket {
        if (kind.qualified != (qualifier != null)) {
            throw new IllegalArgumentException(kind + (kind.qualified ? " needs" : " takes no") + " qualifier");
        }
    }

    public static Bucket basicPaid(String pool) {
        return new Bucket(Kind.BASIC_PAID, pool);
    }

    public static Bucket basicDeductible(EncounterType type) {
        return new Bucket(Kind.BASIC_DEDUCTIBLE, type.name());
    }

    public static Bucket assistancePaid(String pool) {
        return new Bucket(Kind.ASSISTANCE_PAID, pool);
    }

    /** The bucket a stored or requested name stands for; empty for a name that is none of the buckets above. */
    public static Optional<Bucket> parse(String name) {
        int colon = name.indexOf(':');
        String kindName = colon < 0 ? name : name.substring(0, colon);
        String qualifier = colon < 0 ? null : name.substring(colon + 1);
        Kind kind = Arrays.stream(Kind.values()).filter(candidate -> candidate.name().equals(kindName)).findFirst().orElse(null);
        if (kind == null || kind.qualified != (qualifier != null)) {
            return Optional.empty();
        }
        boolean qualifierFits = qualifier == null || (kind == Kind.BASIC_DEDUCTIBLE
                ? Arrays.stream(EncounterType.values()).anyMatch(type -> type.name().equals(qualifier))
                : POOL.matcher(qualifier).matches());
        return qualifierFits ? Optional.of(new Bucket(kind, qualifier)) : Optional.empty();
    }

    /** The stored name: {@code KIND} or {@code KIND:qualifier}. */
    public String name() {
        return qualifier == null ? kind.name() : kind.name() + ":" + qualifier;
    }

    /** Buckets sort by their names, as the database lists them. */
    @Override
    public int compareTo(Bucket other) {
        return name().compareTo(other.name());
    }

    @Override
    public String toString() {
        return name();
    }
}
