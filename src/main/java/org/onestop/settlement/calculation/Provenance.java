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

    private final Set<String> illustrative = new LinkedHashSet<>();
    private final Set<String> readings = new LinkedHashSet<>();

    /** Notes the parameter {@code label} when its value is illustrative or a reading. */
    Provenance of(String label, Cited<?> cited) {
        if (cited.illustrative()) {
            illustrative.add(label);
        }
        if (cited.citation() != null && cited.citation().contains(ExplanationText.READING)) {
            readings.add(label);
        }
        return this;
    }

    /** Notes a reading the engine applies. */
    Provenance reading(String what) {
        readings.add(what);
        return this;
    }

    List<String> tags() {
        List<String> tags = new ArrayList<>();
        if (!illustrative.isEmpty()) {
            tags.add(ExplanationText.ILLUSTRATIVE);
        }
        if (!readings.isEmpty()) {
            tags.add(ExplanationText.READING);
        }
        return tags;
    }

    /** e.g. "〔示例参数：起付线、报销比例〕", empty when every figure is the document's own. */
    String marker() {
        StringBuilder marker = new StringBuilder();
        if (!illustrative.isEmpty()) {
            marker.append("〔").append(ExplanationText.ILLUSTRATIVE).append("：").append(String.join("、", illustrative))
                    .append("〕");
        }
        if (!readings.isEmpty()) {
            marker.append("〔").append(ExplanationText.READING).append("：").append(String.join("、", readings))
                    .append("〕");
        }
        return marker.toString();
    }
}
