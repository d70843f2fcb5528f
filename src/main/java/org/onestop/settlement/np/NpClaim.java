package org.onestop.settlement.np;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.settlement.SettlementRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim of a 2303 (预结算) or 2304 (结算) transaction: {@code input.data}'s amounts and identifiers, and the
 * encounter facts the platform would have from 2401/2402 carried in {@code exp_content} (docs/national-platform.md,
 * "exp_content"), translated to the service's {@link SettlementRequest}.
 *
 * @param request       the native request
 * @param insuranceType what {@code insutype} says (checked against the person)
 * @param medType       the platform's med_type as sent (echoed in the answer)
 * @param accountUsed   whether the HIS asked to use the personal account (个人账户; not paid here)
 */
record NpClaim(SettlementRequest request, InsuranceType insuranceType, String medType, boolean accountUsed) {

    private static final String DATA = "input.data";

    /** Native field names (as intake reports them) → the platform field that carried them. */
    private static final Map<String, String> FIELDS = Map.of(
            "personId", DATA + ".psn_no",
            "encounterNo", DATA + ".mdtrt_id",
            "hospitalCode", "fixmedins_code",
            "admissionDate", DATA + ".exp_content.begndate",
            "dischargeDate", DATA + ".exp_content.enddate",
            "amounts", DATA + ".medfee_sumamt",
            "hospitalLevel", DATA + ".exp_content.hosp_lv",
            "majorDiseaseCode", DATA + ".exp_content.dise_codg");

    /** Reads and checks the claim; any fault fails naming its field. */
    static NpClaim read(NpEnvelope envelope, JsonMapper json) {
        NpFields data = NpFields.object(envelope.input(), "data", "input");
        String psnNo = data.text("psn_no", 64);
        NpCodes.requireKnown(NpCodes.MDTRT_CERT_TYPE, data.text("mdtrt_cert_type"), data.path("mdtrt_cert_type"));
        data.text("mdtrt_cert_no");
        NpCodes.requireKnown(NpCodes.PSN_SETLWAY, data.text("psn_setlway"), data.path("psn_setlway"));
        String mdtrtId = data.text("mdtrt_id", 64);
        InsuranceType insuranceType = NpCodes.insuranceType(data.text("insutype"), data.path("insutype"));
        boolean accountUsed = data.flag("acct_used_flag", false);
        if (data.flag("mid_setl_flag", false)) {
            throw NpFailure.field(data.path("mid_setl_flag"), "中途结算 (1) is not supported; settle at discharge (0)");
        }
        Money total = data.money("medfee_sumamt");
        Money fullyOwnPay = data.money("fulamt_ownpay_amt");
        Money overLimit = data.money("overlmt_selfpay");
        Money preSelfPay = data.money("preselfpay_amt");
        Money scope = total.minus(fullyOwnPay).minus(overLimit).minus(preSelfPay);
        if (data.optionalText("inscp_scp_amt") != null && !data.money("inscp_scp_amt").equals(scope)) {
            throw NpFailure.field(data.path("inscp_scp_amt"), data.money("inscp_scp_amt") + " is not medfee_sumamt − "
                    + "fulamt_ownpay_amt − overlmt_selfpay − preselfpay_amt = " + scope);
        }

        NpFields exp = expContent(data, json);
        String medType = exp.text("med_type");
        EncounterType encounterType = NpCodes.encounterType(medType, exp.path("med_type"));
        SettlementRequest request = new SettlementRequest(envelope.fixmedins_code(), mdtrtId, psnNo, encounterType,
                exp.integer("hosp_lv", 1, 3), exp.flag("dsgn_flag", true), exp.flag("emerg_flag", false),
                exp.flag("refl_flag", false), careLocation(envelope), exp.date("begndate", false),
                exp.date("enddate", true), diagnoses(exp), exp.optionalText("dise_codg"),
                exp.flag("spec_drug_flag", false),
                new SettlementRequest.AmountsRequest(total.amount(), fullyOwnPay.amount(), overLimit.amount(),
                        preSelfPay.amount()),
                null);
        return new NpClaim(request, insuranceType, medType, accountUsed);
    }

    /** The platform field that carried a native field, for messages; the native name when not mapped. */
    static String platformField(String nativeField) {
        if (nativeField.startsWith("diagnoses[")) {
            return DATA + ".exp_content.diseinfo" + nativeField.substring("diagnoses".length()) + ".diag_code";
        }
        return FIELDS.getOrDefault(nativeField, nativeField);
    }

    /** The violations of intake, with the platform's field names, as one err_msg. */
    static String describe(List<FieldViolation> violations) {
        List<String> parts = new ArrayList<>();
        violations.forEach(v -> parts.add(platformField(v.field()) + ": " + v.message()));
        return String.join("; ", parts);
    }

    /** exp_content as an object, or as a string holding one (the platform types it as a string). */
    private static NpFields expContent(NpFields data, JsonMapper json) {
        JsonNode raw = data.raw("exp_content");
        String path = data.path("exp_content");
        if (raw != null && raw.isString()) {
            try {
                raw = json.readTree(raw.asString());
            } catch (RuntimeException e) {
                throw NpFailure.field(path, "is a string but not a JSON object");
            }
        }
        if (raw == null || !raw.isObject()) {
            throw NpFailure.field(path, raw == null ? "is required: the encounter facts (med_type, begndate, enddate, "
                    + "hosp_lv, diseinfo, …), see docs/national-platform.md" : "must be a JSON object");
        }
        return new NpFields(raw, path);
    }

    private static List<String> diagnoses(NpFields exp) {
        JsonNode list = exp.raw("diseinfo");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray() || list.size() > 50) {
            throw NpFailure.field(exp.path("diseinfo"), "must be an array of at most 50 {diag_code}");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            codes.add(new NpFields(list.get(i), exp.path("diseinfo[" + i + "]")).text("diag_code", 16));
        }
        return codes;
    }

    /**
     * Where care took place, from the envelope's administrative divisions (行政区划, six digits): the same city
     * (统筹区, first four digits) as the insured place is local, the same province (first two) in-province, else
     * out-of-province (异地就医); without both divisions, local.
     */
    static CareLocation careLocation(NpEnvelope envelope) {
        String care = envelope.mdtrtarea_admvs();
        String insured = envelope.insuplc_admdvs();
        if (care == null || insured == null || sharePrefix(care, insured, 4)) {
            return CareLocation.LOCAL;
        }
        return sharePrefix(care, insured, 2) ? CareLocation.IN_PROVINCE : CareLocation.OUT_OF_PROVINCE;
    }

    private static boolean sharePrefix(String a, String b, int length) {
        return a.length() >= length && b.length() >= length && a.regionMatches(0, b, 0, length);
    }
}
