package org.onestop.settlement.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.UnprocessableException;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Wuhai's other-hardship test (其他特殊困难人员, 003 三(一)3): family monthly income per head below the minimum wage
 * (ordinary assistance) or below 1.5 times it (major-disease assistance), and the last 12 months' burden above 70% of
 * the family's yearly income; a member without fixed income counts at the minimum wage. Figures from the policy data
 * of the assessment day; nothing is stored unless asked.
 */
@Service
public class HardshipService {

    private final PolicyCatalogue catalogue;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    HardshipService(PolicyCatalogue catalogue, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public HardshipAssessment assess(HardshipRequest request, CurrentClient client) {
        RegionCode region = client.regionScope(RegionCode.WUHAI);
        if (region != RegionCode.WUHAI) {
            throw new UnprocessableException("the other-hardship test is Wuhai's (003 三(一)3), not " + region + "'s");
        }
        PolicyVersion policy = catalogue.require(region, request.on());
        SideRules.HardshipTest rule = policy.side().hardshipTest().orElseThrow(() -> new UnprocessableException(
                "the " + region + " policy " + policy.version() + " has no other-hardship test"));
        Money wage = rule.minimumWageMonthly().value();
        Money family = Money.ZERO;
        for (HardshipRequest.Member member : request.members()) {
            family = family.plus(member.monthlyIncome() == null ? wage : Money.of(member.monthlyIncome()));
        }
        int heads = request.members().size();
        Money perHead = Money.roundHalfUp(family.amount().divide(BigDecimal.valueOf(heads), 10, RoundingMode.HALF_UP));
        String perHeadWorking = family + " ÷ " + heads + " = " + perHead;
        HardshipAssessment.Test ordinary = incomeTest(perHead, perHeadWorking, wage, rule.incomeFactorOrdinary().value());
        HardshipAssessment.Test major = incomeTest(perHead, perHeadWorking, wage, rule.incomeFactorMajor().value());
        Money yearly = Money.roundHalfUp(family.times(BigDecimal.valueOf(12)));
        Money limit = Money.roundHalfUp(yearly.times(rule.expenseShareOfFamilyIncome().value()));
        Money expenses = Money.of(request.medicalExpenses());
        boolean expensePasses = expenses.compareTo(limit) > 0;
        HardshipAssessment.Test expense = new HardshipAssessment.Test(expenses.amount(), limit.amount(), expensePasses,
                "burden " + expenses + (expensePasses ? " > " : " ≤ ") + family + " × 12 = " + yearly + " × "
                        + SideRules.Percent.of(rule.expenseShareOfFamilyIncome().value()) + " = " + limit);
        HardshipAssessment result = new HardshipAssessment(null, region, request.personId(), request.on(),
                policy.version(), rule.citation(), wage.amount(), rule.minimumWageMonthly().illustrative(),
                family.amount(), perHead.amount(), ordinary, major, expense, ordinary.passes() && expensePasses,
                major.passes() && expensePasses);
        return Boolean.TRUE.equals(request.record()) ? store(result, client) : result;
    }

    private static HardshipAssessment.Test incomeTest(Money perHead, String perHeadWorking, Money wage,
                                                      BigDecimal factor) {
        Money limit = Money.roundHalfUp(wage.times(factor));
        boolean passes = perHead.compareTo(limit) < 0;
        return new HardshipAssessment.Test(perHead.amount(), limit.amount(), passes, "income per head "
                + perHeadWorking + (passes ? " < " : " ≥ ") + wage + " × " + factor.stripTrailingZeros().toPlainString()
                + " = " + limit);
    }

    private HardshipAssessment store(HardshipAssessment result, CurrentClient client) {
        UUID id = UUID.randomUUID();
        HardshipAssessment stored = new HardshipAssessment(id, result.region(), result.personId(), result.on(),
                result.policyVersion(), result.citation(), result.minimumWage(), result.minimumWageIllustrative(),
                result.familyMonthlyIncome(), result.monthlyIncomePerHead(), result.ordinaryIncome(),
                result.majorIncome(), result.expense(), result.ordinaryAssistance(), result.majorAssistance());
        jdbc.sql("""
                INSERT INTO hardship_assessment (assessment_id, region, person_id, assessed_on, policy_version,
                                                 ordinary_passes, major_passes, assessment, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, result.region().name(), result.personId(), result.on(), result.policyVersion(),
                        result.ordinaryAssistance(), result.majorAssistance(), json.writeValueAsString(stored),
                        client.clientId(), Timestamp.from(clock.instant()))
                .update();
        return stored;
    }
}
