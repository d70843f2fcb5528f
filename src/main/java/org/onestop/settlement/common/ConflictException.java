package org.onestop.settlement.common;

import java.util.Map;

/**
 * The request conflicts with the current state, e.g. an idempotency key reused with a different body or a
 * settlement already reversed; reported as {@link ProblemType#CONFLICT}.
 */
public class ConflictException extends ProblemException {

    private final Map<String, Object> members;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    /** @param members extra members of the problem document, e.g. the id of what the request conflicts with */
    public ConflictException(String detail, Map<String, Object> members) {
        super(ProblemType.CONFLICT, detail);
        this.members = Map.copyOf(members);
    }

    /** The extra members of the problem document, in no particular order. */
    public Map<String, Object> members() {
        return members;
    }
}
