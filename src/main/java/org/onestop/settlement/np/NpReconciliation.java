package org.onestop.settlement.np;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onestop.settlement.clearing.ClearingService;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.springframework.stereotype.Component;

/**
 * 3201 对总账 (reconciliation of totals): the HIS's totals of a period against the service's, for one institution
 * and insurance type: {@code stmt_rslt} 0 (平) when every total agrees, 1 (不平) naming each differing total.
 */
@Component
class NpReconciliation {

    private final ClearingService clearing;

    NpReconciliation(ClearingService clearing) {
        this.clearing = clearing;
    }

    /** 3201's output. */
    record Output(StmtInfo stmtinfo) {
    }

    /** 对账结果. */
    record StmtInfo(String setl_optins, String stmt_rslt, String stmt_rslt_dscr) {
    }

    Output reconcile(NpEnvelope envelope) {
        NpFields data = NpFields.object(envelope.input(), "data", "input");
        InsuranceType insuranceType = NpCodes.insuranceType(data.text("insutype"), data.path("insutype"));
        data.text("clr_type");
        String setlOptins = data.text("setl_optins");
        LocalDate from = data.date("stmt_begndate", true);
        LocalDate to = data.date("stmt_enddate", true);
        if (to.isBefore(from)) {
            throw NpFailure.field(data.path("stmt_enddate"), "is before stmt_begndate " + from);
        }
        Money total = data.money("medfee_sumamt");
        Money fundPay = data.money("fund_pay_sumamt");
        Money accountPay = data.money("acct_pay");
        long count = data.integer("fixmedins_setl_cnt", 0, Integer.MAX_VALUE);

        var ours = clearing.periodTotals(envelope.fixmedins_code(), insuranceType, from, to,
                data.path("stmt_begndate"), data.path("stmt_enddate"));
        List<String> differences = new ArrayList<>();
        compare("medfee_sumamt", total.amount(), ours.total(), differences);
        compare("fund_pay_sumamt", fundPay.amount(), ours.fundPay(), differences);
        compare("acct_pay", accountPay.amount(), BigDecimal.ZERO, differences);
        if (count != ours.settlementCount()) {
            differences.add("fixmedins_setl_cnt " + count + " ≠ " + ours.settlementCount());
        }
        return new Output(differences.isEmpty()
                ? new StmtInfo(setlOptins, "0", "平")
                : new StmtInfo(setlOptins, "1", "不平: " + String.join("; ", differences)
                        + " (HIS ≠ service; settlements less reversals " + from + " to " + to + ", "
                        + clearing.zone().getId() + ")"));
    }

    private static void compare(String field, BigDecimal theirs, BigDecimal ours, List<String> differences) {
        if (theirs.compareTo(ours) != 0) {
            differences.add(field + " " + theirs.toPlainString() + " ≠ " + ours.setScale(2).toPlainString());
        }
    }
}
