package org.onestop.settlement.policy;

import static org.onestop.settlement.policy.SectionReading.enumSet;
import static org.onestop.settlement.policy.SectionReading.fund;
import static org.onestop.settlement.policy.SectionReading.pools;
import static org.onestop.settlement.policy.SectionReading.uniqueCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.Money;

/**
 * Reads the {@code assistance} section (医疗救助): its funds, the non-designated exceptions, and the schemes with the
 * identities each takes (an identity, or identity and subclass, belongs to one scheme only), threshold, cap pools,
 * programs, retroactive window and tilt (二次倾斜救助), and the after-care assistance clause where there is one.
 */
final class AssistanceReader {

    private AssistanceReader() {
    }

    static Assistance read(PolicyNode node) {
        PolicyNode nonDesignated = node.require("nonDesignated");
        List<Assistance.Scheme> schemes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> claimedBy = new LinkedHashMap<>();
        for (PolicyNode s : node.require("schemes").list()) {
            String code = uniqueCode(s, codes, "scheme");
            List<Assistance.IdentityMatcher> matchers = new ArrayList<>();
            for (PolicyNode m : s.require("identities").list()) {
                matchers.add(identityMatcher(m, code, claimedBy));
            }
            Assistance.Mode mode = s.require("mode").enumValue(Assistance.Mode.class);
            Assistance.Retroactive retroactive = retroactive(s.get("retroactive"), mode);
            Map<String, Cited<Money>> pools = pools(s.require("pools"));
            List<Assistance.Program> programs = new ArrayList<>();
            for (PolicyNode p : s.require("programs").list()) {
                programs.add(program(p, pools));
            }
            Assistance.SecondaryTilt tilt = null;
            PolicyNode t = s.get("tilt");
            if (t.present()) {
                tilt = new Assistance.SecondaryTilt(t.require("threshold").money(), t.require("rate").rate(),
                        t.get("cap").moneyOrNone(), t.require("placeOfCare").enumValue(Assistance.PlaceOfCare.class));
            }
            schemes.add(new Assistance.Scheme(code, s.require("name").text(), s.citation(),
                    s.get("note").optionalText(), matchers, mode, retroactive, s.require("threshold").money(), pools,
                    programs, tilt));
        }
        Cited<Boolean> emergency = nonDesignated.require("emergency").bool();
        PolicyNode excluded = nonDesignated.get("excluded");
        PolicyNode afterCare = node.get("afterCare");
        return new Assistance(fund(node.require("fund")), fund(node.require("tiltFund")), emergency,
                nonDesignated.require("referral").bool(), excluded.present() ? excluded.bool() : emergency,
                node.require("uninsuredAssisted").bool(),
                afterCare.present() ? afterCare.bool() : null, schemes);
    }

    /**
     * An identity a scheme takes, with its subclasses (none: all); {@code claimedBy} records which scheme took each
     * identity and subclass so far, and a second scheme taking one is reported.
     */
    private static Assistance.IdentityMatcher identityMatcher(PolicyNode m, String scheme,
                                                              Map<String, String> claimedBy) {
        IdentityCategory category = m.require("category").enumValue(IdentityCategory.class);
        Set<String> subclasses = new LinkedHashSet<>();
        for (PolicyNode sub : m.get("subclasses").list()) {
            String word = sub.text();
            if (category != null && word != null && !Assistance.IdentityMatcher.NO_SUBCLASS.equals(word)
                    && !category.acceptsSubclass(word)) {
                sub.problem(sub.path(), "unknown subclass '" + word + "' of " + category);
            }
            subclasses.add(word);
        }
        if (category != null) {
            for (String sub : subclasses.isEmpty() ? Set.of("*") : subclasses) {
                String earlier = claimedBy.putIfAbsent(category + "/" + sub, scheme);
                if (earlier != null && !earlier.equals(scheme)) {
                    m.problem(m.path(), category + (sub.equals("*") ? "" : "/" + sub)
                            + " is already taken by scheme " + earlier);
                }
            }
        }
        return new Assistance.IdentityMatcher(category, subclasses, m.get("note").optionalText());
    }

    /** The retroactive window, only for on-application schemes. */
    private static Assistance.Retroactive retroactive(PolicyNode r, Assistance.Mode mode) {
        if (!r.present()) {
            return null;
        }
        if (mode == Assistance.Mode.DIRECT) {
            r.problem(r.path(), "only on-application (mode APPLICATION) schemes are retroactive");
        }
        Cited<Integer> months = r.require("months").count();
        return new Assistance.Retroactive(months, flag(r.get("fromMonthStart")).value(),
                r.has("oneApprovalPerYear") ? r.get("oneApprovalPerYear").bool()
                        : new Cited<>(false, months.citation(), months.illustrative()));
    }

    /** An optional yes/no leaf; absent is no. */
    private static Cited<Boolean> flag(PolicyNode leaf) {
        Cited<Boolean> value = leaf.present() ? leaf.bool() : null;
        return value == null || value.value() == null ? new Cited<>(false, null, false) : value;
    }

    /** A program of a scheme, drawing on at least one of the scheme's cap pools. */
    private static Assistance.Program program(PolicyNode p, Map<String, Cited<Money>> pools) {
        List<String> programPools = new ArrayList<>();
        for (PolicyNode pool : p.require("pools").list()) {
            String name = pool.text();
            if (name != null && !pools.containsKey(name)) {
                pool.problem(pool.path(), "unknown pool '" + name + "' (scheme pools: " + pools.keySet() + ")");
            }
            programPools.add(name);
        }
        if (programPools.isEmpty()) {
            p.problem(p.path() + ".pools", "a program draws on at least one cap pool");
        }
        return new Assistance.Program(p.require("code").text(), p.require("name").text(),
                enumSet(EncounterType.class, p.require("encounterTypes")),
                p.require("disease").enumValue(Assistance.DiseaseCondition.class), p.require("rate").rate(),
                programPools);
    }
}
