package org.onestop.settlement.common;

import java.util.List;

/**
 * A request that is well-formed but semantically invalid (e.g. parts of an amount exceed its total); reported as a
 * {@link ProblemType#VALIDATION} problem listing every {@link FieldViolation}.
 */
public class InvalidRequestException extends ProblemException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public InvalidRequestException(List<FieldViolation> violations) {
        super(ProblemType.VALIDATION, describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** The broken rules, never empty. */
    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }
}
