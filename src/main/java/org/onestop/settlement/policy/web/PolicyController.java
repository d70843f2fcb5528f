package org.onestop.settlement.policy.web;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.policy.DiseaseCatalogue;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read-only API over the policy catalogue: versions, the cited parameter tree in force, and disease matching. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Policies", description = "Effective-dated, cited policy parameters per region")
class PolicyController {

    private final PolicyCatalogue catalogue;

    PolicyController(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One region and its versions. */
    record RegionVersions(RegionCode region, List<VersionSummary> versions) {
    }

    /** A version without its parameters. */
    record VersionSummary(String version, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
                          PolicyVersion.Document document, String sha256) {

        static VersionSummary of(PolicyVersion v) {
            return new VersionSummary(v.version(), v.effectiveFrom(), v.effectiveTo(), v.document(), v.sha256());
        }
    }

    /** The full parameter tree in force on a day; each leaf is {value, citation, illustrative}. */
    record PolicyView(RegionCode region, String version, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
                      PolicyVersion.Document document, String sha256, Map<String, Object> parameters) {
    }

    /** Which listed major diseases the codes match, under the version in force. */
    record DiseaseMatchView(RegionCode region, String version, EncounterType encounterType, boolean majorDisease,
                            List<DiseaseMatch> matches) {
    }

    /** One matched disease, the code that matched it, the ICD-10 pattern (null when named) and the rule in words. */
    record DiseaseMatch(String disease, String name, String code, String pattern, String rule) {
    }

    @GetMapping("/policies")
    @Operation(operationId = "listPolicies", summary = "List every region's policy versions")
    List<RegionVersions> list() {
        return Arrays.stream(RegionCode.values())
                .map(r -> new RegionVersions(r, catalogue.versions(r).stream().map(VersionSummary::of).toList()))
                .toList();
    }

    @GetMapping("/policies/{region}")
    @Operation(operationId = "getPolicy",
            summary = "The full cited parameter tree of a region's policy in force on a day")
    PolicyView policy(@PathVariable String region,
                      @Parameter(description = "the day (default today)")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        RegionCode code = region(region);
        LocalDate day = on == null ? LocalDate.now() : on;
        PolicyVersion v = catalogue.inForce(code, day).orElseThrow(() -> new NotFoundException(
                "no " + code + " policy is in force on " + day + "; versions: " + catalogue.versions(code).stream()
                        .map(PolicyCatalogue::describe).toList()));
        return new PolicyView(v.region(), v.version(), v.effectiveFrom(), v.effectiveTo(), v.document(), v.sha256(),
                v.parameters());
    }

    @GetMapping("/diseases/match")
    @Operation(operationId = "matchDisease",
            summary = "Which listed major diseases the ICD-10 codes match for a patient and encounter type")
    @ApiResponse(responseCode = "200", description = "the matches, possibly none")
    @ApiResponse(responseCode = "422", description = "no policy in force for the region on the day asked")
    DiseaseMatchView matchDiseases(@RequestParam RegionCode region,
                                   @Parameter(description = "comma-separated ICD-10 codes, e.g. I63.9,E11, or "
                                           + "catalogue disease codes, e.g. STROKE")
                                   @RequestParam List<String> codes,
                                   @Parameter(description = "age in years; without it, diseases with an age "
                                           + "condition do not match")
                                   @RequestParam(required = false) Integer age,
                                   @RequestParam(required = false) Sex sex,
                                   @RequestParam(defaultValue = "INPATIENT") EncounterType encounterType,
                                   @Parameter(description = "the day whose policy applies (default today)")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate on) {
        if (age != null && (age < 0 || age > 150)) {
            throw new InvalidRequestException("age", "must be between 0 and 150");
        }
        for (String code : codes) {
            if (!DiseaseCatalogue.IcdPattern.isWellFormed(code) && !code.matches("[A-Z][A-Z0-9_]{2,63}")) {
                throw new InvalidRequestException("codes", "'" + code + "' is neither an ICD-10 code nor a disease code");
            }
        }
        PolicyVersion v = catalogue.require(region, on == null ? LocalDate.now() : on);
        List<DiseaseMatch> matches = v.diseases().match(codes, age, sex, encounterType).stream()
                .map(m -> new DiseaseMatch(m.disease().code(), m.disease().name(), m.code(),
                        m.pattern() == null ? null : m.pattern().text(), m.rule()))
                .toList();
        return new DiseaseMatchView(region, v.version(), encounterType, !matches.isEmpty(), matches);
    }

    private static RegionCode region(String text) {
        try {
            return RegionCode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("unknown region '" + text + "'; regions: " + Arrays.toString(RegionCode.values()));
        }
    }
}
