package org.onestop.settlement.calculation;

import java.util.Locale;

/**
 * Every rule an explanation line can name: the stable English id a machine reads, the stage, the Chinese title a
 * clerk reads, what the line's amount means, and, for a rule of the project's own reading rather than of a region's
 * document, the section of docs/calculation.md it is written in. The one catalogue of explanation lines.
 */
public enum Rule {
    DISEASE_MAJOR("disease.major", Stage.ASSISTANCE, "重特大疾病病种认定", Kind.INFORMATION, null),
    BASIC_PAID("basic.%s.level%s", Stage.BASIC, "基本医保统筹基金支付", Kind.PAYMENT, null),
    BASIC_NOT_INSURED("basic.not-insured", Stage.BASIC, "未参加基本医保，基本医保不支付", Kind.NOT_APPLIED,
            "insurance-stages"),
    BASIC_NON_DESIGNATED("basic.non-designated", Stage.BASIC, "非定点医疗机构且非急诊，基本医保不支付",
            Kind.NOT_APPLIED, "non-designated-institutions"),
    MAJOR_ILLNESS_SEGMENTS("major-illness.segments", Stage.MAJOR_ILLNESS, "大病保险分段支付", Kind.PAYMENT, null),
    MAJOR_ILLNESS_TILT("major-illness.tilt", Stage.MAJOR_ILLNESS,
            "大病保险倾斜支付（起付线减半、分段比例提高5个百分点）", Kind.PAYMENT, null),
    MAJOR_ILLNESS_NOT_COVERED("major-illness.not-covered", Stage.MAJOR_ILLNESS, "该就诊类型不属大病保险支付范围",
            Kind.NOT_APPLIED, "insurance-stages"),
    MAJOR_ILLNESS_NOT_INSURED("major-illness.not-insured", Stage.MAJOR_ILLNESS, "未参加大病保险，大病保险不支付",
            Kind.NOT_APPLIED, "insurance-stages"),
    MAJOR_ILLNESS_NON_DESIGNATED("major-illness.non-designated", Stage.MAJOR_ILLNESS,
            "非定点医疗机构且非急诊，大病保险不支付", Kind.NOT_APPLIED, "non-designated-institutions"),
    ASSISTANCE_IDENTITY("assistance.identity", Stage.ASSISTANCE, "医疗救助对象身份", Kind.INFORMATION, null),
    ASSISTANCE_SUBCLASS_ASSUMED("assistance.subclass-assumed", Stage.ASSISTANCE, "低保对象未注明类别，按较低档次救助",
            Kind.ASSUMPTION, "minimum-living-without-a-subclass"),
    ASSISTANCE_IDENTITY_NOT_USED("assistance.identity-not-used", Stage.ASSISTANCE, "未采用的救助身份（就高不重复）",
            Kind.INFORMATION, "highest-standard-not-added"),
    ASSISTANCE_NO_IDENTITY("assistance.no-identity", Stage.ASSISTANCE, "无有效救助对象身份，医疗救助不支付",
            Kind.NOT_APPLIED, "assistance-identity"),
    ASSISTANCE_NOT_INSURED("assistance.not-insured", Stage.ASSISTANCE, "未参保，先保险后救助，医疗救助不支付",
            Kind.NOT_APPLIED, null),
    ASSISTANCE_NON_DESIGNATED("assistance.non-designated", Stage.ASSISTANCE, "非定点医疗机构，医疗救助不支付",
            Kind.NOT_APPLIED, null),
    ASSISTANCE_NOT_COVERED("assistance.not-covered", Stage.ASSISTANCE, "本次就诊不属任何救助项目，医疗救助不支付",
            Kind.NOT_APPLIED, null),
    ASSISTANCE_PROGRAM_NOT_APPLIED("assistance.program-not-applied", Stage.ASSISTANCE, "救助项目不适用于本次就诊",
            Kind.NOT_APPLIED, null),
    ASSISTANCE_THRESHOLD("assistance.threshold", Stage.ASSISTANCE, "医疗救助年度起付标准", Kind.THRESHOLD, null),
    ASSISTANCE_PROGRAM("assistance.%s", Stage.ASSISTANCE, "医疗救助按比例救助", Kind.PAYMENT, null),
    TILT_NOT_ELIGIBLE("tilt.not-eligible", Stage.TILT, "本次就诊未获医疗救助，不计再救助", Kind.NOT_APPLIED,
            "secondary-tilt"),
    TILT_NONE("tilt.none", Stage.TILT, "该救助身份无再救助规定", Kind.NOT_APPLIED, "secondary-tilt"),
    TILT_PLACE_OF_CARE("tilt.place-of-care", Stage.TILT, "就医地不符合再救助条件", Kind.NOT_APPLIED, null),
    TILT_BELOW_THRESHOLD("tilt.below-threshold", Stage.TILT, "再救助：年度累计负担未超过起付标准", Kind.PAYMENT, null),
    TILT_PAID("tilt.paid", Stage.TILT, "再救助（二次倾斜救助）", Kind.PAYMENT, null),
    BASIC_GIVEN("basic.given", Stage.BASIC, "基本医保已支付（按已结算金额列示，不重新计算）", Kind.INFORMATION,
            "assistance-office-settlements"),
    MAJOR_ILLNESS_GIVEN("major-illness.given", Stage.MAJOR_ILLNESS, "大病保险已支付（按已结算金额列示，不重新计算）",
            Kind.INFORMATION, "assistance-office-settlements"),
    AFTER_CARE("after-care", Stage.ASSISTANCE, "医后救助：治疗结束后申请，按结算单只计算医疗救助和再救助",
            Kind.INFORMATION, null),
    SUPPLEMENT_RETROACTIVE("supplement.retroactive", Stage.ASSISTANCE, "依申请救助追溯：已结算就诊按认定身份补充结算",
            Kind.INFORMATION, null),
    SUPPLEMENT_ASSISTANCE("supplement.assistance", Stage.ASSISTANCE, "补充结算：医疗救助差额", Kind.PAYMENT, null),
    SUPPLEMENT_TILT("supplement.tilt", Stage.TILT, "补充结算：再救助差额", Kind.PAYMENT, null),
    SUPPLEMENT_SUMMARY("supplement.summary", null, "补充结算汇总：补付合计与本次就诊个人支付", Kind.SUMMARY,
            "retroactive-supplements"),
    SUMMARY("summary", null, "结算汇总：基金支付合计与个人支付构成", Kind.SUMMARY, "settlement-summary");

