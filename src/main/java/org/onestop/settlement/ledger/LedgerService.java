package org.onestop.settlement.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's annual quota ledger as a reader sees it (every bucket with what it used, its cap and what remains), and
 * opening balances carried over from a previous system into a year that has no entries yet.
 */
@Service
public class LedgerService {

    private final LedgerHolders holders;
    private final LedgerStore store;
    private final Clock clock;

    LedgerService(LedgerHolders holders, LedgerStore store, Clock clock) {
        this.holders = holders;
        this.store = store;
        this.clock = clock;
    }

    /** A person-year's statement under the policy version of that year. */
    public record Statement(PersonYear personYear, String policyVersion, List<Line> lines) {
    }

    /** One bucket: used so far, its cap and what remains (both null where the bucket has no cap). */
    public record Line(Bucket bucket, Money used, Money cap, Money remaining) {
    }

    /** The statement of a year, or of this year when {@code year} is null. */
    @Transactional(readOnly = true)
    public Statement statement(PersonId personId, Integer year) {
        RegionCode region = regionOf(personId);
        return statement(new PersonYear(personId, region,
                year == null ? LocalDate.now(clock).getYear() : year));
    }

    /**
     * Records opening balances (bucket name → amount) for a year without entries, under the person-year's lock:
     * every name must be a bucket and every amount ≥ 0 in cents, and the year must have no entries yet.
     */
    @Transactional
    public Statement open(PersonId personId, int year, Map<String, BigDecimal> openingBalances) {
        RegionCode region = regionOf(personId);
        LedgerBalances amounts = checked(openingBalances);
        PersonYear personYear = new PersonYear(personId, region, year);
        store.lock(personYear);
        if (store.hasEntries(personYear)) {
            throw new ConflictException("person " + personId + " already has ledger entries in " + year
                    + ": opening balances are only for a year that has none");
        }
        Instant now = clock.instant();
        store.apply(personYear, amounts, LedgerStore.EntryKind.OPENING, null, now);
        return statement(personYear);
    }

    private static LedgerBalances checked(Map<String, BigDecimal> openingBalances) {
        Map<Bucket, Money> amounts = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        openingBalances.forEach((name, amount) -> {
            Optional<Bucket> bucket = Bucket.parse(name);
            if (bucket.isEmpty()) {
                violations.add(new FieldViolation("buckets." + name, "unknown bucket"));
            } else if (amount.signum() < 0 || !Money.isExact(amount)) {
                violations.add(new FieldViolation("buckets." + name, "must be ≥ 0 with at most two decimals"));
            } else {
                amounts.put(bucket.get(), Money.of(amount));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return LedgerBalances.of(amounts);
    }

    private RegionCode regionOf(PersonId personId) {
        return holders.regionOf(personId).orElseThrow(() -> new NotFoundException("unknown person " + personId));
    }

    /** Every capped bucket first (in the caps' order), then any other bucket that holds an amount. */
    private Statement statement(PersonYear personYear) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = personYear.year() == today.getYear() ? today : LocalDate.of(personYear.year(), 12, 31);
        LedgerHolders.Terms terms = holders.termsOn(personYear.personId(), day);
        LedgerBalances used = store.balances(personYear);
        Set<Bucket> buckets = new LinkedHashSet<>(terms.caps().buckets());
        buckets.addAll(used.asMap().keySet());
        List<Line> lines = new ArrayList<>();
        for (Bucket bucket : buckets) {
            Money amount = used.amountOf(bucket);
            lines.add(new Line(bucket, amount, terms.caps().capOf(bucket), terms.caps().remaining(bucket, amount)));
        }
        return new Statement(personYear, terms.policyVersion(), lines);
    }
}
