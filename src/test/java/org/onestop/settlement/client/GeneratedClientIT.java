package org.onestop.settlement.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.client.api.LedgerApi;
import org.onestop.settlement.client.api.PersonsApi;
import org.onestop.settlement.client.api.SettlementsApi;
import org.onestop.settlement.client.model.AmountsRequest;
import org.onestop.settlement.client.model.IdentityRequest;
import org.onestop.settlement.client.model.PersonRequest;
import org.onestop.settlement.client.model.ReversalRequest;
import org.onestop.settlement.client.model.SettlementRequest;
import org.onestop.settlement.client.model.SettlementResponse;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.TestClients;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the service through the Java client that openapi-generator ({@code native} library) makes from
 * {@code api-spec/openapi.yaml} in the build: if the contract stops describing what the service does, this fails.
 * The claim is policies.md §6: a Zibo resident with 低保 (MIN_LIVING), level-3 inpatient stay, total 60,000.00, fully
 * own-pay 5,000.00, pre-self-pay 1,000.00. Policy scope 60000 − 5000 − 1000 = 54000.00; basic (54000 − 800) × 60% =
 * 31920.00; major illness (tilted, threshold 5000) 65% × (54000 − 31920 − 5000) = 11102.00; assistance 75% ×
 * (54000 − 31920 − 11102 = 10978.00) = 8233.50; personal 60000 − 31920 − 11102 − 8233.50 = 8744.50.
 */
@IntegrationTest
class GeneratedClientIT {

    @LocalServerPort
    int port;

    @Test
    void section6IsPreviewedSettledReversedAndReadThroughTheGeneratedClient() throws ApiException {
        ApiClient client = new ApiClient().setHost("localhost").setPort(port).setRequestInterceptor(
                request -> request.header("Authorization", TestClients.admin(port).basicHeader()));
        PersonsApi persons = new PersonsApi(client);
        SettlementsApi settlements = new SettlementsApi(client);
        LedgerApi ledger = new LedgerApi(client);
        String personId = "gc-" + UUID.randomUUID();
        persons.putPerson(personId, new PersonRequest().name("王某").sex(PersonRequest.SexEnum.FEMALE)
                .birthDate(LocalDate.of(1958, 4, 12)).region(PersonRequest.RegionEnum.ZIBO)
                .insuranceType(PersonRequest.InsuranceTypeEnum.RESIDENT).rural(false));
        persons.recordIdentity(personId, new IdentityRequest().category(IdentityRequest.CategoryEnum.MIN_LIVING)
                .validFrom(LocalDate.of(2024, 1, 1)).validTo(LocalDate.of(2025, 12, 31)).source("IT"));
        SettlementRequest claim = new SettlementRequest().hospitalCode("GC" + UUID.randomUUID().toString()
                        .substring(0, 8)).encounterNo("ZY-1").personId(personId)
                .encounterType(SettlementRequest.EncounterTypeEnum.INPATIENT).hospitalLevel(3).designated(true)
                .emergency(false).referral(false).careLocation(SettlementRequest.CareLocationEnum.LOCAL)
                .admissionDate(LocalDate.of(2024, 3, 1)).dischargeDate(LocalDate.of(2024, 3, 10))
                .diagnoses(List.of("K35.8")).amounts(new AmountsRequest().total(new BigDecimal("60000.00"))
                        .fullyOwnPay(new BigDecimal("5000.00")).overLimit(new BigDecimal("0.00"))
                        .preSelfPay(new BigDecimal("1000.00")));

        SettlementResponse preview = settlements.previewSettlement(claim);
        assertThat(preview.getStatus()).isEqualTo(SettlementResponse.StatusEnum.PREVIEW);
        assertSection6(preview);

        SettlementResponse settled = settlements.settleEncounter(claim);
        assertThat(settled.getStatus()).isEqualTo(SettlementResponse.StatusEnum.SETTLED);
        assertSection6(settled);
        assertThat(used(ledger, personId)).isEqualByComparingTo("31920.00");

        SettlementResponse reversed = settlements.reverseSettlement(settled.getSettlementId(),
                new ReversalRequest().reason("退费：费用明细录入错误").operator("收费员 张三"));
        assertThat(reversed.getStatus()).isEqualTo(SettlementResponse.StatusEnum.REVERSED);
        assertThat(reversed.getReversal().getReason()).isEqualTo("退费：费用明细录入错误");
        assertThat(reversed.getLedgerDeltas().get("BASIC_PAID:BASIC")).isEqualByComparingTo("-31920.00");
        assertThat(used(ledger, personId)).as("back to zero after the reversal").isEqualByComparingTo("0.00");

        var found = settlements.searchSettlements(claim.getHospitalCode(), "ZY-1", null, null, null, null, null, null);
        assertThat(found.getItems()).extracting(SettlementResponse::getSettlementId)
                .containsExactly(settled.getSettlementId());
    }

    private static void assertSection6(SettlementResponse answer) {
        assertThat(answer.getBasicPay()).isEqualByComparingTo("31920.00");
        assertThat(answer.getMajorIllnessPay()).isEqualByComparingTo("11102.00");
        assertThat(answer.getAssistancePay()).isEqualByComparingTo("8233.50");
        assertThat(answer.getPersonalPay()).isEqualByComparingTo("8744.50");
    }

    private static BigDecimal used(LedgerApi ledger, String personId) throws ApiException {
        return ledger.getPersonLedger(personId, 2024).getBuckets().stream()
                .filter(b -> b.getName().equals("BASIC_PAID:BASIC")).findFirst().orElseThrow().getUsed();
    }
}
