package org.onestop.settlement.np.web;

/**
 * Examples of the contract: the policies.md §6 stay of a Zibo minimum-living resident as a 2304, what it answers,
 * and a 3201 of the same day. Amounts follow §6: basic 31920.00, major illness 11102.00, assistance 8233.50.
 */
final class NpExamples {

    static final String SETTLE_SUMMARY = "2304: the §6 stay (level 3, 60000.00, own-pay 5000.00, pre-self-pay 1000.00)";

    static final String SETTLE = """
            {"infno": "2304", "msgid": "H37030001202403101200000001", "mdtrtarea_admvs": "370302",
             "insuplc_admdvs": "370300", "recer_sys_code": "HIS", "dev_no": "", "dev_safe_info": "", "cainfo": "",
             "signtype": "", "infver": "V1.0", "opter_type": "1", "opter": "0001", "opter_name": "收费员",
             "inf_time": "2024-03-10 12:00:00", "fixmedins_code": "H37030001", "fixmedins_name": "淄博市第一医院",
             "sign_no": "",
             "input": {"data": {"psn_no": "370302196005010022", "mdtrt_cert_type": "02",
               "mdtrt_cert_no": "370302196005010022", "medfee_sumamt": 60000.00, "psn_setlway": "01",
               "mdtrt_id": "ZY2024030001", "insutype": "390", "acct_used_flag": "0", "invono": "",
               "mid_setl_flag": "0", "fulamt_ownpay_amt": 5000.00, "overlmt_selfpay": 0.00,
               "preselfpay_amt": 1000.00, "inscp_scp_amt": 54000.00,
               "exp_content": {"med_type": "21", "begndate": "2024-03-01", "enddate": "2024-03-10", "hosp_lv": "3",
                 "dsgn_flag": "1", "emerg_flag": "0", "refl_flag": "0", "diseinfo": [{"diag_code": "K35.8"}]}}}}
            """;

    static final String SETTLED = """
            {"infcode": 0, "inf_refmsgid": "H37030001202403101200000001", "refmsg_time": "2024-03-10 12:00:01",
             "respond_time": "2024-03-10 12:00:01", "err_msg": null, "warn_msg": null,
             "output": {"setlinfo": {"mdtrt_id": "ZY2024030001", "setl_id": "0f8fad5b-d9cb-469f-a165-70867728950e",
               "psn_no": "370302196005010022", "psn_name": "张三", "gend": "2", "brdy": "1960-05-01", "age": 63,
               "insutype": "390", "setl_time": "2024-03-10 12:00:01", "med_type": "21", "medfee_sumamt": 60000.00,
               "fulamt_ownpay_amt": 5000.00, "overlmt_selfpay": 0.00, "preselfpay_amt": 1000.00,
               "inscp_scp_amt": 54000.00, "act_pay_dedc": null, "hifp_pay": 31920.00, "hifmi_pay": 11102.00,
               "hifob_pay": 0.00, "maf_pay": 8233.50, "oth_pay": 0.00, "fund_pay_sumamt": 51255.50,
               "psn_part_amt": 8744.50, "acct_pay": 0.00, "psn_cash_pay": 8744.50, "clr_type": "21",
               "refd_setl_flag": "0"},
              "setldetail": [
               {"fund_pay_type": "390100", "fund_pay_type_name": "城乡居民基本医疗保险统筹基金",
                "inscp_scp_amt": 54000.00, "crt_payb_lmt_amt": null, "fund_payamt": 31920.00,
                "setl_proc_info": "basic.inpatient.level3 [...]: (54000.00 − 800.00) × 60% = 31920.00; ..."},
               {"fund_pay_type": "390200", "fund_pay_type_name": "城乡居民大病保险", "inscp_scp_amt": 54000.00,
                "crt_payb_lmt_amt": null, "fund_payamt": 11102.00, "setl_proc_info": "..."},
               {"fund_pay_type": "610100", "fund_pay_type_name": "医疗救助基金", "inscp_scp_amt": 54000.00,
                "crt_payb_lmt_amt": null, "fund_payamt": 8233.50, "setl_proc_info": "..."}]}}
            """;

    static final String RECONCILE_SUMMARY = "3201: the day's resident totals of the hospital (the §6 stay alone)";

    static final String RECONCILE = """
            {"infno": "3201", "msgid": "H37030001202403102300000001", "infver": "V1.0", "opter_type": "1",
             "opter": "0001", "opter_name": "收费员", "inf_time": "2024-03-10 23:00:00",
             "fixmedins_code": "H37030001", "fixmedins_name": "淄博市第一医院",
             "input": {"data": {"insutype": "390", "clr_type": "21", "setl_optins": "370300",
               "stmt_begndate": "2024-03-10", "stmt_enddate": "2024-03-10", "medfee_sumamt": 60000.00,
               "fund_pay_sumamt": 51255.50, "acct_pay": 0.00, "fixmedins_setl_cnt": 1}}}
            """;

    private NpExamples() {
    }
}
