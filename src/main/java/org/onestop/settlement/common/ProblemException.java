package org.onestop.settlement.common;

import java.util.Objects;

/**
 * Base of the exceptions the domain throws to end a request with a given {@link ProblemType}; the web layer turns
 * them into RFC 9457 problem responses, using the message as {@code detail}.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
    }

    protected ProblemException(ProblemType type, String detail, Throwable cause) {
        super(detail, cause);
        this.type = Objects.requireNonNull(type, "type");
    }

    public ProblemType type() {
        return type;
    }
}
