package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.Cited;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Retroactive supplements (001 第十四条(二), 004 四(七)): an identity approved on application covers encounters back to
 * its retroactive start, and those already settled without it get what stages 3 and 4 pay with it. Each is assessed
 * again in discharge order, on the insurance amounts it was settled with, against the ledgers as they stand (its own
 * stage-3/4 entries taken out, the supplements before it in): the supplement is the difference, with the ledger deltas
 * that turn the encounter's old assessment into the new one. A supplement takes nothing back: where a stage would pay
 * less than was paid, it pays 0, changes no ledger, and says why (docs/calculation.md#retroactive-supplements).
 */
public final class RetroactiveSupplements {

    private final SettlementEngine engine = new SettlementEngine();

    /**
     * An encounter settled before the approval: its policy version, facts, what insurance paid, what assistance and
     * the tilt paid so far (the original and its standing supplements), and the stage-3/4 ledger deltas they made.
     */
    public record Settled(String settlementId, PolicyVersion policy, Encounter encounter, InsurancePaid insurance,
                          Money assistancePaid, Money tiltPaid, LedgerBalances ownDeltas) {

        /** What the person pays for the encounter so far: total less every payment. */
        public Money personalPay() {
            return encounter.amounts().total().minus(insurance.total()).minus(assistancePaid).minus(tiltPaid);
        }
    }

    /**
     * What the approval adds to one settled encounter: stages 3 and 4 as assessed again, the supplement's pay per
     * stage (never negative), its ledger deltas and its explanation.
     */
    public record Supplement(Settled original, CalculationResult recomputed, Money assistancePay, Money tiltPay,
                             LedgerBalances deltas, List<ExplanationLine> explanation) {

        public Money pay() {
            return assistancePay.plus(tiltPay);
        }

        /** What the person pays for the encounter once the supplement is paid. */
        public Money personalPayAfter() {
            return original.personalPay().minus(pay());
        }
    }

    /** Whether {@code approved} is an identity granted on application that covers {@code day} under {@code policy}. */
    public static boolean covers(PolicyVersion policy, Identity approved, LocalDate day) {
        Assistance.Scheme scheme = onApplication(policy, approved);
        return scheme != null && IdentityValidity.validOn(approved, day, scheme);
    }

    /**
     * The clause allowing one approval per medical year (004 四(七)) when the scheme taking {@code identity} under
     * {@code policy} has it; empty otherwise.
     */
    public static Optional<Cited<Boolean>> oneApprovalPerYear(PolicyVersion policy, Identity identity) {
        Assistance.Scheme scheme = onApplication(policy, identity);
        return Optional.ofNullable(scheme).map(Assistance.Scheme::retroactive)
                .map(Assistance.Retroactive::oneApprovalPerYear).filter(Cited::value);
    }

    /**
     * Assesses every encounter of {@code settled} that the approval covers, in discharge order.
     *
     * @param identities every identity of the person, {@code approved} among them
     * @param ledgers    the person's ledger of each year as it stands
     */
    public List<Supplement> assess(Patient patient, List<Identity> identities, Identity approved,
                                   List<Settled> settled, Map<Integer, LedgerBalances> ledgers) {
        Map<Integer, LedgerBalances> now = new HashMap<>(ledgers);
        List<Supplement> supplements = new ArrayList<>();
        List<Settled> inOrder = settled.stream()
                .filter(e -> covers(e.policy(), approved, e.encounter().dischargeDate()))
                .sorted(Comparator.comparing(e -> e.encounter().dischargeDate())).toList();
        for (Settled original : inOrder) {
            int year = original.encounter().ledgerYear();
            LedgerBalances ledger = now.getOrDefault(year, LedgerBalances.EMPTY);
            CalculationResult recomputed = engine.assist(original.policy(), patient, identities, original.encounter(),
                    original.insurance(), ledger.plus(original.ownDeltas().negated()));
            Supplement supplement = supplement(original, approved, recomputed);
            now.put(year, ledger.plus(supplement.deltas()));
            supplements.add(supplement);
        }
        return supplements;
    }

    private static Supplement supplement(Settled original, Identity approved, CalculationResult recomputed) {
        Money assistance = recomputed.payments().assistance();
        Money tilt = recomputed.payments().secondaryTilt();
        String lower = assistance.compareTo(original.assistancePaid()) < 0 ? Stage.ASSISTANCE.chineseName()
                : tilt.compareTo(original.tiltPaid()) < 0 ? Stage.TILT.chineseName() : null;
        Money assistancePay = lower == null ? assistance.minus(original.assistancePaid()) : Money.ZERO;
        Money tiltPay = lower == null ? tilt.minus(original.tiltPaid()) : Money.ZERO;
        LedgerBalances deltas = lower == null
                ? recomputed.deltas().plus(original.ownDeltas().negated()).withoutZeros() : LedgerBalances.EMPTY;

        Assistance.Scheme scheme = onApplication(original.policy(), approved);
        Cited<Integer> months = scheme.retroactive() == null ? null : scheme.retroactive().months();
        String citation = months == null ? scheme.citation() : months.citation();
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(ExplanationText.info(Rule.SUPPLEMENT_RETROACTIVE, citation, ExplanationText.retroactive(approved,
                IdentityValidity.retroactiveStart(approved, scheme).orElse(approved.validFrom()),
                original.settlementId(), original.encounter().dischargeDate()),
                months == null ? new Provenance() : new Provenance().of("追溯期", months)));
        recomputed.explanation().stream().filter(line -> line.stage() != null).forEach(lines::add);
        Provenance reading = lower == null ? new Provenance() : new Provenance().reading("补充结算不追回已付款项");
        lines.add(ExplanationText.line(Rule.SUPPLEMENT_ASSISTANCE, citation, ExplanationText.supplementDifference(
                Stage.ASSISTANCE.chineseName(), assistance, original.assistancePaid(), assistancePay, lower),
                assistancePay, reading));
        lines.add(ExplanationText.line(Rule.SUPPLEMENT_TILT, citation, ExplanationText.supplementDifference(
                Stage.TILT.chineseName(), tilt, original.tiltPaid(), tiltPay, lower), tiltPay, reading));
        Money personalAfter = original.personalPay().minus(assistancePay).minus(tiltPay);
        lines.add(ExplanationText.line(Rule.SUPPLEMENT_SUMMARY, null, ExplanationText.supplementSummary(assistancePay,
                tiltPay, original.personalPay()), personalAfter, new Provenance()));
        return new Supplement(original, recomputed, assistancePay, tiltPay, deltas, List.copyOf(lines));
    }

    /** The scheme taking {@code identity} when it is granted on application with an application date, else null. */
    private static Assistance.Scheme onApplication(PolicyVersion policy, Identity identity) {
        Assistance.Scheme scheme = SchemeSelection.schemeTaking(identity, policy.assistance());
        return scheme != null && scheme.mode() == Assistance.Mode.APPLICATION && identity.applicationDate() != null
                ? scheme : null;
    }
}
