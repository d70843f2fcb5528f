package org.onestop.settlement.policy;

import static org.onestop.settlement.policy.SectionReading.enumSet;
import static org.onestop.settlement.policy.SectionReading.fund;
import static org.onestop.settlement.policy.SectionReading.insuranceType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/**
 * Reads the {@code majorIllness} section (大病保险): the encounter types it covers, per insurance type the deductible,
 * the rate segments in ascending order and the cap, and the optional tilt for assisted persons.
 */
final class MajorIllnessReader {

    private MajorIllnessReader() {
    }

    static MajorIllness read(PolicyNode node) {
        Set<EncounterType> encounterTypes = enumSet(EncounterType.class, node.require("encounterTypes"));
        Map<InsuranceType, MajorIllness.Plan> plans = new EnumMap<>(InsuranceType.class);
        node.require("insuranceTypes").entries().forEach((type, planNode) -> {
            InsuranceType insuranceType = insuranceType(type, planNode);
            Cited<Money> deductible = planNode.require("deductible").money();
            List<MajorIllness.Segment> segments = segments(planNode, deductible);
            if (insuranceType != null) {
                plans.put(insuranceType, new MajorIllness.Plan(fund(planNode.require("fund")), deductible, segments,
                        planNode.require("cap").money()));
            }
        });
        MajorIllness.PreferentialPayment tilt = null;
        PolicyNode t = node.get("tilt");
        if (t.present()) {
            tilt = new MajorIllness.PreferentialPayment(t.citation(),
                    enumSet(IdentityCategory.class, t.require("identities")),
                    enumSet(InsuranceType.class, t.require("insuranceTypes")),
                    t.require("deductibleFactor").rate(), t.require("rateIncrease").rate(),
                    t.require("capped").bool(), t.require("specialDrugWithoutDeductible").bool());
        }
        return new MajorIllness(encounterTypes, plans, tilt);
    }

    /** The rate segments: the first starts at the deductible, each later one above the bound before it. */
    private static List<MajorIllness.Segment> segments(PolicyNode planNode, Cited<Money> deductible) {
        List<MajorIllness.Segment> segments = new ArrayList<>();
        Money previous = deductible == null ? Money.ZERO : deductible.value();
        List<PolicyNode> segmentNodes = planNode.require("segments").list();
        if (segmentNodes.isEmpty()) {
            planNode.problem(planNode.path() + ".segments", "needs at least one segment");
        }
        for (int i = 0; i < segmentNodes.size(); i++) {
            PolicyNode s = segmentNodes.get(i);
            Cited<Money> from = null;
            if (i == 0 && s.has("from")) {
                s.problem(s.path() + ".from", "the first segment starts at the deductible; give no 'from'");
            } else if (i > 0) {
                from = s.require("from").money();
                if (from != null && previous != null && from.value().compareTo(previous) <= 0) {
                    s.problem(s.path() + ".from", from.value() + " is not above the previous bound " + previous
                            + " (segment bounds out of order)");
                }
                previous = from == null ? previous : from.value();
            }
            segments.add(new MajorIllness.Segment(from, s.require("rate").rate()));
        }
        return segments;
    }
}
