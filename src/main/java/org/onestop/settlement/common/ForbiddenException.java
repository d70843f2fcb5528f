package org.onestop.settlement.common;

/** The authenticated client may not do this (e.g. settle under another hospital's code); reported as 403. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
