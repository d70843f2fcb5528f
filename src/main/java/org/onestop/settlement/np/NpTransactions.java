package org.onestop.settlement.np;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.ProblemException;
import org.onestop.settlement.person.Person;
import org.onestop.settlement.person.PersonRepository;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.ReversalRequest;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One platform transaction: reads the envelope, checks that {@code fixmedins_code} is the calling hospital's own,
 * runs 2303, 2304, 2305, 5203 or 3201 through the settlement use case, and answers the platform's envelope. Every
 * failure, including bad JSON, unknown codes and refused claims, is answered {@code infcode -1} with an
 * {@code err_msg} naming the field; nothing is written then.
 */
@Service
public class NpTransactions {

    private static final Logger log = LoggerFactory.getLogger(NpTransactions.class);

    private final SettlementService settlements;
    private final PersonRepository persons;
    private final NpMessageLog messages;
    private final NpReconciliation reconciliation;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    NpTransactions(SettlementService settlements, PersonRepository persons, NpMessageLog messages,
                   NpReconciliation reconciliation, PlatformTransactionManager transactions, JsonMapper json,
                   Clock clock) {
        this.settlements = settlements;
        this.persons = persons;
        this.messages = messages;
        this.reconciliation = reconciliation;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /** What a transaction answers on success: its output and an optional warning. */
    private record Result(Object output, String warning) {
    }

    /** Runs the transaction in {@code body} for {@code client}; never throws for anything the caller sent. */
    public NpReply handle(String body, CurrentClient client) {
        Instant received = clock.instant();
        String msgid = null;
        try {
            NpEnvelope envelope = NpEnvelope.of(parse(body));
            msgid = envelope.msgid();
            requireEnvelope(envelope, client);
            Result result = switch (envelope.infno()) {
                case "2303" -> settle(envelope, received, false);
                case "2304" -> settle(envelope, received, true);
                case "2305" -> reverse(envelope, client, received);
                case "5203" -> query(envelope, client);
                case "3201" -> new Result(reconciliation.reconcile(envelope), null);
                default -> throw NpFailure.field("infno", "unsupported transaction '" + envelope.infno()
                        + "' (supported: 2303, 2304, 2305, 5203, 3201)");
            };
            return reply(0, msgid, received, null, result.warning(), result.output());
        } catch (NpFailure e) {
            return reply(-1, msgid, received, e.getMessage(), null, null);
        } catch (InvalidRequestException e) {
            return reply(-1, msgid, received, NpClaim.describe(e.violations()), null, null);
        } catch (ProblemException e) {
            return reply(-1, msgid, received, e.getMessage(), null, null);
        } catch (RuntimeException e) {
            log.error("Platform transaction {} failed", msgid, e);
            return reply(-1, msgid, received, "internal error: the transaction was not carried out", null, null);
        }
    }

    private JsonNode parse(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            throw new NpFailure("the body is not well-formed JSON");
        }
        if (root == null || !root.isObject()) {
            throw new NpFailure("the body must be a JSON object (the platform's envelope)");
        }
        return root;
    }

    private static void requireEnvelope(NpEnvelope envelope, CurrentClient client) {
        if (envelope.infno() == null) {
            throw NpFailure.field("infno", "is required");
        }
        if (envelope.msgid() == null || envelope.msgid().length() > 64) {
            throw NpFailure.field("msgid", envelope.msgid() == null ? "is required" : "is longer than 64 characters");
        }
        if (envelope.fixmedins_code() == null) {
            throw NpFailure.field("fixmedins_code", "is required");
        }
        if (!client.isHospital() || !client.hospitalCode().equals(envelope.fixmedins_code())) {
            throw NpFailure.field("fixmedins_code", "'" + envelope.fixmedins_code() + "' is not the code of client "
                    + client.clientId());
        }
        if (envelope.input() == null || !envelope.input().isObject()) {
            throw NpFailure.field("input", "is required: a JSON object");
        }
    }

