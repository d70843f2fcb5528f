package org.onestop.settlement.calculation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-worked golden cases of {@code src/test/resources/cases/<region>.yaml} (format: docs/calculation.md),
 * read into plain values that the engine test and the HTTP test both replay.
 */
public final class GoldenCases {

    public static final List<String> FILES = List.of("lanzhou", "zibo", "wuhai", "liaoning");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private GoldenCases() {
    }

    /** One case: a person, their identities, an optional prior ledger per year, and encounters with expectations. */
    public record GoldenCase(String file, String name, String description, RegionCode region, Patient patient,
                             List<Identity> identities, Map<Integer, Map<String, Money>> priorLedger,
                             List<Step> steps) {

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    /** One encounter and what settling it must give. The raw YAML of the encounter is kept for the HTTP replay. */
    public record Step(Encounter encounter, JsonNode encounterJson, Expected expected) {
    }

    /** Expected stage payments, identity category (null for none) and exact non-zero ledger deltas. */
    public record Expected(Money basicPay, Money majorIllnessPay, Money assistancePay, Money tiltPay,
                           Money personalPay, IdentityCategory identity, Map<String, Money> deltas) {
    }

    public static List<GoldenCase> all() {
        List<GoldenCase> cases = new ArrayList<>();
        FILES.forEach(file -> cases.addAll(load(file)));
        return cases;
    }

    public static List<GoldenCase> load(String file) {
        String resource = "/cases/" + file + ".yaml";
        try (InputStream in = GoldenCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = YAML.readTree(in);
            RegionCode region = RegionCode.valueOf(root.get("region").asString());
            List<GoldenCase> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases").values()) {
                cases.add(parseCase(file, region, c));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldenCase parseCase(String file, RegionCode region, JsonNode c) {
        JsonNode p = c.get("person");
        Patient patient = new Patient(InsuranceType.valueOf(p.get("insuranceType").asString()),
                Sex.valueOf(p.get("sex").asString()), LocalDate.parse(p.get("birthDate").asString()));
        List<Identity> identities = new ArrayList<>();
        int n = 0;
        for (JsonNode i : values(c.get("identities"))) {
            identities.add(new Identity("id-" + n++, IdentityCategory.valueOf(i.get("category").asString()),
                    text(i, "subclass"), date(i, "validFrom"), date(i, "validTo"), date(i, "applicationDate")));
        }
        Map<Integer, Map<String, Money>> prior = new LinkedHashMap<>();
        JsonNode priorNode = c.get("priorLedger");
        if (priorNode != null && !priorNode.isNull()) {
            for (String year : priorNode.propertyNames()) {
                prior.put(Integer.valueOf(year), buckets(priorNode.get(year)));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : c.get("encounters").values()) {
            JsonNode e = s.get("encounter");
            JsonNode x = s.get("expect");
            String identity = text(x, "identity");
            steps.add(new Step(encounter(e), e, new Expected(money(x, "basicPay"), money(x, "majorIllnessPay"),
                    money(x, "assistancePay"), money(x, "tiltPay"), money(x, "personalPay"),
                    identity == null ? null : IdentityCategory.valueOf(identity), buckets(x.get("deltas")))));
        }
        return new GoldenCase(file, c.get("name").asString(), text(c, "description"), region, patient, identities,
                prior, steps);
    }

    /** The engine's encounter from a case's {@code encounter} block. */
    public static Encounter encounter(JsonNode e) {
        JsonNode a = e.get("amounts");
        Amounts amounts = new Amounts(money(a, "total"), money(a, "fullyOwnPay"), money(a, "overLimit"),
                money(a, "preSelfPay"));
        List<String> diagnoses = new ArrayList<>();
        values(e.get("diagnoses")).forEach(d -> diagnoses.add(d.asString()));
        return new Encounter(EncounterType.valueOf(e.get("type").asString()), e.get("hospitalLevel").asInt(),
                bool(e, "designated", true), bool(e, "emergency", false), bool(e, "referral", false),
                CareLocation.valueOf(e.has("careLocation") ? e.get("careLocation").asString() : "LOCAL"),
                date(e, "admissionDate"), date(e, "dischargeDate"), diagnoses, text(e, "majorDiseaseCode"),
                bool(e, "specialDrug", false), amounts);
    }

    private static Map<String, Money> buckets(JsonNode node) {
        Map<String, Money> buckets = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            for (String name : node.propertyNames()) {
                buckets.put(name, Money.of(node.get(name).decimalValue()));
            }
        }
        return buckets;
    }

    private static Iterable<JsonNode> values(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node.values();
    }

    private static Money money(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Money.ZERO : Money.of(new BigDecimal(v.asString()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : LocalDate.parse(v);
    }

    private static boolean bool(JsonNode node, String field, boolean otherwise) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? otherwise : v.booleanValue();
    }
}
