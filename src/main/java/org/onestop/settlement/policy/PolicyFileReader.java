package org.onestop.settlement.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.RegionCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates one policy file (docs/policy-data.md) into a {@link PolicyVersion}: the header here, each
 * section by its own reader. Every problem is reported with the file name and the path of the bad value; a file with
 * any problem yields no version.
 */
final class PolicyFileReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** The sections of a policy file, each read by its own reader; everything else is the header. */
    static final List<String> SECTIONS =
            List.of("basicInsurance", "majorIllness", "assistance", "diseases", "side");

    private final List<String> problems = new ArrayList<>();

    /** @throws PolicyDataException naming {@code fileName} and every bad path */
    static PolicyVersion read(String fileName, byte[] content) {
        return read(fileName, tree(fileName, content), sha256(content));
    }

    /**
     * Reads a policy file's tree as parsed by {@link #tree}: the same validation whether it comes from a file or is a
     * file's tree with some leaves changed.
     *
     * @throws PolicyDataException naming {@code fileName} and every bad path
     */
    static PolicyVersion read(String fileName, JsonNode json, String sha256) {
        return new PolicyFileReader().parse(fileName, json, sha256);
    }

    /** The YAML tree of a policy file, numbers read exactly. */
    static JsonNode tree(String fileName, byte[] content) {
        JsonNode json;
        try {
            json = YAML.readTree(content);
        } catch (JacksonException e) {
            throw new PolicyDataException(List.of(fileName + ": not valid YAML: " + e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            throw new PolicyDataException(List.of(fileName + ": must be a YAML map"));
        }
        return json;
    }

    private PolicyVersion parse(String fileName, JsonNode json, String sha256) {
        PolicyNode root = PolicyNode.root(json, problems);
        RegionCode region = root.require("region").enumValue(RegionCode.class);
        String version = root.require("version").text();
        LocalDate from = date(root.require("effectiveFrom"));
        LocalDate to = root.has("effectiveTo") ? date(root.get("effectiveTo")) : null;
        if (from != null && to != null && to.isBefore(from)) {
            root.problem("effectiveTo", to + " is before effectiveFrom " + from);
        }
        PolicyNode doc = root.require("document");
        var document = new PolicyVersion.Document(doc.require("number").text(), doc.require("title").text(),
                doc.get("seed").optionalText());

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("validity", validity(root, document));
        for (String section : SECTIONS) {
            parameters.put(section, root.require(section).tree());
        }
        BasicInsurance basic = BasicInsuranceReader.read(root.get("basicInsurance"));
        MajorIllness majorIllness = MajorIllnessReader.read(root.get("majorIllness"));
        Assistance assistance = AssistanceReader.read(root.get("assistance"));
        DiseaseCatalogue diseases = DiseaseCatalogueReader.read(root.get("diseases"));
        SideRules side = SideRulesReader.read(root.get("side"));
        checkIdentityCodes(root.get("side"));

        if (!problems.isEmpty()) {
            List<String> named = new ArrayList<>();
            new LinkedHashSet<>(problems).forEach(p -> named.add(fileName + ": " + p));
            throw new PolicyDataException(named);
        }
        return new PolicyVersion(region, version, from, to, document, sha256, basic, majorIllness,
                assistance, diseases, side, parameters);
    }

    private LocalDate date(PolicyNode node) {
        String text = node.text();
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            node.problem(node.path(), "'" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /**
     * effectiveFrom and effectiveTo as cited leaves for the API: a date written as {@code {value, citation,
     * illustrative}} keeps its own (a reading where the text gives no date); a plain date is cited by the document.
     */
    private static Map<String, Object> validity(PolicyNode root, PolicyVersion.Document document) {
        Map<String, Object> validity = new LinkedHashMap<>();
        for (String key : List.of("effectiveFrom", "effectiveTo")) {
            PolicyNode node = root.get(key);
            validity.put(key, node.isCitedLeaf() ? node.leaf(PolicyScalars::plain)
                    : new Cited<>(node.present() ? node.text() : null, document.number(), false));
        }
        return validity;
    }

    /** Every list called {@code identities} under {@code side} must hold identity codes of policies.md §4. */
    private void checkIdentityCodes(PolicyNode node) {
        if (node.isList()) {
            node.list().forEach(this::checkIdentityCodes);
        } else if (node.isMap()) {
            node.entries().forEach((key, child) -> {
                if ("identities".equals(key) && child.isList()) {
                    child.list().forEach(item -> item.enumValue(IdentityCategory.class));
                } else {
                    checkIdentityCodes(child);
                }
            });
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
