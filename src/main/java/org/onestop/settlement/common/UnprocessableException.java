package org.onestop.settlement.common;

/**
 * A valid request the service cannot process as asked, e.g. no policy in force for the region on the encounter
 * date; reported as {@link ProblemType#UNPROCESSABLE}.
 */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String detail) {
        super(ProblemType.UNPROCESSABLE, detail);
    }
}
