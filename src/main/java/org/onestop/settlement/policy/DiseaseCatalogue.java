package org.onestop.settlement.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.Sex;

/**
 * A region's list of major diseases (重特大疾病) as ICD-10 code patterns with age and sex conditions (policies.md §5).
 */
public record DiseaseCatalogue(String citation, boolean illustrative, List<Disease> diseases) {

    /**
     * The listed diseases that one of {@code codes} matches for this patient and encounter type. A code is an ICD-10
     * code, or a disease's own catalogue code (病种编码, e.g. {@code STROKE}) as a hospital may name it; the age and
     * sex conditions apply either way (without an age, a disease with an age condition does not match).
     */
    public List<Match> match(List<String> codes, Integer age, Sex sex, EncounterType encounterType) {
        List<Match> matches = new ArrayList<>();
        List<String> normalised = codes.stream().map(IcdPattern::normalise).toList();
        for (Disease disease : diseases) {
            if (!disease.encounterTypes().contains(encounterType)) {
                continue;
            }
            if (!disease.conditionsHold(age, sex)) {
                continue;
            }
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (code.trim().equalsIgnoreCase(disease.code())) {
                    matches.add(new Match(disease, code, null, disease.describeRule(null)));
                    break;
                }
                IcdPattern pattern = disease.matchingPattern(normalised.get(i));
                if (pattern != null) {
                    matches.add(new Match(disease, code, pattern, disease.describeRule(pattern)));
                    break;
                }
            }
        }
        return matches;
    }

    /** A listed disease matched by a code, with the rule that matched in words ({@code pattern} null: named). */
    public record Match(Disease disease, String code, IcdPattern pattern, String rule) {
    }

    /** One listed disease. {@code maxAgeExclusive} and {@code sex} are null where the name sets no condition. */
    public record Disease(String code, String name, List<IcdPattern> icd10, Integer maxAgeExclusive, Sex sex,
                          Set<EncounterType> encounterTypes) {

        /** The first pattern matching a code already {@link IcdPattern#normalise normalised}, or null. */
        IcdPattern matchingPattern(String normalisedCode) {
            for (IcdPattern pattern : icd10) {
                if (pattern.matchesNormalised(normalisedCode)) {
                    return pattern;
                }
            }
            return null;
        }

        boolean conditionsHold(Integer age, Sex patientSex) {
            boolean ageOk = maxAgeExclusive == null || (age != null && age < maxAgeExclusive);
            boolean sexOk = sex == null || sex == patientSex;
            return ageOk && sexOk;
        }

        String describeRule(IcdPattern pattern) {
            StringBuilder rule = new StringBuilder(code).append(' ').append(name)
                    .append(pattern == null ? ": named by the hospital" : ": ICD-10 " + pattern);
            if (maxAgeExclusive != null) {
                rule.append(", age under ").append(maxAgeExclusive);
            }
            if (sex != null) {
                rule.append(", ").append(sex.name().toLowerCase(Locale.ROOT)).append(" only");
            }
            return rule.toString();
        }
    }

    /**
     * An ICD-10 pattern: a range of three-character categories ({@code C00-C97}) or a code prefix ({@code E05},
     * {@code N18.5}). Codes compare without the dot and case-insensitively.
     */
    public record IcdPattern(String text, String low, String high) {

        public static IcdPattern parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            int dash = t.indexOf('-');
            if (dash > 0) {
                String low = normalise(t.substring(0, dash));
                String high = normalise(t.substring(dash + 1));
                if (low.length() != 3 || high.length() != 3 || low.compareTo(high) > 0) {
                    throw new IllegalArgumentException("range must be two ordered 3-character categories: " + text);
                }
                return new IcdPattern(t, low, high);
            }
            String prefix = normalise(t);
            if (prefix.length() < 3) {
                throw new IllegalArgumentException("a prefix needs at least a 3-character category: " + text);
            }
            return new IcdPattern(t, prefix, null);
        }

        /** Uppercase, without the dot: {@code n18.5} → {@code N185}. */
        public static String normalise(String code) {
            return code.trim().toUpperCase(Locale.ROOT).replace(".", "");
        }

        /** Whether a code has the shape of an ICD-10 code: a letter, two digits, then optional detail. */
        public static boolean isWellFormed(String code) {
            return code != null && code.trim().toUpperCase(Locale.ROOT).matches("[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?");
        }

        public boolean matches(String code) {
            return matchesNormalised(normalise(code));
        }

        boolean matchesNormalised(String c) {
            if (high == null) {
                return c.startsWith(low);
            }
            if (c.length() < 3) {
                return false;
            }
            String category = c.substring(0, 3);
            return category.compareTo(low) >= 0 && category.compareTo(high) <= 0;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
