package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/**
 * One line of a settlement's explanation: the stage, the rule applied, the article it comes from, the formula with
 * the numbers, what the line pays (zero lines say why nothing was paid), and whether a parameter it used is an
 * illustrative default (no seed gives the figure).
 */
public record ExplanationLine(Stage stage, String rule, String citation, String formula, Money amount,
                              boolean illustrative) {

    /** A line that used no parameter (a reason why nothing was paid). */
    public ExplanationLine(Stage stage, String rule, String citation, String formula, Money amount) {
        this(stage, rule, citation, formula, amount, false);
    }
}
