package org.onestop.settlement.calculation;

import java.util.List;

import org.onestop.settlement.common.Money;

/**
 * One line of a settlement's explanation: the stage (null for the settlement's summary), the stable rule id, its
 * Chinese title, the article it comes from with a short quote, the formula in a clerk's terms with the numbers, the
 * amount ({@link Rule.Kind}: paid, threshold consumed, personal payment; null for a line that only informs), and
 * the tags 示例参数 (illustrative parameter) and 本系统解读 (the service's reading) where a figure is not the
 * document's own.
 */
public record ExplanationLine(Stage stage, String rule, String title, String citation, String formula, Money amount,
                              List<String> tags) {

    public ExplanationLine {
        tags = List.copyOf(tags);
    }

    /** 基本医保 / 大病保险 / 医疗救助 / 再救助, or 结算汇总 for the summary. */
    public String stageName() {
        return stage == null ? "结算汇总" : stage.chineseName();
    }
}
