package org.onestop.settlement.common;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's identifier in the registry (人员编号): 1 to 64 letters, digits, {@code _} or {@code -}. The format is
 * checked when the value is built, so a {@code PersonId} in the domain is always well-formed.
 */
public record PersonId(String value) {

    /** The accepted format, also used by bean validation on path variables and request fields. */
    public static final String FORMAT = "[A-Za-z0-9_-]{1,64}";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public PersonId {
        Objects.requireNonNull(value, "person id");
        if (!PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("person id must match " + FORMAT);
        }
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** The id when {@code value} is well-formed, else empty (a text that cannot name any person). */
    public static Optional<PersonId> parse(String value) {
        return value != null && PATTERN.matcher(value).matches() ? Optional.of(new PersonId(value)) : Optional.empty();
    }

    /**
     * The id a request names: a text no person can have names an unknown person, answered as not found like an id
     * that is well-formed but unknown.
     */
    public static PersonId requested(String value) {
        return parse(value).orElseThrow(() -> new NotFoundException("unknown person " + value));
    }

    @Override
    public String toString() {
        return value;
    }
}
