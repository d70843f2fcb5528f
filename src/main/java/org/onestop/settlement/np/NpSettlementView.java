package org.onestop.settlement.np;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.settlement.SettlementResponse;

/**
 * A settlement in the platform's output shape: {@code setlinfo} (结算信息) and one {@code setldetail} row (结算基金分项)
 * per fund line, with the explanation lines of that fund's stage as {@code setl_proc_info}
 * (docs/national-platform.md, "Output"). Field names are the platform's.
 */
final class NpSettlementView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NpSettlementView() {
    }

    /** Output of 2303, 2304, 2305 and 5203. */
    record Output(SetlInfo setlinfo, List<SetlDetail> setldetail) {
    }

    /** 结算信息; amounts are negative in a reversal's answer (2305), as the platform's 冲销 rows are. */
    record SetlInfo(String mdtrt_id, String setl_id, String psn_no, String psn_name, String gend, String brdy,
                    Integer age, String insutype, String setl_time, String med_type, BigDecimal medfee_sumamt,
                    BigDecimal fulamt_ownpay_amt, BigDecimal overlmt_selfpay, BigDecimal preselfpay_amt,
                    BigDecimal inscp_scp_amt, BigDecimal act_pay_dedc, BigDecimal hifp_pay, BigDecimal hifmi_pay,
                    BigDecimal hifob_pay, BigDecimal maf_pay, BigDecimal oth_pay, BigDecimal fund_pay_sumamt,
                    BigDecimal psn_part_amt, BigDecimal acct_pay, BigDecimal psn_cash_pay, String clr_type,
                    String refd_setl_flag) {
    }

    /** 结算基金分项: one fund line. */
    record SetlDetail(String fund_pay_type, String fund_pay_type_name, BigDecimal inscp_scp_amt,
                      BigDecimal crt_payb_lmt_amt, BigDecimal fund_payamt, String setl_proc_info) {
    }

    /**
     * @param medType  the med_type the settlement was made with, null when unknown (settled through the native API)
     * @param negative whether to answer the amounts negated (the reversal's own row)
     * @param at       the time to report as setl_time; null for a preview (then age is taken on {@code today})
     */
    static Output of(SettlementResponse s, Person person, String medType, boolean negative, Instant at,
                     LocalDate today, ZoneId zone) {
        int sign = negative ? -1 : 1;
        boolean employee = person.insuranceType() == InsuranceType.EMPLOYEE;
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        LocalDate on = at == null ? today : LocalDate.ofInstant(at, zone);
        var amounts = s.amounts();
        SetlInfo info = new SetlInfo(s.encounterNo(), s.settlementId() == null ? null : s.settlementId().toString(),
                s.personId(), person.name(), NpCodes.gendOf(person.sex()), person.birthDate().toString(),
                Period.between(person.birthDate(), on).getYears(), NpCodes.insutypeOf(person.insuranceType()),
                at == null ? null : TIME.format(at.atZone(zone)), medType,
                signed(amounts.total(), sign), signed(amounts.fullyOwnPay(), sign), signed(amounts.overLimit(), sign),
                signed(amounts.preSelfPay(), sign), signed(amounts.policyScope(), sign), null,
                signed(s.basicPay(), sign), employee ? zero : signed(s.majorIllnessPay(), sign),
                employee ? signed(s.majorIllnessPay(), sign) : zero,
                signed(s.assistancePay().add(s.tiltPay()), sign), zero, signed(s.fundPay(), sign),
                signed(s.personalPay(), sign), zero, signed(s.personalPay(), sign), medType,
                s.status() == SettlementResponse.Status.REVERSED ? "1" : "0");
        List<SetlDetail> details = s.funds().stream()
                .map(f -> new SetlDetail(NpCodes.fundPayType(f), fundPayTypeName(f), signed(amounts.policyScope(), sign), null,
                        signed(f.amount(), sign), processInfo(s, f.stage())))
                .toList();
        return new Output(info, details);
    }

    private static String fundPayTypeName(SettlementResponse.FundView fund) {
        return "TILT".equals(fund.stage()) ? NpCodes.TILT_FUND_PAY_TYPE_NAME : fund.name();
    }

    /** The stage's explanation lines, each "rule [citation]: formula". */
    private static String processInfo(SettlementResponse s, String stage) {
        return s.explanation().stream().filter(line -> line.stage().equals(stage))
                .map(line -> line.rule() + " [" + line.citation() + "]: " + line.formula())
                .collect(Collectors.joining("\n"));
    }

    private static BigDecimal signed(BigDecimal amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }
}
