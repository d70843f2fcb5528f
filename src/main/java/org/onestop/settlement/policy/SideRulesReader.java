package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.Money;

/**
 * Reads the typed rules of the {@code side} section (docs/policy-data.md, "side"); each rule is optional, and a rule
 * that is there is validated like the rest of the file.
 */
final class SideRulesReader {

    private SideRulesReader() {
    }

    static SideRules read(PolicyNode side) {
        return new SideRules(optional(side, "highCostAlert", n -> alerts(n, side)),
                optional(side, "premiumSubsidy", SideRulesReader::premiumSubsidy),
                optional(side, "depositWaiver", SideRulesReader::depositWaiver),
                optional(side, "outpatientCashGrant", SideRulesReader::cashGrant),
                optional(side, "otherHardshipTest", SideRulesReader::hardshipTest));
    }

    private static <T> Optional<T> optional(PolicyNode side, String key, Function<PolicyNode, T> reader) {
        return side.has(key) ? Optional.of(reader.apply(side.get(key))) : Optional.empty();
    }

    private static SideRules.HighCostAlert alerts(PolicyNode node, PolicyNode side) {
        List<SideRules.AlertRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (PolicyNode rule : node.require("rules").list()) {
            String code = SectionReading.uniqueCode(rule, codes, "alert rule");
            Set<IdentityCategory> identities = rule.has("identities")
                    ? SectionReading.enumSet(IdentityCategory.class, rule.get("identities")) : Set.of();
            Cited<Money> above = null;
            Cited<BigDecimal> share = null;
            Cited<Money> income = null;
            if (rule.has("above")) {
                above = rule.get("above").money();
            } else {
                share = rule.require("shareOfProvinceIncome").leaf(SideRulesReader::factor);
                income = side.require("perCapitaDisposableIncome").require("provincePreviousYear").money();
            }
            boolean rural = rule.has("ruralOnly") && Boolean.TRUE.equals(value(rule.get("ruralOnly").bool()));
            rules.add(new SideRules.AlertRule(code, rule.citation(), identities, rural,
                    rule.require("basis").enumValue(SideRules.AlertBasis.class), above, share, income));
        }
        return new SideRules.HighCostAlert(List.copyOf(rules));
    }

    private static SideRules.PremiumSubsidy premiumSubsidy(PolicyNode node) {
        List<SideRules.SubsidyTier> tiers = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (PolicyNode tier : node.require("tiers").list()) {
            String code = SectionReading.uniqueCode(tier, codes, "subsidy tier");
            Cited<BigDecimal> share = tier.has("fundShare") ? tier.get("fundShare").rate() : null;
            Cited<Money> amount = tier.has("fundAmount") ? tier.get("fundAmount").money() : null;
            if ((share == null) == (amount == null)) {
                tier.problem(tier.path(), "needs exactly one of fundShare and fundAmount");
            }
            tiers.add(new SideRules.SubsidyTier(code, tier.citation(),
                    SectionReading.enumSet(IdentityCategory.class, tier.require("identities")), share, amount,
                    tier.require("remainderPaidBy").enumValue(SideRules.Payer.class)));
        }
        return new SideRules.PremiumSubsidy(List.copyOf(tiers));
    }

    private static SideRules.DepositWaiver depositWaiver(PolicyNode node) {
        return new SideRules.DepositWaiver(node.citation(),
                SectionReading.enumSet(IdentityCategory.class, node.require("identities")),
                Boolean.TRUE.equals(value(node.require("referralRequired").bool())));
    }

    private static SideRules.OutpatientCashGrant cashGrant(PolicyNode node) {
        PolicyNode classA = node.require("classA");
        PolicyNode elderly = node.require("elderly");
        PolicyNode disability = node.require("disability");
        PolicyNode ageOn = node.require("ageOn");
        return new SideRules.OutpatientCashGrant(node.citation(),
                SectionReading.enumSet(IdentityCategory.class, node.require("identities")),
                classA.require("subclass").text(), classA.require("amount").money(), elderly.require("amount").money(),
                elderly.require("minAgeMale").count(), elderly.require("minAgeFemale").count(),
                disability.require("amount").money(), disability.require("maxGrade").count(),
                ageOn.require("month").count(), ageOn.require("day").count());
    }

    private static SideRules.HardshipTest hardshipTest(PolicyNode node) {
        return new SideRules.HardshipTest(node.citation(), node.require("minimumWageMonthly").money(),
                node.require("incomeFactorOrdinary").leaf(SideRulesReader::factor),
                node.require("incomeFactorMajor").leaf(SideRulesReader::factor),
                node.require("expenseShareOfFamilyIncome").rate());
    }

    /** A factor: a positive decimal (may exceed 1, e.g. 1.5 × the minimum wage). */
    private static BigDecimal factor(tools.jackson.databind.JsonNode n) {
        if (!n.isNumber() || n.decimalValue().signum() <= 0) {
            throw new IllegalArgumentException("'" + n.asString() + "' is not a positive number");
        }
        return n.decimalValue();
    }

    private static <T> T value(Cited<T> cited) {
        return cited == null ? null : cited.value();
    }
}
