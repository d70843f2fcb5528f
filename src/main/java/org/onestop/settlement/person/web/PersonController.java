package org.onestop.settlement.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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
 * The person registry: persons and their assistance identities, as the civil-affairs and rural-revitalisation
 * departments push them.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Validated
@Tag(name = "Persons", description = "Person registry and assistance identities")
class PersonController {

    static final String PERSON_ID = "[A-Za-z0-9_-]{1,64}";

    private final PersonRepository persons;
    private final Clock clock;

    PersonController(PersonRepository persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
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
    }

    /** An identity pushed for a person. */
    record IdentityRequest(
            @NotNull IdentityCategory category,
            @Size(max = 32) @Schema(description = "MIN_LIVING only: URBAN_FULL, URBAN_PARTIAL, RURAL_1..RURAL_4, CLASS_A")
            String subclass,
            @NotNull LocalDate validFrom,
            @Schema(description = "inclusive; null means open") LocalDate validTo,
            @Size(max = 100) @Schema(description = "the certifying department or system") String source,
            @Schema(description = "set for identities approved on application; the retroactive window counts from it")
            LocalDate applicationDate) {
    }

    record IdentityView(UUID identityId, IdentityCategory category, String subclass, LocalDate validFrom,
                        LocalDate validTo, String source, LocalDate applicationDate, Instant createdAt,
                        Instant endedAt) {

        static IdentityView of(AssistanceIdentity i) {
            return new IdentityView(i.identityId(), i.category(), i.subclass(), i.validFrom(), i.validTo(),
                    i.source(), i.applicationDate(), i.createdAt(), i.endedAt());
        }
    }

    record PersonView(String personId, String name, Sex sex, LocalDate birthDate, RegionCode region,
                      InsuranceType insuranceType, boolean rural, Integer disabilityGrade,
                      List<IdentityView> identities, Instant createdAt, Instant updatedAt) {

        static PersonView of(Person p) {
            return new PersonView(p.personId(), p.name(), p.sex(), p.birthDate(), p.region(), p.insuranceType(),
                    p.rural(), p.disabilityGrade(), p.identities().stream().map(IdentityView::of).toList(),
                    p.createdAt(), p.updatedAt());
        }
    }

    @PutMapping(path = "/{personId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create (201) or update (200) a person")
    @Transactional
    ResponseEntity<PersonView> put(@PathVariable @Pattern(regexp = PERSON_ID) String personId,
                                   @Valid @RequestBody PersonRequest body) {
        if (body.birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("birthDate", "must not be in the future");
        }
        Instant now = clock.instant();
        Person person = persons.findById(personId).orElse(null);
        boolean created = person == null;
        if (created) {
            person = new Person(personId, now);
        }
        person.update(body.name(), body.sex(), body.birthDate(), body.region(), body.insuranceType(),
                Boolean.TRUE.equals(body.rural()), body.disabilityGrade(), now);
        persons.save(person);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(PersonView.of(person));
    }

    @GetMapping("/{personId}")
    @Operation(summary = "A person with every identity, ended ones included")
    @Transactional(readOnly = true)
    PersonView get(@PathVariable String personId) {
        return PersonView.of(find(personId));
    }

    @PostMapping(path = "/{personId}/identities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an assistance identity for a person")
    @Transactional
    ResponseEntity<IdentityView> addIdentity(@PathVariable String personId, @Valid @RequestBody IdentityRequest body) {
        Person person = find(personId);
        List<FieldViolation> violations = new ArrayList<>();
        if (!body.category().acceptsSubclass(body.subclass())) {
            violations.add(new FieldViolation("subclass", "'" + body.subclass() + "' is not a subclass of "
                    + body.category() + (body.category() == IdentityCategory.MIN_LIVING
                    ? " (one of " + IdentityCategory.MIN_LIVING_SUBCLASSES + ")" : " (it has none)")));
        }
        if (body.validTo() != null && body.validTo().isBefore(body.validFrom())) {
            violations.add(new FieldViolation("validTo", "must not be before validFrom " + body.validFrom()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AssistanceIdentity identity = person.addIdentity(new AssistanceIdentity(person, body.category(),
                body.subclass(), body.validFrom(), body.validTo(), body.source(), body.applicationDate(),
                clock.instant()));
        persons.save(person);
        return ResponseEntity.status(HttpStatus.CREATED).body(IdentityView.of(identity));
    }

    @DeleteMapping("/{personId}/identities/{identityId}")
    @Operation(summary = "End an identity: valid up to yesterday, kept in history")
    @Transactional
    IdentityView endIdentity(@PathVariable String personId, @PathVariable UUID identityId) {
        Person person = find(personId);
        AssistanceIdentity identity = person.identities().stream()
                .filter(i -> i.identityId().equals(identityId)).findFirst()
                .orElseThrow(() -> new NotFoundException("person " + personId + " has no identity " + identityId));
        identity.end(LocalDate.now(clock), clock.instant());
        return IdentityView.of(identity);
    }

    private Person find(String personId) {
        return persons.findById(personId).orElseThrow(() -> new NotFoundException("unknown person " + personId));
    }
}