    /** The project's own rules reference, which rules without a regional article cite. */
    public static final String RULES_DOCUMENT = "docs/calculation.md";

    /** What a line's amount means. */
    public enum Kind {
        /** What the stage pays (0.00 when it computes nothing). */
        PAYMENT,
        /** What the line consumed of an annual threshold. */
        THRESHOLD,
        /** The personal payment, with the funds' total and its breakdown in the text. */
        SUMMARY,
        /** Informs only: amount null. */
        INFORMATION,
        /** An assumption the engine made where the data leaves a choice: amount null. */
        ASSUMPTION,
        /** A stage or program that did not apply, with its reason: amount null. */
        NOT_APPLIED
    }

    private final String id;
    private final Stage stage;
    private final String title;
    private final Kind kind;
    private final String anchor;

    Rule(String id, Stage stage, String title, Kind kind, String anchor) {
        this.id = id;
        this.stage = stage;
        this.title = title;
        this.kind = kind;
        this.anchor = anchor;
    }

    /** The id, with the qualifiers of a templated id filled in lower case (e.g. {@code basic.inpatient.level3}). */
    public String id(Object... qualifiers) {
        if (qualifiers.length == 0) {
            return id;
        }
        StringBuilder filled = new StringBuilder(id.length() + 16);
        int from = 0;
        for (Object qualifier : qualifiers) {
            int at = id.indexOf("%s", from);
            filled.append(id, from, at).append(String.valueOf(qualifier).toLowerCase(Locale.ROOT));
            from = at + 2;
        }
        return filled.append(id, from, id.length()).toString();
    }

    /** The id as written in the catalogue, {@code %s} standing for a qualifier. */
    public String template() {
        return id;
    }

    /** The stage the line belongs to; null for the settlement's summary. */
    public Stage stage() {
        return stage;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the line's amount is null (it pays nothing and consumes nothing). */
    public boolean informs() {
        return kind == Kind.INFORMATION || kind == Kind.ASSUMPTION || kind == Kind.NOT_APPLIED;
    }

    /** {@code docs/calculation.md#anchor} for a rule of the project's own reading, else null. */
    public String rulesReference() {
        return anchor == null ? null : RULES_DOCUMENT + "#" + anchor;
    }
}