    /** 2303 (write = false: nothing is written) and 2304. */
    private Result settle(NpEnvelope envelope, Instant received, boolean write) {
        NpClaim claim = NpClaim.read(envelope, json);
        Person person = persons.findById(claim.request().personId())
                .orElseThrow(() -> NpFailure.field("input.data.psn_no", "unknown person '"
                        + claim.request().personId() + "'"));
        if (person.insuranceType() != claim.insuranceType()) {
            throw NpFailure.field("input.data.insutype", NpCodes.insutypeOf(claim.insuranceType())
                    + " but the person is insured as " + person.insuranceType());
        }
        SettlementResponse answer;
        if (write) {
            SettlementService.Outcome outcome;
            try {
                outcome = tx.execute(status -> logged(envelope, claim, settlements.settle(claim.request()),
                        received));
            } catch (DataIntegrityViolationException lostRace) {
                outcome = tx.execute(status -> logged(envelope, claim, settlements.replay(claim.request()),
                        received));
            }
            answer = outcome.response();
        } else {
            answer = settlements.preview(claim.request());
        }
        var output = NpSettlementView.of(answer, person, claim.medType(), false, answer.settledAt(), today(),
                clock.getZone());
        return new Result(output, claim.accountUsed()
                ? "acct_used_flag 1: the personal account (个人账户) is not paid through this service; acct_pay is 0"
                : null);
    }

    private SettlementService.Outcome logged(NpEnvelope envelope, NpClaim claim, SettlementService.Outcome outcome,
                                             Instant received) {
        messages.record(envelope, claim.request().encounterNo(), outcome.response().settlementId(), claim.medType(),
                received);
        return outcome;
    }

    /** 2305: reverses the settlement {@code setl_id} of {@code mdtrt_id}; answers it with negated amounts. */
    private Result reverse(NpEnvelope envelope, CurrentClient client, Instant received) {
        SettlementResponse settled = identified(envelope, client);
        SettlementResponse reversed = tx.execute(status -> {
            SettlementResponse r = settlements.reverse(settled.settlementId(), reversalOf(envelope), client);
            messages.record(envelope, r.encounterNo(), r.settlementId(), null, received);
            return r;
        });
        return new Result(NpSettlementView.of(reversed, person(reversed), messages.medTypeOf(reversed.settlementId()),
                true, reversed.reversedAt(), today(), clock.getZone()), null);
    }

    /** The reason a 2305 reversal is kept with: the transaction and the platform's message id; its operator. */
    private static ReversalRequest reversalOf(NpEnvelope envelope) {
        String reason = envelope.msgid() == null ? "2305" : "2305 " + envelope.msgid();
        String operator = envelope.opter() == null || envelope.opter().length() > ReversalRequest.MAX_OPERATOR
                ? null : envelope.opter();
        return new ReversalRequest(reason.length() > ReversalRequest.MAX_REASON ? "2305" : reason, operator);
    }

    /** 5203: the settlement {@code setl_id} as it stands ({@code refd_setl_flag} 1 once reversed). */
    private Result query(NpEnvelope envelope, CurrentClient client) {
        SettlementResponse s = identified(envelope, client);
        return new Result(NpSettlementView.of(s, person(s), messages.medTypeOf(s.settlementId()), false,
                s.settledAt(), today(), clock.getZone()), null);
    }

    /** The settlement named by {@code setl_id}, checked against {@code mdtrt_id} and {@code psn_no}. */
    private SettlementResponse identified(NpEnvelope envelope, CurrentClient client) {
        NpFields data = NpFields.object(envelope.input(), "data", "input");
        String setlId = data.text("setl_id");
        UUID id;
        try {
            id = UUID.fromString(setlId);
        } catch (IllegalArgumentException e) {
            throw NpFailure.field(data.path("setl_id"), "'" + setlId + "' is not a settlement id of this service");
        }
        SettlementResponse s = settlements.get(id, client);
        if (!s.encounterNo().equals(data.text("mdtrt_id"))) {
            throw NpFailure.field(data.path("mdtrt_id"), "settlement " + id + " is of mdtrt_id " + s.encounterNo());
        }
        if (!s.personId().equals(data.text("psn_no"))) {
            throw NpFailure.field(data.path("psn_no"), "settlement " + id + " is of another person");
        }
        return s;
    }

    private Person person(SettlementResponse s) {
        return persons.findById(s.personId()).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private NpReply reply(int infcode, String msgid, Instant received, String error, String warning, Object output) {
        var zone = clock.getZone();
        return new NpReply(infcode, msgid, NpSettlementView.TIME.format(received.atZone(zone)),
                NpSettlementView.TIME.format(clock.instant().atZone(zone)), error, warning, output);
    }
}
