package org.onestop.settlement.benefit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.common.UnprocessableException;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.policy.Cited;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wuhai's yearly outpatient cash grant (普通疾病门诊救助, 003 三(二)2(2)): every person insured in Wuhai holding the
 * rule's identity (低保) on the reference day of the year (policy data {@code ageOn}: 1 September, the payment month)
 * gets the highest of class A, elderly (age on that day, by sex) and disability grade amounts. A run stores each
 * grant once; running the year again answers the same grants (and adds those who newly qualify).
 */
@Service
public class OutpatientGrantService {

    private final PersonRegistry persons;
    private final PolicyCatalogue catalogue;
    private final GrantStore store;
    private final Clock clock;

    OutpatientGrantService(PersonRegistry persons, PolicyCatalogue catalogue, GrantStore store, Clock clock) {
        this.persons = persons;
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
    }

    private record Candidate(OutpatientGrant.Basis basis, Money amount, String working) {
    }

    @Transactional
    public List<OutpatientGrant> run(Integer year, CurrentClient client) {
        RegionCode region = client.regionScope(RegionCode.WUHAI);
        LocalDate day = referenceDay(year, region);
        PolicyVersion policy = catalogue.require(region, day);
        SideRules.OutpatientCashGrant rule = policy.side().outpatientCashGrant()
                .orElseThrow(() -> new UnprocessableException("the " + region + " policy " + policy.version()
                        + " has no outpatient cash grant"));
        for (Person person : persons.inRegion(region)) {
            grantOf(person, rule, day).ifPresent(c -> store.insertIfAbsent(new OutpatientGrant(UUID.randomUUID(),
                    region, year, person.personId(), c.amount().amount(), c.basis(), c.working(), rule.citation(),
                    policy.version(), clock.instant())));
        }
        return store.list(region, year);
    }

    @Transactional(readOnly = true)
    public List<OutpatientGrant> list(Integer year, CurrentClient client) {
        RegionCode region = client.regionScope(RegionCode.WUHAI);
        referenceDay(year, region);
        return store.list(region, year);
    }

    /** The day of {@code year} whose identities and ages count, from the policy in force at the start of the year. */
    private LocalDate referenceDay(Integer year, RegionCode region) {
        if (region != RegionCode.WUHAI) {
            throw new UnprocessableException("the outpatient cash grant is Wuhai's (003 三(二)2(2)), not " + region
                    + "'s");
        }
        if (year == null || year < 1900 || year > 2100) {
            throw new InvalidRequestException("year", "must be a year 1900..2100");
        }
        PolicyVersion policy = catalogue.require(region, LocalDate.of(year, 1, 1));
        SideRules.OutpatientCashGrant rule = policy.side().outpatientCashGrant()
                .orElseThrow(() -> new UnprocessableException("the " + region + " policy " + policy.version()
                        + " has no outpatient cash grant"));
        try {
            return LocalDate.of(year, rule.ageOnMonth().value(), rule.ageOnDay().value());
        } catch (DateTimeException e) {
            throw new UnprocessableException("policy " + policy.version() + " ageOn: " + e.getMessage());
        }
    }

    /** The highest amount the person qualifies for on {@code day}, with every amount considered in the working. */
    private static Optional<Candidate> grantOf(Person person, SideRules.OutpatientCashGrant rule, LocalDate day) {
        Optional<AssistanceIdentity> held = Holdings.first(person, rule.identities(), day);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> considered = new ArrayList<>();
        boolean classA = rule.classASubclass().equals(held.get().subclass());
        considered.add("class A " + (classA ? "yes: " + rule.classA().value() : "no"));
        if (classA) {
            candidates.add(new Candidate(OutpatientGrant.Basis.CLASS_A, rule.classA().value(), null));
        }
        int age = Period.between(person.birthDate(), day).getYears();
        Cited<Integer> minAge = person.sex() == Sex.MALE ? rule.minAgeMale() : rule.minAgeFemale();
        boolean elderly = age >= minAge.value();
        considered.add("age " + age + " on " + day + " (" + person.sex() + ") " + (elderly ? "≥ " : "< ")
                + minAge.value() + (elderly ? ": " + rule.elderly().value() : ""));
        if (elderly) {
            candidates.add(new Candidate(OutpatientGrant.Basis.ELDERLY, rule.elderly().value(), null));
        }
        Integer grade = person.disabilityGrade();
        boolean disabled = grade != null && grade >= 1 && grade <= rule.maxDisabilityGrade().value();
        considered.add("disability grade " + (grade == null ? "none" : grade)
                + (disabled ? ": " + rule.disability().value() : ""));
        if (disabled) {
            candidates.add(new Candidate(OutpatientGrant.Basis.DISABILITY, rule.disability().value(), null));
        }
        String working = held.get().category() + " on " + day + "; " + String.join("; ", considered);
        return candidates.stream().max(Comparator.comparing(Candidate::amount))
                .map(best -> new Candidate(best.basis(), best.amount(),
                        working + "; highest only: " + best.basis() + " " + best.amount()));
    }
}
