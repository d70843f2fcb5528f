package org.onestop.settlement.common;

import java.util.Objects;

/**
 * A medical institution's code (定点医药机构编码): 1 to 64 visible characters, no white space or control characters.
 * A hospital client is bound to one; a settlement is keyed by it together with the encounter number.
 */
public record HospitalCode(String value) {

    /** Longest accepted code. */
    public static final int MAX_LENGTH = 64;

    public HospitalCode {
        Objects.requireNonNull(value, "hospital code");
        if (value.isEmpty() || value.length() > MAX_LENGTH
                || value.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            throw new IllegalArgumentException("hospital code must be 1 to " + MAX_LENGTH
                    + " characters without white space");
        }
    }

    public static HospitalCode of(String value) {
        return new HospitalCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
