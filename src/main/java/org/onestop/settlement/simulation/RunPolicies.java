package org.onestop.settlement.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * The two policies of a run: the version in force on a discharge date as the catalogue holds it (the baseline), and
 * the same version with the changes where it is one of the versions changed (those in force on a day of the
 * window), else the version itself.
 */
record RunPolicies(PolicyCatalogue catalogue, RegionCode region, Map<String, PolicyVersion> changed) {

    /** The versions of {@code region} in force on some day from {@code from} to {@code to}, oldest first. */
    static List<PolicyVersion> inForce(PolicyCatalogue catalogue, RegionCode region, LocalDate from, LocalDate to) {
        return catalogue.versions(region).stream()
                .filter(v -> !v.effectiveFrom().isAfter(to) && (v.effectiveTo() == null || !v.effectiveTo().isBefore(from)))
                .toList();
    }

    Optional<PolicyVersion> baseline(LocalDate dischargeDate) {
        return catalogue.inForce(region, dischargeDate);
    }

    PolicyVersion patched(PolicyVersion baseline) {
        return changed.getOrDefault(baseline.version(), baseline);
    }
}
