package org.onestop.settlement.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.Money;

/**
 * What caps each bucket of a person-year on a day: the buckets the person's insurance and assistance scheme use, in
 * the order a reader meets them, each with its annual cap, or without one (a base, a per-year deductible, an
 * uncapped pool). Built by the calculation from policy and identities; read by the stages and the ledger view.
 */
public final class QuotaCaps {

    private final Map<Bucket, Money> caps;

    private QuotaCaps(Map<Bucket, Money> caps) {
        this.caps = caps;
    }

    /** Lists the buckets in order; a null cap means the bucket has none. */
    public static final class Builder {

        /** The caps listed so far; null once built, so that the caps handed out never change. */
        private Map<Bucket, Money> caps = new LinkedHashMap<>();

        public Builder capped(Bucket bucket, Money cap) {
            listing().put(bucket, cap);
            return this;
        }

        public Builder uncapped(Bucket bucket) {
            listing().put(bucket, null);
            return this;
        }

        /** The caps listed; a builder builds once. */
        public QuotaCaps build() {
            QuotaCaps built = new QuotaCaps(Collections.unmodifiableMap(listing()));
            caps = null;
            return built;
        }

        private Map<Bucket, Money> listing() {
            if (caps == null) {
                throw new IllegalStateException("these caps are built already");
            }
            return caps;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The buckets listed, in order. */
    public Set<Bucket> buckets() {
        return caps.keySet();
    }

    /** The bucket's annual cap, or null where it has none (or is not listed). */
    public Money capOf(Bucket bucket) {
        return caps.get(bucket);
    }

    /** {@code max(0, cap − used)}, or null where the bucket has no cap. */
    public Money remaining(Bucket bucket, Money used) {
        Money cap = caps.get(bucket);
        return cap == null ? null : cap.minus(used).atLeastZero();
    }
}
