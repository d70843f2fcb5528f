package org.onestop.settlement.np;

/**
 * A transaction the service refuses: answered {@code infcode -1} with this message as {@code err_msg} (HTTP 200, as
 * the platform answers); the message names the platform field at fault.
 */
public class NpFailure extends RuntimeException {

    public NpFailure(String message) {
        super(message);
    }

    /** A failure of one input field: "{@code field}: message". */
    static NpFailure field(String field, String message) {
        return new NpFailure(field + ": " + message);
    }
}
