package org.onestop.settlement.slip;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.settlement.SettlementKind;
import org.onestop.settlement.settlement.SettlementResponse;

/**
 * What a settlement slip (一站式结算单) prints, every figure already formatted: the claim's amounts, one row per stage
 * and fund, the fund total, the personal payment in figures and in capital numerals, the identity and policy
 * version used, the explanation lines with their citations, and the banners ({@link SlipMark}) of a settlement
 * that is not an ordinary one. The person appears only by the masked name ({@link NameMask}).
 *
 * @param marks banners to print prominently (reversed, supplementary, preview)
 * @param settledAt and {@code reversedAt}: local time of China, {@code yyyy-MM-dd HH:mm}; reversedAt may be null
 */
public record SettlementSlip(
        String settlementId, List<SlipMark> marks, String statusLabel,
        String hospitalCode, String encounterNo, int year, String region,
        String personName, String identity, String scheme, String policyVersion,
        List<Figure> amounts, List<FundRow> funds, String fundTotal,
        String personalPay, String personalPayCapital,
        List<Reason> explanation, String settledAt, String reversedAt) {

    /** Where slips print times: the service settles claims of Chinese regions. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    /** A labelled amount; {@code field} names it in the page ({@code data-field}) for readers and tests. */
    public record Figure(String field, String label, String amount) {
    }

    /** One stage's payment from one fund (the tilt on its own row). */
    public record FundRow(String stage, String stageLabel, String fundCode, String fundName, String amount) {
    }

    /**
     * One explanation line: its stage and title in Chinese, the rule, the article it implements, and the formula with
     * its numbers and result.
     */
    public record Reason(String stageLabel, String title, String rule, String citation, String formula) {
    }

    /**
     * The document and article of a citation without its quoted clause (「…」), so that an ordinary stay prints on one
     * page; the settlement's JSON answer keeps the quote.
     */
    static String articleOf(String citation) {
        int quote = citation.indexOf("：「");
        return quote < 0 ? citation : citation.substring(0, quote);
    }

    /** The slip of a settlement as the settlement API answers it, for the person's registered name. */
    public static SettlementSlip of(SettlementResponse settlement, String personName) {
        var amounts = settlement.amounts();
        List<Figure> figures = List.of(
                new Figure("total", "医疗费用总额", MoneyText.format(amounts.total())),
                new Figure("fullyOwnPay", "全自费金额", MoneyText.format(amounts.fullyOwnPay())),
                new Figure("overLimit", "超限价自付金额", MoneyText.format(amounts.overLimit())),
                new Figure("preSelfPay", "先行自付金额", MoneyText.format(amounts.preSelfPay())),
                new Figure("policyScope", "政策范围内金额", MoneyText.format(amounts.policyScope())));
        List<Reason> reasons = settlement.explanation().stream()
                .map(line -> new Reason(line.stageName(), line.title(), line.rule(), articleOf(line.citation()),
                        line.formula()))
                .toList();
        return new SettlementSlip(
                settlement.settlementId() == null ? "" : settlement.settlementId().toString(),
                marksOf(settlement), statusLabel(settlement.status()),
                settlement.hospitalCode(), settlement.encounterNo(), settlement.year(),
                SlipLabels.region(settlement.region()),
                NameMask.mask(personName),
                settlement.identity() == null ? "无"
                        : SlipLabels.identity(settlement.identity().category(), settlement.identity().subclass()),
                settlement.scheme() == null ? "无" : settlement.scheme(),
                settlement.policyVersion(),
                figures, fundRows(settlement), MoneyText.format(settlement.fundPay()),
                MoneyText.format(settlement.personalPay()), CapitalAmount.of(settlement.personalPay()),
                reasons, time(settlement.settledAt()), time(settlement.reversedAt()));
    }

    /** The banners of a settlement: its status's (reversed, preview), then its kind's (supplement, after care). */
    static List<SlipMark> marksOf(SettlementResponse settlement) {
        List<SlipMark> marks = new ArrayList<>(switch (settlement.status()) {
            case REVERSED -> List.of(SlipMark.REVERSED);
            case PREVIEW -> List.of(SlipMark.PREVIEW);
            case SETTLED -> List.<SlipMark>of();
        });
        if (settlement.kind() == SettlementKind.SUPPLEMENT) {
            marks.add(SlipMark.SUPPLEMENT);
        } else if (settlement.kind() == SettlementKind.AFTER_CARE) {
            marks.add(SlipMark.AFTER_CARE);
        }
        return marks;
    }

    private static String statusLabel(SettlementResponse.Status status) {
        return switch (status) {
            case SETTLED -> "已结算";
            case REVERSED -> "已冲正";
            case PREVIEW -> "预结算";
        };
    }

    /**
     * The fund lines in stage order; a stage that paid nothing has no fund line in the settlement, and is printed as
     * one row of 0.00 so that every stage, the tilt included, has its own line.
     */
    private static List<FundRow> fundRows(SettlementResponse settlement) {
        Map<String, BigDecimal> stagePay = Map.of("BASIC", settlement.basicPay(),
                "MAJOR_ILLNESS", settlement.majorIllnessPay(), "ASSISTANCE", settlement.assistancePay(),
                "TILT", settlement.tiltPay());
        List<FundRow> rows = new ArrayList<>();
        for (String stage : SlipLabels.STAGE_ORDER) {
            var lines = settlement.funds().stream().filter(f -> f.stage().equals(stage)).toList();
            if (lines.isEmpty()) {
                rows.add(new FundRow(stage, SlipLabels.stage(stage), "—", "本次未支付",
                        MoneyText.format(stagePay.get(stage))));
            }
            lines.forEach(f -> rows.add(new FundRow(stage, SlipLabels.stage(stage), f.fundCode(), f.name(),
                    MoneyText.format(f.amount()))));
        }
        return rows;
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
