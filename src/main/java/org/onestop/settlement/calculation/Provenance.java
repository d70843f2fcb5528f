package org.onestop.settlement.calculation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onestop.settlement.policy.Cited;

/**
 * Where the figures of one explanation line come from, when not from the region's document: illustrative parameters
 * (示例参数, a value no document gives) and readings (本系统解读, a policy value whose citation carries that marker,
 * or a rule of the project's own). Each becomes a tag and a marker in the line's text.
 */
final class Provenance {

    /** Created when first needed: most lines use only the document's own figures. */
    private Set<String> illustrative;
    private Set<String> readings;

    /** Notes the parameter {@code label} when its value is illustrative or a reading. */
    Provenance of(String label, Cited<?> cited) {
        if (cited.illustrative()) {
            illustrative = added(illustrative, label);
        }
        if (cited.citation() != null && cited.citation().contains(ExplanationText.READING)) {
            readings = added(readings, label);
        }
        return this;
    }

    /** Notes a reading the engine applies. */
    Provenance reading(String what) {
        readings = added(readings, what);
        return this;
    }

    private static Set<String> added(Set<String> labels, String label) {
        Set<String> set = labels == null ? new LinkedHashSet<>() : labels;
        set.add(label);
        return set;
    }

    List<String> tags() {
        if (illustrative == null && readings == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(2);
        if (illustrative != null) {
            tags.add(ExplanationText.ILLUSTRATIVE);
        }
        if (readings != null) {
            tags.add(ExplanationText.READING);
        }
        return tags;
    }

    /** e.g. "〔示例参数：起付线、报销比例〕", empty when every figure is the document's own. */
    String marker() {
        if (illustrative == null && readings == null) {
            return "";
        }
        StringBuilder marker = new StringBuilder();
        if (illustrative != null) {
            marker.append("〔").append(ExplanationText.ILLUSTRATIVE).append("：").append(String.join("、", illustrative))
                    .append("〕");
        }
        if (readings != null) {
            marker.append("〔").append(ExplanationText.READING).append("：").append(String.join("、", readings))
                    .append("〕");
        }
        return marker.toString();
    }
}
