package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.calculation.Buckets;
import org.onestop.settlement.calculation.Eligibility;
import org.onestop.settlement.calculation.Identity;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.ledger.LedgerStore;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.policy.BasicInsurance;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A person's annual quota ledger in the insured region: every bucket the engine uses with its cap under the policy
 * and identities of the year; and opening balances carried over from a previous system.
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}/ledger")
class LedgerController {

    private final PersonRepository persons;
    private final PolicyCatalogue catalogue;
    private final LedgerStore ledger;
    private final Clock clock;

    LedgerController(PersonRepository persons, PolicyCatalogue catalogue, LedgerStore ledger, Clock clock) {
        this.persons = persons;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.clock = clock;
    }

    record LedgerView(String personId, RegionCode region, int year, String policyVersion, List<BucketView> buckets) {
    }

    /** One bucket: used so far, its cap (null where none) and what remains (null where no cap). */
    record BucketView(String name, BigDecimal used, BigDecimal cap, BigDecimal remaining) {
    }

    /** Year-to-date amounts carried over when a person's ledger moves here from another system mid-year. */
    record OpeningBalances(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotEmpty @Schema(description = "bucket name → amount used so far, e.g. {\"BASIC_PAID:BASIC\": 12000.00}")
            Map<String, @NotNull BigDecimal> buckets) {
    }

    @GetMapping
    @Operation(summary = "The person's ledger for a year (default: this year): every pool, threshold and base")
    @Transactional(readOnly = true)
    LedgerView get(@PathVariable String personId, @RequestParam(required = false) Integer year) {
        Person person = find(personId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return view(person, y);
    }

    @PostMapping(path = "/opening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record opening balances for a year that has no entries yet (migration from another "
            + "system); refused once the year has entries")
    @Transactional
    @ApiResponse(responseCode = "409", description = "the year already has ledger entries")
    LedgerView open(@PathVariable String personId, @Valid @RequestBody OpeningBalances body) {
        Person person = find(personId);
        Map<String, Money> amounts = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        body.buckets().forEach((bucket, amount) -> {
            if (!Buckets.isKnown(bucket)) {
                violations.add(new FieldViolation("buckets." + bucket, "unknown bucket"));
            } else if (amount.signum() < 0 || !Money.isExact(amount)) {
                violations.add(new FieldViolation("buckets." + bucket, "must be ≥ 0 with at most two decimals"));
            } else {
                amounts.put(bucket, Money.of(amount));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ledger.lock(personId, person.region(), body.year());
        if (ledger.hasEntries(personId, person.region(), body.year())) {
            throw new ConflictException("person " + personId + " already has ledger entries in " + body.year()
                    + ": opening balances are only for a year that has none");
        }
        ledger.apply(personId, person.region(), body.year(), amounts, LedgerStore.EntryKind.OPENING, null,
                clock.instant());
        return view(person, body.year());
    }

    private LedgerView view(Person person, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        PolicyVersion policy = catalogue.require(person.region(), day);
        Map<String, Money> used = ledger.balances(person.personId(), person.region(), year);
        List<Identity> identities = ClaimIntake.identitiesOf(person);
        Map<String, Money> caps = new LinkedHashMap<>();
        policy.basicInsurance().plan(person.insuranceType()).ifPresent(plan -> {
            plan.pools().forEach((pool, cap) -> caps.put(Buckets.basicPaid(pool), cap.value()));
            plan.encounters().forEach((type, rule) -> {
                if (rule.deductiblePer() == BasicInsurance.DeductiblePer.YEAR && hasDeductible(rule)) {
                    caps.put(Buckets.basicDeductible(type), null);
                }
            });
        });
        policy.majorIllness().plan(person.insuranceType()).ifPresent(plan -> {
            caps.put(Buckets.MAJOR_ILLNESS_BASE, null);
            boolean uncapped = Eligibility.majorIllnessTilt(policy, ClaimIntake.patientOf(person), identities, day)
                    .filter(t -> !t.capped().value()).isPresent();
            caps.put(Buckets.MAJOR_ILLNESS_PAID, uncapped ? null : plan.cap().value());
        });
        Eligibility.schemeOn(policy, identities, day).ifPresent(scheme -> {
            caps.put(Buckets.ASSISTANCE_THRESHOLD, scheme.threshold().value());
            scheme.pools().forEach((pool, cap) -> caps.put(Buckets.assistancePaid(pool), cap.value()));
            scheme.tilt().ifPresent(tilt -> {
                caps.put(Buckets.TILT_BASE, null);
                caps.put(Buckets.TILT_PAID, tilt.cap().value());
            });
        });
        used.keySet().forEach(bucket -> caps.putIfAbsent(bucket, null));
        List<BucketView> buckets = new ArrayList<>();
        caps.forEach((bucket, cap) -> {
            Money u = used.getOrDefault(bucket, Money.ZERO);
            buckets.add(new BucketView(bucket, u.amount(), cap == null ? null : cap.amount(),
                    cap == null ? null : cap.minus(u).atLeastZero().amount()));
        });
        return new LedgerView(person.personId(), person.region(), year, policy.version(), buckets);
    }

    private static boolean hasDeductible(BasicInsurance.EncounterRule rule) {
        return rule.levels().values().stream().anyMatch(l -> l.deductible().value().isPositive());
    }

    private Person find(String personId) {
        return persons.findById(personId).orElseThrow(() -> new NotFoundException("unknown person " + personId));
    }
}
