package org.onestop.settlement.slip;

import java.util.Locale;

/**
 * A banner printed prominently at the top of a slip that is not an ordinary, final settlement: from the settlement's
 * status (reversed, preview) or its kind (a supplementary settlement 补充结算, an after-care claim 医后救助). The
 * template prints every mark the same way.
 */
public enum SlipMark {
    /** The settlement was reversed (冲正/退费): the amounts below no longer stand. */
    REVERSED("已冲正", "本结算已冲正（退费），以下金额已作废，不作为收费凭证。"),
    /** A supplementary settlement (补充结算) of an encounter settled before. */
    SUPPLEMENT("补充结算", "本单为补充结算，金额为对原结算的补充部分。"),
    /** An after-care assistance claim (医后救助): insurance was settled elsewhere, the amounts are the receipt's. */
    AFTER_CARE("医后救助", "本单为医后救助结算，基本医保、大病保险金额按医保结算单列示，由医疗救助经办机构支付救助金额。"),
    /** A pre-settlement (预结算): nothing was written. */
    PREVIEW("预结算", "本单为预结算，未实际结算，不作为收费凭证。");

    private final String title;
    private final String text;

    SlipMark(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** The CSS class of the banner, e.g. {@code mark-reversed}. */
    public String cssClass() {
        return "mark-" + name().toLowerCase(Locale.ROOT);
    }
}
