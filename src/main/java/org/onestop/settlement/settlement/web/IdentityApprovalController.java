package org.onestop.settlement.settlement.web;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.RetroactiveApprovals;
import org.onestop.settlement.settlement.SettlementResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Recording an assistance identity, as the certifying departments push it or the assistance office approves it on
 * application; an approval on application answers the retroactive supplements it settled (001 第十四条(二), 004
 * 四(七)). The rules and the transaction are {@link RetroactiveApprovals}'s.
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}/identities")
@Tag(name = "Persons", description = "Person registry and assistance identities")
class IdentityApprovalController {

    private static final String APPROVAL_SUMMARY = "因病致贫重病患者 approved on application (Lanzhou, 001 第十四条(二))";
    private static final String APPROVAL = """
            {"category": "ILLNESS_IMPOVERISHED", "validFrom": "2024-06-01", "validTo": "2025-05-31",
             "source": "兰州市医疗保障局", "applicationDate": "2024-06-01"}""";
    private static final String DIRECT_SUMMARY = "低保 (MIN_LIVING), urban full, pushed by civil affairs";
    private static final String DIRECT = """
            {"category": "MIN_LIVING", "subclass": "URBAN_FULL", "validFrom": "2024-01-01", "source": "淄博市民政局"}""";

    private final RetroactiveApprovals approvals;

    IdentityApprovalController(RetroactiveApprovals approvals) {
        this.approvals = approvals;
    }

    /** An identity pushed for a person, or approved on application. */
    record IdentityRequest(
            @NotNull IdentityCategory category,
            @Size(max = 32)
            @Schema(description = "MIN_LIVING only: URBAN_FULL, URBAN_PARTIAL, RURAL_1..RURAL_4, CLASS_A")
            String subclass,
            @NotNull LocalDate validFrom,
            @Schema(description = "inclusive; null means open") LocalDate validTo,
            @Size(max = 100) @Schema(description = "the certifying department or system") String source,
            @Schema(description = "set for identities approved on application; the retroactive window counts from it")
            LocalDate applicationDate) {

        PersonRegistry.NewIdentity identity() {
            return new PersonRegistry.NewIdentity(category, subclass, validFrom, validTo, source, applicationDate);
        }
    }

    /** The identity as recorded, and the supplements its approval settled. */
    record IdentityAnswer(
            @Nullable @Schema(description = "null in a preview") UUID identityId, IdentityCategory category,
            @Nullable String subclass, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String source,
            @Nullable LocalDate applicationDate, @Nullable @Schema(description = "null in a preview") Instant createdAt,
            @Nullable Instant endedAt,
            @Schema(description = "the supplements of encounters settled before, in discharge order; empty when the "
                    + "identity is not granted on application or covers no settled encounter")
            List<RetroactiveSupplement> retroactiveSupplements) {

        static IdentityAnswer of(RetroactiveApprovals.Approval approval) {
            var i = approval.identity();
            return new IdentityAnswer(approval.identityId(), i.category(), i.subclass(), i.validFrom(), i.validTo(),
                    i.source(), i.applicationDate(), approval.createdAt(), approval.endedAt(),
                    approval.supplements().stream().map(RetroactiveSupplement::of).toList());
        }
    }

    /** One supplement: the settlement it supplements, what it pays, and why. */
    record RetroactiveSupplement(
            @Nullable @Schema(description = "null in a preview") UUID settlementId,
            @Schema(description = "SETTLED, REVERSED, or PREVIEW") SettlementResponse.Status status,
            UUID supplementOf, String hospitalCode, String encounterNo, BigDecimal assistancePay, BigDecimal tiltPay,
            @Schema(description = "what the person pays for the encounter once the supplement is paid")
            BigDecimal personalPay,
            List<SettlementResponse.ExplanationView> explanation) {

        static RetroactiveSupplement of(SettlementResponse s) {
            return new RetroactiveSupplement(s.settlementId(), s.status(), s.supplementOf(), s.hospitalCode(),
                    s.encounterNo(), s.assistancePay(), s.tiltPay(), s.personalPay(), s.explanation());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordIdentity", summary = "Record an assistance identity for a person; an approval on "
            + "application settles the retroactive supplements of the encounters it covers",
            description = "Recorded with, in the same transaction, one supplementary settlement (kind SUPPLEMENT) per "
                    + "standing settlement of the person whose discharge date the identity covers (its validity and "
                    + "retroactive window), in discharge order: stages 3 and 4 assessed again with the identity, the "
                    + "difference paid, never less than 0. The same identity sent again answers 200 with the "
                    + "identity and supplements as recorded and pays nothing twice.")
    @ApiResponse(responseCode = "201", description = "recorded now, with the supplements it settled")
    @ApiResponse(responseCode = "200", description = "the same identity again: as recorded, nothing new")
    @ApiResponse(responseCode = "409", description = "a second approval in one medical year where the region forbids "
            + "it (004 四(七))")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = {
                @ExampleObject(name = "approvalOnApplication", summary = APPROVAL_SUMMARY, value = APPROVAL),
                @ExampleObject(name = "minLiving", summary = DIRECT_SUMMARY, value = DIRECT)}))
    ResponseEntity<IdentityAnswer> record(@PathVariable String personId, @Valid @RequestBody IdentityRequest body) {
        var approval = approvals.record(PersonId.requested(personId), body.identity(), CurrentClient.get());
        return ResponseEntity.status(approval.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(IdentityAnswer.of(approval));
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewIdentity", summary = "What recording the identity would answer now, its "
            + "retroactive supplements included (status PREVIEW); nothing is written")
    @ApiResponse(responseCode = "200", description = "the identity and the supplements as they would be now")
    @ApiResponse(responseCode = "409", description = "a second approval in one medical year where the region forbids "
            + "it (004 四(七))")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "approvalOnApplication", summary = APPROVAL_SUMMARY, value = APPROVAL)))
    IdentityAnswer preview(@PathVariable String personId, @Valid @RequestBody IdentityRequest body) {
        return IdentityAnswer.of(approvals.preview(PersonId.requested(personId), body.identity(), CurrentClient.get()));
    }

}
