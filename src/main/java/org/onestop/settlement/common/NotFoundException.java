package org.onestop.settlement.common;

/** The addressed entity (a settlement, a person, a policy) does not exist; reported as {@link ProblemType#NOT_FOUND}. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
