package org.onestop.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.onestop.settlement.common.RegionCode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored settlement: its key {@code (hospitalCode, encounterNo)}, the hash of the request that made it (to tell a
 * retry from a conflicting reuse of the key), the stage totals, the answer as it was given, and the claim itself with
 * its discharge date, so that it can be settled again under another policy (a what-if simulation). Settlements stored
 * before V15 have no claim.
 */
@Entity
@Table(name = "settlement")
class SettlementRecord {

    @Id
    @Column(name = "settlement_id")
    private UUID settlementId;

    @Column(name = "hospital_code")
    private String hospitalCode;

    @Column(name = "encounter_no")
    private String encounterNo;

    @Column(name = "person_id")
    private String personId;

    @Enumerated(EnumType.STRING)
    private RegionCode region;

    @Column(name = "ledger_year")
    private int ledgerYear;

    @Enumerated(EnumType.STRING)
    private SettlementResponse.Status status;

    @Column(name = "policy_version")
    private String policyVersion;

    @Column(name = "request_hash")
    private String requestHash;

    private BigDecimal total;

    @Column(name = "basic_pay")
    private BigDecimal basicPay;

    @Column(name = "major_illness_pay")
    private BigDecimal majorIllnessPay;

    @Column(name = "assistance_pay")
    private BigDecimal assistancePay;

    @Column(name = "tilt_pay")
    private BigDecimal tiltPay;

    @Column(name = "fund_pay")
    private BigDecimal fundPay;

    @Column(name = "personal_pay")
    private BigDecimal personalPay;

    private String response;

    /** The request as posted, compact JSON; null for settlements stored before V15. */
    private String claim;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "reversed_at")
    private Instant reversedAt;

    @Column(name = "reversal_reason")
    private String reversalReason;

    @Column(name = "reversal_operator")
    private String reversalOperator;

    protected SettlementRecord() {
    }

    SettlementRecord(SettlementResponse answer, String requestHash, String responseJson, String claimJson,
                     LocalDate dischargeDate) {
        this.settlementId = answer.settlementId();
        this.hospitalCode = answer.hospitalCode();
        this.encounterNo = answer.encounterNo();
        this.personId = answer.personId();
        this.region = answer.region();
        this.ledgerYear = answer.year();
        this.status = answer.status();
        this.policyVersion = answer.policyVersion();
        this.requestHash = requestHash;
        this.total = answer.amounts().total();
        this.basicPay = answer.basicPay();
        this.majorIllnessPay = answer.majorIllnessPay();
        this.assistancePay = answer.assistancePay();
        this.tiltPay = answer.tiltPay();
        this.fundPay = answer.fundPay();
        this.personalPay = answer.personalPay();
        this.response = responseJson;
        this.claim = claimJson;
        this.dischargeDate = dischargeDate;
        this.settledAt = answer.settledAt();
    }

    void reverse(Instant at, ReversalRequest why) {
        this.status = SettlementResponse.Status.REVERSED;
        this.reversedAt = at;
        this.reversalReason = why == null ? null : why.reason();
        this.reversalOperator = why == null ? null : why.operator();
    }

    UUID settlementId() {
        return settlementId;
    }

    String hospitalCode() {
        return hospitalCode;
    }

    String encounterNo() {
        return encounterNo;
    }

    String personId() {
        return personId;
    }

    RegionCode region() {
        return region;
    }

    int ledgerYear() {
        return ledgerYear;
    }

    SettlementResponse.Status status() {
        return status;
    }

    String requestHash() {
        return requestHash;
    }

    String response() {
        return response;
    }

    /** Why, by whom and when it was reversed; null while it stands. */
    SettlementResponse.ReversalView reversal() {
        return reversedAt == null ? null
                : new SettlementResponse.ReversalView(reversalReason, reversalOperator, reversedAt);
    }
}
