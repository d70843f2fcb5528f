package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.Optional;

import org.onestop.settlement.policy.Assistance;

/**
 * Whether an identity covers a date: {@code validFrom} and {@code validTo} both inclusive (policies.md §2 stage 3);
 * an identity approved on application also reaches back to its retroactive start (001 第十四条(二), 004 四(七)).
 */
final class IdentityValidity {

    private IdentityValidity() {
    }

    static boolean validOn(Identity identity, LocalDate date) {
        return !date.isBefore(identity.validFrom()) && notExpired(identity, date);
    }

    static boolean validOn(Identity identity, LocalDate date, Assistance.Scheme scheme) {
        return validOn(identity, date) || retroactiveStart(identity, scheme)
                .map(start -> !date.isBefore(start) && notExpired(identity, date)).orElse(false);
    }

    /**
     * {@code applicationDate − months}, or the first day of that month where the scheme says so; empty for direct
     * schemes and identities without an application date.
     */
    static Optional<LocalDate> retroactiveStart(Identity identity, Assistance.Scheme scheme) {
        Assistance.Retroactive retroactive = scheme.retroactive();
        if (scheme.mode() != Assistance.Mode.APPLICATION || identity.applicationDate() == null
                || retroactive == null) {
            return Optional.empty();
        }
        LocalDate start = identity.applicationDate().minusMonths(retroactive.months().value());
        return Optional.of(retroactive.fromMonthStart() ? start.withDayOfMonth(1) : start);
    }

    private static boolean notExpired(Identity identity, LocalDate date) {
        return identity.validTo() == null || !date.isAfter(identity.validTo());
    }
}
