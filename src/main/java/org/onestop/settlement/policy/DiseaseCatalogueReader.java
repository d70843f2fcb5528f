package org.onestop.settlement.policy;

import static org.onestop.settlement.policy.SectionReading.enumSet;
import static org.onestop.settlement.policy.SectionReading.uniqueCode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.Sex;

/**
 * Reads the {@code diseases} section: the listed major diseases with their ICD-10 patterns and the age, sex and
 * encounter-type conditions under which each matches.
 */
final class DiseaseCatalogueReader {

    private DiseaseCatalogueReader() {
    }

    static DiseaseCatalogue read(PolicyNode node) {
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
}
