package org.onestop.settlement.person.web;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The person registry's HTTP API: persons, and ending their assistance identities, as the civil-affairs and
 * rural-revitalisation departments push them. The rules and transactions are {@link PersonRegistry}'s. Recording an
 * identity may settle retroactive supplements, so the settlement module answers it.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Validated
@Tag(name = "Persons", description = "Person registry and assistance identities")
class PersonController {

    private final PersonRegistry registry;

    PersonController(PersonRegistry registry) {
        this.registry = registry;
    }

    /** A person's registry data. */
    record PersonRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Sex sex,
            @NotNull LocalDate birthDate,
            @NotNull RegionCode region,
            @NotNull InsuranceType insuranceType,
            Boolean rural,
            @Min(1) @Max(4) @Schema(description = "disability grade 1 (most severe) to 4, or null")
            Integer disabilityGrade) {

        PersonRegistry.Details details() {
            return new PersonRegistry.Details(name, sex, birthDate, region, insuranceType, Boolean.TRUE.equals(rural),
                    disabilityGrade);
        }
    }

    record IdentityView(UUID identityId, IdentityCategory category, @Nullable String subclass, LocalDate validFrom,
                        @Nullable LocalDate validTo, @Nullable String source, @Nullable LocalDate applicationDate,
                        Instant createdAt, @Nullable Instant endedAt) {

        static IdentityView of(AssistanceIdentity i) {
            return new IdentityView(i.identityId(), i.category(), i.subclass(), i.validFrom(), i.validTo(),
                    i.source(), i.applicationDate(), i.createdAt(), i.endedAt());
        }
    }

    record PersonView(String personId, String name, Sex sex, LocalDate birthDate, RegionCode region,
                      InsuranceType insuranceType, boolean rural, @Nullable Integer disabilityGrade,
                      List<IdentityView> identities, Instant createdAt, Instant updatedAt) {

        static PersonView of(Person p) {
            return new PersonView(p.personId(), p.name(), p.sex(), p.birthDate(), p.region(), p.insuranceType(),
                    p.rural(), p.disabilityGrade(), p.identities().stream().map(IdentityView::of).toList(),
                    p.createdAt(), p.updatedAt());
        }
    }

    @PutMapping(path = "/{personId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "putPerson", summary = "Create (201) or update (200) a person")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "200", description = "updated")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "resident", summary = "a Zibo resident (policies.md §6)",
                    value = "{\"name\": \"王某\", \"sex\": \"FEMALE\", \"birthDate\": \"1958-04-12\", "
                            + "\"region\": \"ZIBO\", \"insuranceType\": \"RESIDENT\", \"rural\": false}")))
    ResponseEntity<PersonView> put(@PathVariable @Pattern(regexp = PersonId.FORMAT) String personId,
                                   @Valid @RequestBody PersonRequest body) {
        PersonRegistry.Registration registration = registry.register(PersonId.of(personId), body.details());
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PersonView.of(registration.person()));
    }

    @GetMapping("/{personId}")
    @Operation(operationId = "getPerson", summary = "A person with every identity, ended ones included")
    PersonView get(@PathVariable String personId) {
        return PersonView.of(registry.find(PersonId.requested(personId)));
    }

    @DeleteMapping("/{personId}/identities/{identityId}")
    @Operation(operationId = "endIdentity", summary = "End an identity: valid up to yesterday, kept in history")
    IdentityView endIdentity(@PathVariable String personId, @PathVariable UUID identityId) {
        return IdentityView.of(registry.endIdentity(PersonId.requested(personId), identityId));
    }

}
