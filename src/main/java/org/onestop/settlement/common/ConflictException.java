package org.onestop.settlement.common;

/**
 * The request conflicts with the current state, e.g. an idempotency key reused with a different body or a
 * settlement already reversed; reported as {@link ProblemType#CONFLICT}.
 */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
