package org.onestop.settlement.settlement.web;

/**
 * The request example the contract shows for an after-care claim. Public so that a test claims it as its description
 * says.
 */
public final class AssistanceClaimExamples {

    public static final String EMERGENCY_SUMMARY = "Liaoning 低保 resident, emergency stay at a non-designated "
            + "hospital, paid first and assisted after care (002 二(五)1-2)";
    public static final String EMERGENCY_DESCRIPTION = "Policy scope 30000.00 − 2000.00 − 1000.00 = 27000.00; the "
            + "receipt's basic insurance (27000.00 − 500.00) × 75% = 19875.00, major illness 0.00 (base 7125.00 below "
            + "10000.00). Assistance 70% × (27000.00 − 19875.00) = 4987.50 within the 10000.00 cap; no tilt in "
            + "Liaoning; personal 30000.00 − 19875.00 − 4987.50 = 5137.50.";
    public static final String EMERGENCY = """
            {"applicationNo": "LNYHJZ-2024-0007", "institutionName": "沈阳市和平区某民营医院",
             "encounter": {"hospitalCode": "H21010299", "encounterNo": "ZY2024050007",
               "personId": "210102196503150027", "encounterType": "INPATIENT", "hospitalLevel": 2,
               "designated": false, "emergency": true, "referral": false, "careLocation": "LOCAL",
               "admissionDate": "2024-05-01", "dischargeDate": "2024-05-08", "diagnoses": ["K35.8"],
               "amounts": {"total": 30000.00, "fullyOwnPay": 2000.00, "overLimit": 0.00, "preSelfPay": 1000.00}},
             "insurancePaid": {"basic": 19875.00, "majorIllness": 0.00, "settledBy": "沈阳市医疗保障事务服务中心",
               "settlementRef": "SY2024050031"}}""";

    private AssistanceClaimExamples() {
    }
}
