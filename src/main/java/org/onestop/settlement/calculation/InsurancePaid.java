package org.onestop.settlement.calculation;

import org.onestop.settlement.common.Money;

/**
 * What basic and major-illness insurance already paid for an encounter, given rather than computed: by the original
 * settlement (for a retroactive supplement) or by the receipt of an insurer elsewhere (for an after-care claim).
 * Stages 3 and 4 see these amounts exactly as the discharge desk's stages 1 and 2 would have left them.
 *
 * @param settledBy who paid them, in a clerk's words (e.g. 原结算, or the insurer named on the receipt)
 * @param reference the settlement's number there
 */
public record InsurancePaid(Money basic, Money majorIllness, String settledBy, String reference) {

    /** Both insurance stages together. */
    public Money total() {
        return basic.plus(majorIllness);
    }
}
