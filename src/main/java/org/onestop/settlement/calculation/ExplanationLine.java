package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/**
 * One line of a settlement's explanation: the stage, the rule applied, the article it comes from, the formula with
 * the numbers, and what the line pays (zero lines say why nothing was paid).
 */
public record ExplanationLine(Stage stage, String rule, String citation, String formula, Money amount) {
}
