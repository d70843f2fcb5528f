package org.onestop.settlement.policy;

import java.time.LocalDate;
import java.util.Map;

import org.onestop.settlement.common.RegionCode;

/**
 * One effective-dated version of a region's policy: every parameter the calculation reads, the typed rules of its
 * {@code side} section, and the whole cited parameter tree as it was loaded ({@code parameters}: nested maps and lists
 * whose leaves are {@link Cited}).
 * A settlement remembers the {@code version} that produced it.
 */
public record PolicyVersion(RegionCode region, String version, LocalDate effectiveFrom, LocalDate effectiveTo,
                            Document document, String sha256, BasicInsurance basicInsurance,
                            MajorIllness majorIllness, Assistance assistance, DiseaseCatalogue diseases,
                            SideRules side, Map<String, Object> parameters) {

    /** The source document: its number, title and the seed file it was read from. */
    public record Document(String number, String title, String seed) {
    }

    /** Whether this version is in force on {@code date} (both ends inclusive; no end means open). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
