package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/** What one fund pays for the encounter, with the fund's national code. */
public record FundLine(Stage stage, String fundCode, String name, Money amount) {
}
