package org.onestop.settlement.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.person.AssistanceIdentity;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;
import org.onestop.settlement.policy.SideRules.Payer;
import org.onestop.settlement.policy.SideRules.SubsidyTier;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Premium subsidies (资助参保: 001 第十一条, 002 二(二)1, 003 三(二)1, 004 二(二)): the tier of the first identity the
 * person holds on 1 January among the policy's tiers (listed highest subsidy first), the assistance fund's share or
 * fixed amount, and the rest paid by the government budget or the person as the tier says.
 */
@Service
public class PremiumSubsidyService {

    private final PersonRegistry persons;
    private final PolicyCatalogue catalogue;

    PremiumSubsidyService(PersonRegistry persons, PolicyCatalogue catalogue) {
        this.persons = persons;
        this.catalogue = catalogue;
    }

    /** The roster of a region: every person with a subsidy, and the totals per payer. */
    public record Roster(RegionCode region, int year, String policyVersion, BigDecimal premium,
                         List<PremiumSubsidy> persons, Map<Payer, BigDecimal> totals) {
    }

    @Transactional(readOnly = true)
    public PremiumSubsidy forPerson(String personId, Integer year, BigDecimal premium, CurrentClient client) {
        Money amount = validPremium(year, premium);
        Person person = Holdings.visible(persons.find(PersonId.requested(personId)), client);
        LocalDate day = LocalDate.of(year, 1, 1);
        return subsidy(person, catalogue.require(person.region(), day), day, amount);
    }

    @Transactional(readOnly = true)
    public Roster roster(RegionCode requested, Integer year, BigDecimal premium, CurrentClient client) {
        RegionCode region = client.regionScope(requested);
        if (region == null) {
            throw new InvalidRequestException("region", "is required");
        }
        Money amount = validPremium(year, premium);
        LocalDate day = LocalDate.of(year, 1, 1);
        PolicyVersion policy = catalogue.require(region, day);
        List<PremiumSubsidy> rows = new ArrayList<>();
        Map<Payer, Money> totals = new EnumMap<>(Payer.class);
        for (Payer payer : Payer.values()) {
            totals.put(payer, Money.ZERO);
        }
        for (Person person : persons.inRegion(region)) {
            PremiumSubsidy row = subsidy(person, policy, day, amount);
            if (row.subsidised()) {
                rows.add(row);
                row.lines().forEach(l -> totals.merge(l.payer(), Money.of(l.amount()), Money::plus));
            }
        }
        Map<Payer, BigDecimal> sums = new EnumMap<>(Payer.class);
        totals.forEach((payer, sum) -> sums.put(payer, sum.amount()));
        return new Roster(region, year, policy.version(), amount.amount(), List.copyOf(rows), sums);
    }

    private static Money validPremium(Integer year, BigDecimal premium) {
        List<FieldViolation> violations = new ArrayList<>();
        if (year == null || year < 1900 || year > 2100) {
            violations.add(new FieldViolation("year", "must be a year 1900..2100"));
        }
        if (premium == null || premium.signum() <= 0 || !Money.isExact(premium)) {
            violations.add(new FieldViolation("premium",
                    "must be a positive amount with at most two decimals"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return Money.of(premium);
    }

    private static PremiumSubsidy subsidy(Person person, PolicyVersion policy, LocalDate day, Money premium) {
        List<SubsidyTier> tiers = policy.side().premiumSubsidy().map(SideRules.PremiumSubsidy::tiers)
                .orElse(List.of());
        for (SubsidyTier tier : tiers) {
            Optional<AssistanceIdentity> held = Holdings.first(person, tier.identities(), day);
            if (held.isPresent()) {
                return subsidised(person, policy, day, premium, tier, held.get().category());
            }
        }
        List<PremiumSubsidy.Line> lines = List.of(
                new PremiumSubsidy.Line(Payer.ASSISTANCE_FUND, Money.ZERO.amount(),
                        "no identity with a premium subsidy on " + day, null, false),
                new PremiumSubsidy.Line(Payer.GOVERNMENT, Money.ZERO.amount(), "—", null, false),
                new PremiumSubsidy.Line(Payer.PERSON, premium.amount(), "the whole premium " + premium, null, false));
        return new PremiumSubsidy(person.personId(), person.region(), day.getYear(), day, policy.version(),
                premium.amount(), false, null, null, null, lines);
    }

    private static PremiumSubsidy subsidised(Person person, PolicyVersion policy, LocalDate day, Money premium,
                                             SubsidyTier tier, IdentityCategory identity) {
        Money fund;
        String working;
        boolean illustrative;
        if (tier.fundShare() != null) {
            fund = Money.roundHalfUp(premium.times(tier.fundShare().value()));
            working = premium + " × " + SideRules.Percent.of(tier.fundShare().value()) + " = " + fund;
            illustrative = tier.fundShare().illustrative();
        } else {
            fund = tier.fundAmount().value().min(premium);
            working = "fixed " + tier.fundAmount().value() + ", at most the premium " + premium + " = " + fund;
            illustrative = tier.fundAmount().illustrative();
        }
        Money rest = premium.minus(fund);
        String restWorking = premium + " − " + fund + " = " + rest;
        List<PremiumSubsidy.Line> lines = new ArrayList<>();
        lines.add(new PremiumSubsidy.Line(Payer.ASSISTANCE_FUND, fund.amount(), working, tier.citation(),
                illustrative));
        for (Payer payer : List.of(Payer.GOVERNMENT, Payer.PERSON)) {
            boolean pays = tier.remainderPaidBy() == payer;
            lines.add(new PremiumSubsidy.Line(payer, pays ? rest.amount() : Money.ZERO.amount(),
                    pays ? restWorking : "—", pays ? tier.citation() : null, false));
        }
        return new PremiumSubsidy(person.personId(), person.region(), day.getYear(), day, policy.version(),
                premium.amount(), true, tier.code(), identity, tier.citation(), List.copyOf(lines));
    }
}
