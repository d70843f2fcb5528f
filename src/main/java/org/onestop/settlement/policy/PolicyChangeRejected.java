package org.onestop.settlement.policy;

import java.util.List;

/**
 * Changed policy data that the policy files' validation refuses, or changes that name no parameter. Each problem names
 * the change (its index in the list given, or -1 when the validation names a path no change touches) and the path.
 */
public class PolicyChangeRejected extends RuntimeException {

    /**
     * One reason, e.g. change 0, {@code assistance.schemes[0].programs[0].rate}, "1.5 is outside 0..1";
     * {@code valueRefused} when the path names a value and the validation refuses the data with the new one, false
     * when the path names none.
     */
    public record Problem(int change, String path, String message, boolean valueRefused) {
    }

    private final List<Problem> problems;

    public PolicyChangeRejected(List<Problem> problems) {
        super("policy changes refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
