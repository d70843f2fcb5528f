package org.onestop.settlement.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.common.RegionCode;

import tools.jackson.databind.JsonNode;

/**
 * Every region's policy versions, effective-dated: the lookup {@code (region, date) → version in force}.
 * Built from policy files by {@link #load}; immutable afterwards. It keeps each file's tree, so that a version can be
 * read again with some parameters changed ({@link #changed}).
 */
public final class PolicyCatalogue {

    private final Map<RegionCode, List<PolicyVersion>> versions;
    private final Map<String, Origin> origins;

    /** The file a version was read from and its tree. */
    private record Origin(String fileName, JsonNode tree) {
    }

    private PolicyCatalogue(Map<RegionCode, List<PolicyVersion>> versions, Map<String, Origin> origins) {
        this.versions = versions;
        this.origins = origins;
    }

    /** A named policy file's content. */
    public record Source(String name, byte[] content) {

        public static Source of(String name, InputStream in) {
            try (in) {
                return new Source(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read policy file " + name, e);
            }
        }
    }

    /**
     * Reads and validates every file, then checks the set: unique version ids, no two versions of a region in force
     * on the same day.
     *
     * @throws PolicyDataException listing every problem of every file
     */
    public static PolicyCatalogue load(List<Source> sources) {
        List<String> problems = new ArrayList<>();
        Map<RegionCode, List<PolicyVersion>> byRegion = new EnumMap<>(RegionCode.class);
        Map<String, String> fileOfVersion = new HashMap<>();
        Map<String, Origin> origins = new HashMap<>();
        if (sources.isEmpty()) {
            problems.add("no policy files found");
        }
        for (Source source : sources) {
            try {
                JsonNode tree = PolicyFileReader.tree(source.name(), source.content());
                PolicyVersion version = PolicyFileReader.read(source.name(), tree,
                        PolicyFileReader.sha256(source.content()));
                origins.putIfAbsent(version.version(), new Origin(source.name(), tree));
                String earlier = fileOfVersion.putIfAbsent(version.version(), source.name());
                if (earlier != null) {
                    problems.add(source.name() + ": version: '" + version.version() + "' is also the version of "
                            + earlier);
                }
                byRegion.computeIfAbsent(version.region(), r -> new ArrayList<>()).add(version);
            } catch (PolicyDataException e) {
                problems.addAll(e.problems());
            }
        }
        byRegion.values().forEach(list -> list.sort(Comparator.comparing(PolicyVersion::effectiveFrom)));
        byRegion.forEach((region, list) -> {
            for (int i = 1; i < list.size(); i++) {
                PolicyVersion before = list.get(i - 1);
                PolicyVersion after = list.get(i);
                if (before.effectiveTo() == null || !before.effectiveTo().isBefore(after.effectiveFrom())) {
                    problems.add(fileOfVersion.get(after.version()) + ": effectiveFrom: " + region + " version "
                            + after.version() + " from " + after.effectiveFrom() + " overlaps version "
                            + before.version() + " (" + before.effectiveFrom() + " to "
                            + (before.effectiveTo() == null ? "open" : before.effectiveTo()) + ")");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new PolicyDataException(problems);
        }
        byRegion.replaceAll((region, list) -> List.copyOf(list));
        return new PolicyCatalogue(byRegion, Map.copyOf(origins));
    }

    /**
     * A version of this catalogue read again from its file with some parameters changed, through the same readers and
     * validation as the file (docs/policy-data.md): what the policy would be with those values. The catalogue itself
     * does not change.
     *
     * @throws PolicyChangeRejected naming each change that names no value, or whose value the validation refuses
     */
    public PolicyVersion changed(PolicyVersion version, List<PolicyChange> changes) {
        Origin origin = origins.get(version.version());
        if (origin == null) {
            throw new IllegalArgumentException("version " + version.version() + " is not of this catalogue");
        }
        return PolicyPatch.apply(origin.fileName(), version.version(), origin.tree(), changes);
    }

    /** Every version of a region, oldest first (empty for a region without policy data). */
    public List<PolicyVersion> versions(RegionCode region) {
        return versions.getOrDefault(region, List.of());
    }

    /** The regions that have policy data. */
    public List<RegionCode> regions() {
        return List.copyOf(versions.keySet());
    }

    /** The version of {@code region} in force on {@code date}, if any. */
    public Optional<PolicyVersion> inForce(RegionCode region, LocalDate date) {
        return versions(region).stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    /** The version in force, or a {@link PolicyNotInForceException} that names the versions there are. */
    public PolicyVersion require(RegionCode region, LocalDate date) {
        return inForce(region, date).orElseThrow(() -> new PolicyNotInForceException(region, date,
                versions(region).stream().map(PolicyCatalogue::describe).toList()));
    }

    /** A version as error messages name it: its id and validity, e.g. {@code 2024 (2024-01-01 to open)}. */
    public static String describe(PolicyVersion v) {
        return v.version() + " (" + v.effectiveFrom() + " to " + (v.effectiveTo() == null ? "open" : v.effectiveTo())
                + ")";
    }
}
