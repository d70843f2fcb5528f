package org.onestop.settlement.support;

/**
 * A settlement's explanation as text for assertion messages, one line per explanation line, from the line's plain
 * fields so that the engine's results and the API's answers read alike. Example:
 * {@code Explanations.line(Stage.BASIC, "...", "(54000.00 − 800.00) × 60% = 31920.00", Money.of("31920.00"))}.
 */
public final class Explanations {

    private Explanations() {
    }

    /** {@code "  STAGE rule: formula = amount\n"}; stage and amount as their {@code toString()}. */
    public static String line(Object stage, String rule, String formula, Object amount) {
        return "  " + stage + ' ' + rule + ": " + formula + " = " + amount + '\n';
    }
}
