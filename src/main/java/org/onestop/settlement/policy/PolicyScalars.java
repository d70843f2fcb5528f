package org.onestop.settlement.policy;

import java.math.BigDecimal;

import org.onestop.settlement.common.Money;

import tools.jackson.databind.JsonNode;

/**
 * What a scalar leaf of a policy file may hold (docs/policy-data.md): money, a rate, a boolean, a count, or a plain
 * value for the API. Each conversion checks the value itself and throws {@link IllegalArgumentException} with the
 * reason, which {@link PolicyNode#leaf} reports against the leaf's path.
 */
final class PolicyScalars {

    private PolicyScalars() {
    }

    /** Money in yuan: a number, at most two decimals, not negative. */
    static Money money(JsonNode n) {
        BigDecimal d = decimal(n);
        if (d.signum() < 0) {
            throw new IllegalArgumentException(d.toPlainString() + " is negative");
        }
        if (!Money.isExact(d)) {
            throw new IllegalArgumentException(d.toPlainString() + " has more than two decimals");
        }
        return Money.of(d);
    }

    /** A rate: a decimal in 0..1. */
    static BigDecimal rate(JsonNode n) {
        BigDecimal rate = decimal(n);
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(rate.toPlainString() + " is outside 0..1");
        }
        return rate;
    }

    static Boolean bool(JsonNode n) {
        if (!n.isBoolean()) {
            throw new IllegalArgumentException("'" + n.asString() + "' is not true or false");
        }
        return n.booleanValue();
    }

    /** A whole number ≥ 0. */
    static Integer count(JsonNode n) {
        BigDecimal d = decimal(n);
        if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(d.toPlainString() + " is not a whole number ≥ 0");
        }
        return d.intValueExact();
    }

    /** A scalar as plain Java: BigDecimal for numbers, Boolean, or String. */
    static Object plain(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asString();
    }

    private static BigDecimal decimal(JsonNode n) {
        if (!n.isNumber()) {
            throw new IllegalArgumentException("'" + n.asString() + "' is not a number");
        }
        return n.decimalValue();
    }
}
