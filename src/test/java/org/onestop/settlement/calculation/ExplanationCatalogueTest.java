package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.Cited;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Every rule of the catalogue ({@link Rule}) has a Chinese title, and every citation an explanation line can carry
 * resolves: to the region's own document (its number, then the article), or to a section of a {@code docs/} file
 * of this repository whose heading exists. The citations come from the catalogue (rules of the project's own), from
 * the policy data (every cited value a stage reads), and from the lines the golden cases actually produce.
 */
class ExplanationCatalogueTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern DOCS_REFERENCE = Pattern.compile("^(docs/[A-Za-z0-9_./-]+)(?:#([a-z0-9-]+))?");

    @Test
    void everyRuleHasAChineseTitleAndEveryOwnRuleCitesADocsSectionThatExists() {
        for (Rule rule : Rule.values()) {
            assertThat(CHINESE.matcher(rule.title()).find()).as("Chinese title of %s", rule).isTrue();
            if (rule.rulesReference() != null) {
                assertResolvesToDocs(rule.rulesReference(), rule.template());
            }
        }
        for (Stage stage : Stage.values()) {
            assertThat(CHINESE.matcher(stage.chineseName()).find()).as("Chinese name of %s", stage).isTrue();
        }
    }

    @Test
    void everyCitationThePolicyDataLendsToALineResolves() {
        for (var region : BundledPolicies.catalogue().regions()) {
            for (PolicyVersion policy : BundledPolicies.catalogue().versions(region)) {
                for (String citation : citationsOf(policy)) {
                    assertResolves(citation, policy, policy.version());
                }
            }
        }
    }

    @Test
    void everyLineOfTheGoldenCasesIsACatalogueRuleWithAResolvingCitation() {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        SettlementEngine engine = new SettlementEngine();
        for (GoldenCases.GoldenCase c : GoldenCases.all()) {
            Map<Integer, Map<String, Money>> ledgers = new HashMap<>();
            c.priorLedger().forEach((year, buckets) -> ledgers.put(year, new HashMap<>(buckets)));
            for (GoldenCases.Step step : c.steps()) {
                Encounter e = step.encounter();
                PolicyVersion policy = BundledPolicies.catalogue().require(c.region(), e.dischargeDate());
                Map<String, Money> ledger = ledgers.computeIfAbsent(e.ledgerYear(), y -> new HashMap<>());
                CalculationResult r = engine.settle(policy, c.patient(), c.identities(), e, Ledgers.balances(ledger));
                for (ExplanationLine line : r.explanation()) {
                    Rule rule = ruleOf(line.rule());
                    assertThat(rule).as("catalogue rule of %s in %s", line.rule(), c).isNotNull();
                    seen.add(rule);
                    assertThat(line.stage()).as("stage of %s", line.rule()).isEqualTo(rule.stage());
                    assertThat(CHINESE.matcher(line.title()).find()).as("title of %s", line.rule()).isTrue();
                    assertThat(line.amount() == null).as("amount null exactly for informing %s", line.rule())
                            .isEqualTo(rule.informs());
                    assertResolves(line.citation(), policy, c + " " + line.rule());
                    assertThat(line.formula()).as("formula of %s", line.rule()).doesNotContain("policies.md");
                    for (String tag : line.tags()) {
                        assertThat(line.formula()).as("marker of tag %s in %s", tag, line.rule()).contains(tag);
                    }
                }
                Ledgers.byName(r.deltas()).forEach((bucket, delta) -> ledger.merge(bucket, delta, Money::plus));
            }
        }
        assertThat(seen).as("rules the golden cases produce").contains(Rule.SUMMARY, Rule.BASIC_PAID,
                Rule.ASSISTANCE_THRESHOLD, Rule.ASSISTANCE_PROGRAM, Rule.ASSISTANCE_IDENTITY_NOT_USED);
    }

    /** The catalogue rule whose id (or templated id) is {@code id}, or null. */
    private static Rule ruleOf(String id) {
        for (Rule rule : Rule.values()) {
            String pattern = Pattern.quote(rule.template()).replace("%s", "\\E[a-z0-9_]+\\Q");
            if (id.matches(pattern)) {
                return rule;
            }
        }
        return null;
    }

    /** Every citation a stage can put on a line, read from the policy model the stages read. */
    private static List<String> citationsOf(PolicyVersion policy) {
        List<String> citations = new ArrayList<>();
        policy.basicInsurance().plans().values().forEach(plan -> {
            plan.pools().values().forEach(cited -> citations.add(cited.citation()));
            plan.encounters().values().forEach(rule -> rule.levels().values().forEach(level -> {
                citations.add(level.deductible().citation());
                citations.add(level.rate().citation());
            }));
        });
        var majorIllness = policy.majorIllness();
        majorIllness.plans().values().forEach(plan -> {
            citations.add(plan.deductible().citation());
            citations.add(plan.cap().citation());
            plan.segments().forEach(segment -> citations.add(segment.rate().citation()));
        });
        if (majorIllness.preferentialPayment() != null) {
            citations.add(majorIllness.preferentialPayment().citation());
            citations.add(majorIllness.preferentialPayment().capped().citation());
        }
        Assistance assistance = policy.assistance();
        citations.add(assistance.nonDesignatedEmergency().citation());
        citations.add(assistance.nonDesignatedReferral().citation());
        citations.add(assistance.nonDesignatedExcluded().citation());
        citations.add(assistance.uninsuredAssisted().citation());
        if (assistance.afterCare() != null) {
            citations.add(assistance.afterCare().citation());
        }
        for (Assistance.Scheme scheme : assistance.schemes()) {
            citations.add(scheme.citation());
            if (scheme.retroactive() != null) {
                citations.add(scheme.retroactive().months().citation());
                citations.add(scheme.retroactive().oneApprovalPerYear().citation());
            }
            citations.add(scheme.threshold().citation());
            scheme.pools().values().forEach(cited -> citations.add(cited.citation()));
            scheme.programs().forEach(program -> citations.add(program.rate().citation()));
            if (scheme.tilt() != null) {
                citations.add(scheme.tilt().threshold().citation());
                citations.add(scheme.tilt().rate().citation());
                citations.add(scheme.tilt().cap().citation());
            }
        }
        citations.add(policy.diseases().citation());
        if (policy.parameters().get("assistance") instanceof Map<?, ?> section
                && section.get("highestStandard") instanceof Cited<?> cited) {
            citations.add(cited.citation());
        }
        return citations;
    }

    private static void assertResolves(String citation, PolicyVersion policy, String where) {
        assertThat(citation).as("citation of %s", where).isNotBlank().doesNotContain("policies.md");
        if (citation.startsWith("docs/")) {
            assertResolvesToDocs(citation, where);
        } else {
            assertThat(citation).as("citation of %s names %s", where, policy.region())
                    .startsWith(policy.document().number());
            assertThat(citation.length()).as("article after the document number in %s", where)
                    .isGreaterThan(policy.document().number().length() + 1);
        }
    }

    private static void assertResolvesToDocs(String citation, String where) {
        Matcher reference = DOCS_REFERENCE.matcher(citation);
        assertThat(reference.find()).as("docs reference in %s: %s", where, citation).isTrue();
        Path file = Path.of(reference.group(1));
        assertThat(file).as("file of %s", where).isRegularFile();
        if (reference.group(2) != null) {
            assertThat(anchors(file)).as("anchor %s in %s (%s)", reference.group(2), file, where)
                    .contains(reference.group(2));
        }
    }

    /** The anchors a Markdown renderer gives the headings of a file (lower case, punctuation dropped, dashes). */
    private static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("#")) {
                    anchors.add(line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N} _-]", "").trim().replace(' ', '-'));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
        return anchors;
    }
}
