package org.onestop.settlement.policy;

import java.util.List;

/**
 * A policy file (or the set of them) is invalid. Each problem names the file and the path of the bad value, e.g.
 * {@code zibo-2023-01-01.yaml: assistance.schemes[1].programs[0].rate: 1.5 is outside 0..1}.
 */
public class PolicyDataException extends RuntimeException {

    private final List<String> problems;

    public PolicyDataException(List<String> problems) {
        super("invalid policy data:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
