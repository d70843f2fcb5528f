package org.onestop.settlement.calculation;

import java.util.List;
import java.util.stream.Collectors;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.policy.Assistance;

/**
 * The assistance stage's notes that decide nothing but say why: the tier a minimum-living identity without a subclass
 * was taken at (docs/calculation.md, "Minimum living without a subclass"), and why a program of the scheme does not
 * take the encounter.
 */
final class AssistanceNotes {

    private AssistanceNotes() {
    }

    /**
     * The assumption line when the identity used was matched by a subclass rule the region reads for identities whose
     * subclass is missing or not one of its tiers (a matcher with a note), else nothing.
     */
    static List<ExplanationLine> subclassAssumed(SchemeSelection selection) {
        Identity identity = selection.identity();
        return selection.scheme().identities().stream()
                .filter(matcher -> !matcher.subclasses().isEmpty() && matcher.note() != null
                        && matcher.matches(identity.category(), identity.subclass()))
                .findFirst()
                .map(matcher -> List.of(ExplanationText.info(Rule.ASSISTANCE_SUBCLASS_ASSUMED, null,
                        ClerkTerms.identity(identity) + (identity.subclass() == null ? "未注明类别"
                                : "的类别不是本地区的救助档次") + "，按较低档次「" + selection.scheme().name()
                                + "」救助；身份登记补明类别后可按其档次重新结算",
                        new Provenance().reading("低保对象未注明类别按较低档次"))))
                .orElse(List.of());
    }

    /** Why a program does not take the encounter, or null when it does. */
    static String whyNot(Assistance.Program program, EncounterType type, boolean majorDisease) {
        if (!program.encounterTypes().contains(type)) {
            return "只适用于" + program.encounterTypes().stream().sorted().map(ClerkTerms::encounterType)
                    .collect(Collectors.joining("、")) + "，本次为" + ClerkTerms.encounterType(type);
        }
        return switch (program.disease()) {
            case ANY -> null;
            case MAJOR -> majorDisease ? null : "只适用于重特大疾病，本次诊断不在本地区重特大疾病目录内";
            case NOT_MAJOR -> majorDisease ? "只适用于重特大疾病以外的疾病，本次已认定为重特大疾病" : null;
        };
    }
}
