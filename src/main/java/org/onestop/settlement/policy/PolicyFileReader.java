package org.onestop.settlement.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates one policy file (docs/policy-data.md) into a {@link PolicyVersion}. Every problem is reported
 * with the file name and the path of the bad value; a file with any problem yields no version.
 */
final class PolicyFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final List<String> SECTIONS =
            List.of("basicInsurance", "majorIllness", "assistance", "diseases", "side");

    private final List<String> problems = new ArrayList<>();

    /** @throws PolicyDataException naming {@code fileName} and every bad path */
    static PolicyVersion read(String fileName, byte[] content) {
        return new PolicyFileReader().parse(fileName, content);
    }

    private PolicyVersion parse(String fileName, byte[] content) {
        JsonNode json;
        try {
            json = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new PolicyDataException(List.of(fileName + ": not valid YAML: " + e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new PolicyDataException(List.of(fileName + ": must be a YAML map"));
        }
        PolicyNode root = PolicyNode.root(json, problems);
        RegionCode region = root.require("region").enumValue(RegionCode.class);
        String version = root.require("version").text();
        LocalDate from = date(root.require("effectiveFrom"));
        LocalDate to = root.has("effectiveTo") ? date(root.get("effectiveTo")) : null;
        if (from != null && to != null && to.isBefore(from)) {
            root.problem("effectiveTo", to + " is before effectiveFrom " + from);
        }
        PolicyNode doc = root.require("document");
        var document = new PolicyVersion.Document(doc.require("number").text(), doc.require("title").text(),
                doc.get("seed").optionalText());

        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            parameters.put(section, root.require(section).tree());
        }
        BasicInsurance basic = basicInsurance(root.get("basicInsurance"));
        MajorIllness majorIllness = majorIllness(root.get("majorIllness"));
        Assistance assistance = assistance(root.get("assistance"));
        DiseaseCatalogue diseases = diseases(root.get("diseases"));
        checkIdentityCodes(root.get("side"));

        if (!problems.isEmpty()) {
            List<String> named = new ArrayList<>();
            new LinkedHashSet<>(problems).forEach(p -> named.add(fileName + ": " + p));
            throw new PolicyDataException(named);
        }
        return new PolicyVersion(region, version, from, to, document, sha256(content), basic, majorIllness,
                assistance, diseases, parameters);
    }

    private LocalDate date(PolicyNode node) {
        String text = node.text();
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            node.problem(node.path(), "'" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private BasicInsurance basicInsurance(PolicyNode node) {
        Map<InsuranceType, BasicInsurance.Plan> plans = new EnumMap<>(InsuranceType.class);
        node.require("insuranceTypes").entries().forEach((type, planNode) -> {
            InsuranceType insuranceType = insuranceType(type, planNode);
            Map<String, Cited<Money>> pools = pools(planNode.require("pools"));
            Map<EncounterType, BasicInsurance.EncounterRule> encounters = new EnumMap<>(EncounterType.class);
            planNode.require("encounters").entries().forEach((encounter, ruleNode) -> {
                EncounterType encounterType = enumKey(EncounterType.class, encounter, ruleNode);
                String pool = ruleNode.require("pool").text();
                if (pool != null && !pools.containsKey(pool)) {
                    ruleNode.problem(ruleNode.path() + ".pool", "unknown pool '" + pool + "' (pools: "
                            + pools.keySet() + ")");
                }
                Map<Integer, BasicInsurance.Level> levels = new LinkedHashMap<>();
                ruleNode.require("levels").entries().forEach((level, levelNode) -> levels.put(
                        Integer.valueOf(level), new BasicInsurance.Level(levelNode.require("deductible").money(),
                                levelNode.require("rate").rate())));
                for (int level = 1; level <= 3; level++) {
                    if (!levels.containsKey(level)) {
                        ruleNode.problem(ruleNode.path() + ".levels", "hospital level " + level + " is missing");
                    }
                }
                if (encounterType != null) {
                    encounters.put(encounterType, new BasicInsurance.EncounterRule(pool,
                            ruleNode.require("deductiblePer").enumValue(BasicInsurance.DeductiblePer.class), levels));
                }
            });
            for (EncounterType type2 : EncounterType.values()) {
                if (!encounters.containsKey(type2)) {
                    planNode.problem(planNode.path() + ".encounters", type2 + " is missing");
                }
            }
            if (insuranceType != null) {
                plans.put(insuranceType, new BasicInsurance.Plan(fund(planNode.require("fund")), pools, encounters));
            }
        });
        return new BasicInsurance(plans);
    }

    private MajorIllness majorIllness(PolicyNode node) {
        Set<EncounterType> encounterTypes = enumSet(EncounterType.class, node.require("encounterTypes"));
        Map<InsuranceType, MajorIllness.Plan> plans = new EnumMap<>(InsuranceType.class);
        node.require("insuranceTypes").entries().forEach((type, planNode) -> {
            InsuranceType insuranceType = insuranceType(type, planNode);
            Cited<Money> deductible = planNode.require("deductible").money();
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
            if (insuranceType != null) {
                plans.put(insuranceType, new MajorIllness.Plan(fund(planNode.require("fund")), deductible, segments,
                        planNode.require("cap").money()));
            }
        });
        Optional<MajorIllness.PreferentialPayment> tilt = Optional.empty();
        PolicyNode t = node.get("tilt");
        if (t.present()) {
            tilt = Optional.of(new MajorIllness.PreferentialPayment(t.citation(),
                    enumSet(IdentityCategory.class, t.require("identities")),
                    enumSet(InsuranceType.class, t.require("insuranceTypes")),
                    t.require("deductibleFactor").rate(), t.require("rateIncrease").rate(),
                    t.require("capped").bool(), t.require("specialDrugWithoutDeductible").bool()));
        }
        return new MajorIllness(encounterTypes, plans, tilt);
    }

    private Assistance assistance(PolicyNode node) {
        PolicyNode nonDesignated = node.require("nonDesignated");
        List<Assistance.Scheme> schemes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> claimedBy = new LinkedHashMap<>();
        for (PolicyNode s : node.require("schemes").list()) {
            String code = uniqueCode(s, codes, "scheme");
            List<Assistance.IdentityMatcher> matchers = new ArrayList<>();
            for (PolicyNode m : s.require("identities").list()) {
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
                        String earlier = claimedBy.putIfAbsent(category + "/" + sub, code);
                        if (earlier != null && !earlier.equals(code)) {
                            m.problem(m.path(), category + (sub.equals("*") ? "" : "/" + sub)
                                    + " is already taken by scheme " + earlier);
                        }
                    }
                }
                matchers.add(new Assistance.IdentityMatcher(category, subclasses, m.get("note").optionalText()));
            }
            Assistance.Mode mode = s.require("mode").enumValue(Assistance.Mode.class);
            Optional<Assistance.Retroactive> retroactive = Optional.empty();
            PolicyNode r = s.get("retroactive");
            if (r.present()) {
                if (mode == Assistance.Mode.DIRECT) {
                    r.problem(r.path(), "only on-application (mode APPLICATION) schemes are retroactive");
                }
                PolicyNode fromMonthStart = r.get("fromMonthStart");
                Cited<Boolean> monthStart = fromMonthStart.present() ? fromMonthStart.bool() : null;
                retroactive = Optional.of(new Assistance.Retroactive(r.require("months").count(),
                        monthStart != null && Boolean.TRUE.equals(monthStart.value())));
            }
            Map<String, Cited<Money>> pools = pools(s.require("pools"));
            List<Assistance.Program> programs = new ArrayList<>();
            for (PolicyNode p : s.require("programs").list()) {
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
                programs.add(new Assistance.Program(p.require("code").text(), p.require("name").text(),
                        enumSet(EncounterType.class, p.require("encounterTypes")),
                        p.require("disease").enumValue(Assistance.DiseaseCondition.class), p.require("rate").rate(),
                        programPools));
            }
            Optional<Assistance.SecondaryTilt> tilt = Optional.empty();
            PolicyNode t = s.get("tilt");
            if (t.present()) {
                tilt = Optional.of(new Assistance.SecondaryTilt(t.require("threshold").money(), t.require("rate").rate(),
                        t.get("cap").moneyOrNone(), t.require("placeOfCare").enumValue(Assistance.PlaceOfCare.class)));
            }
            schemes.add(new Assistance.Scheme(code, s.require("name").text(), s.citation(),
                    s.get("note").optionalText(), matchers, mode, retroactive, s.require("threshold").money(), pools,
                    programs, tilt));
        }
        return new Assistance(fund(node.require("fund")), fund(node.require("tiltFund")),
                nonDesignated.require("emergency").bool(), nonDesignated.require("referral").bool(),
                node.require("uninsuredAssisted").bool(), schemes);
    }

    private DiseaseCatalogue diseases(PolicyNode node) {
        List<DiseaseCatalogue.Disease> list = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (PolicyNode d : node.require("list").list()) {
            String code = uniqueCode(d, codes, "disease");
            List<DiseaseCatalogue.IcdPattern> patterns = new ArrayList<>();
            for (PolicyNode p : d.require("icd10").list()) {
                String text = p.text();
                try {
                    if (text != null) {
                        patterns.add(DiseaseCatalogue.IcdPattern.parse(text));
                    }
                } catch (IllegalArgumentException e) {
                    p.problem(p.path(), e.getMessage());
                }
            }
            PolicyNode age = d.get("maxAgeExclusive");
            Integer maxAge = age.present() ? age.count().value() : null;
            PolicyNode sex = d.get("sex");
            list.add(new DiseaseCatalogue.Disease(code, d.require("name").text(), patterns, maxAge,
                    sex.present() ? sex.enumValue(Sex.class) : null,
                    enumSet(EncounterType.class, d.require("encounterTypes"))));
        }
        return new DiseaseCatalogue(node.citation(), node.has(PolicyNode.ILLUSTRATIVE)
                && Boolean.TRUE.equals(node.get(PolicyNode.ILLUSTRATIVE).bool().value()), list);
    }

    /** Every list called {@code identities} under {@code side} must hold identity codes of policies.md §4. */
    private void checkIdentityCodes(PolicyNode node) {
        if (node.isList()) {
            node.list().forEach(this::checkIdentityCodes);
        } else if (node.isMap()) {
            node.entries().forEach((key, child) -> {
                if ("identities".equals(key) && child.isList()) {
                    child.list().forEach(item -> item.enumValue(IdentityCategory.class));
                } else {
                    checkIdentityCodes(child);
                }
            });
        }
    }

    /** The node's {@code code}, reported when an earlier sibling already has it. */
    private static String uniqueCode(PolicyNode node, Set<String> seen, String kind) {
        String code = node.require("code").text();
        if (code != null && !seen.add(code)) {
            node.problem(node.path() + ".code", "duplicate " + kind + " code '" + code + "'");
        }
        return code;
    }

    private Map<String, Cited<Money>> pools(PolicyNode node) {
        Map<String, Cited<Money>> pools = new LinkedHashMap<>();
        node.entries().forEach((name, cap) -> pools.put(name, cap.money()));
        if (pools.isEmpty()) {
            node.problem(node.path(), "needs at least one cap pool");
        }
        return pools;
    }

    private Fund fund(PolicyNode node) {
        return new Fund(node.require("code").text(), node.require("name").text());
    }

    private InsuranceType insuranceType(String key, PolicyNode node) {
        InsuranceType type = enumKey(InsuranceType.class, key, node);
        if (type == InsuranceType.UNINSURED) {
            node.problem(node.path(), "UNINSURED has no insurance plan");
            return null;
        }
        return type;
    }

    private <E extends Enum<E>> E enumKey(Class<E> type, String key, PolicyNode node) {
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            node.problem(node.path(), "unknown " + type.getSimpleName() + " '" + key + "'");
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> enumSet(Class<E> type, PolicyNode node) {
        Set<E> set = EnumSet.noneOf(type);
        for (PolicyNode item : node.list()) {
            E value = item.enumValue(type);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
