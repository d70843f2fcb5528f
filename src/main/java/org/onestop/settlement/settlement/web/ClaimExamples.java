package org.onestop.settlement.settlement.web;

/**
 * The request examples the contract shows for a claim: the four amounts (policies.md §6), or fee lines. Public so
 * that a test settles them as their descriptions say.
 */
public final class ClaimExamples {

    public static final String AMOUNTS_SUMMARY = "policies.md §6: Zibo minimum-living resident, level-3 stay";
    public static final String AMOUNTS_DESCRIPTION = "For a first stay of the year: basic 31920.00, major illness 11102.00 "
            + "(tilted), assistance 8233.50, tilt 0.00, personal 8744.50.";
    public static final String AMOUNTS = """
            {"hospitalCode": "H37030001", "encounterNo": "ZY2024030001", "personId": "370302196005010021",
             "encounterType": "INPATIENT", "hospitalLevel": 3, "designated": true, "emergency": false,
             "referral": false, "careLocation": "LOCAL", "admissionDate": "2024-03-01",
             "dischargeDate": "2024-03-10", "diagnoses": ["K35.8"],
             "amounts": {"total": 60000.00, "fullyOwnPay": 5000.00, "overLimit": 0.00, "preSelfPay": 1000.00}}""";

    public static final String ITEMS_SUMMARY = "Fee lines instead of amounts (class A, B above its price limit, C)";
    public static final String ITEMS_DESCRIPTION = "Derived: total 700.00 + 600.00 + 100.00 = 1400.00; fully own-pay 100.00 "
            + "(class C); over-limit (12.00 − 10.00) × 50 = 100.00; pre-self-pay (600.00 − 100.00) × 10% = 50.00; "
            + "policy scope 1400.00 − 100.00 − 100.00 − 50.00 = 1150.00.";
    public static final String ITEMS = """
            {"hospitalCode": "H37030001", "encounterNo": "MZ2024050007", "personId": "370302196005010021",
             "encounterType": "OUTPATIENT_CHRONIC", "hospitalLevel": 2, "designated": true,
             "dischargeDate": "2024-05-07", "diagnoses": ["E11.9"], "items": [
               {"code": "A001", "name": "甲类药品", "feeClass": "A", "unitPrice": 35.00, "quantity": 20,
                "amount": 700.00},
               {"code": "B002", "name": "乙类药品", "feeClass": "B", "selfPayRatio": 0.10, "unitPrice": 12.00,
                "priceLimit": 10.00, "quantity": 50, "amount": 600.00},
               {"code": "C003", "name": "丙类项目", "feeClass": "C", "unitPrice": 100.00, "quantity": 1,
                "amount": 100.00}]}""";

    private ClaimExamples() {
    }
}
