package org.onestop.settlement.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Changes leaves of a policy file's tree and reads the changed tree through the same readers and validation as a
 * file (docs/policy-data.md): a change can only set a value the policy files could hold. Only the parameters of the
 * sections may change, never the header (region, version, validity, document), and a path must name one existing
 * value: a scalar, or the {@code value} of a {@code {value, citation, illustrative}} leaf, whose citation stays.
 */
final class PolicyPatch {

    /** {@code key} or {@code key[0][1]}: one step of a path. */
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String fileName;
    private final String version;
    private final List<PolicyChangeRejected.Problem> problems = new ArrayList<>();

    private PolicyPatch(String fileName, String version) {
        this.fileName = fileName;
        this.version = version;
    }

    /**
     * @param tree the file's tree as it was read ({@link PolicyFileReader#tree}); it is not changed
     * @throws PolicyChangeRejected naming each change that names no value or whose value the validation refuses
     */
    static PolicyVersion apply(String fileName, String version, JsonNode tree, List<PolicyChange> changes) {
        return new PolicyPatch(fileName, version).applyAll(tree.deepCopy(), changes);
    }

    private PolicyVersion applyAll(JsonNode copy, List<PolicyChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            set(copy, i, changes.get(i));
        }
        if (!problems.isEmpty()) {
            throw new PolicyChangeRejected(problems);
        }
        try {
            byte[] text = YAML.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
            return PolicyFileReader.read(fileName, copy, PolicyFileReader.sha256(text));
        } catch (PolicyDataException e) {
            e.problems().forEach(problem -> attribute(problem, changes));
            throw new PolicyChangeRejected(problems);
        }
    }

    private void set(JsonNode root, int index, PolicyChange change) {
        String path = change.path();
        List<Object> steps = steps(path);
        if (steps == null) {
            refuse(index, path, "is not a path: keys joined by '.', list items "
                    + "as [n], e.g. assistance.schemes[0].programs[0].rate");
            return;
        }
        if (!PolicyFileReader.SECTIONS.contains(steps.get(0).toString())) {
            refuse(index, path, "only the parameters of the sections "
                    + PolicyFileReader.SECTIONS + " may change");
            return;
        }
        JsonNode parent = null;
        JsonNode node = root;
        for (Object step : steps) {
            if (step instanceof String key && (PolicyNode.isMeta(key) || PolicyNode.VALUE.equals(key))) {
                refuse(index, path, "'" + key + "' describes a value: name "
                        + "the parameter itself");
                return;
            }
            parent = node;
            node = step instanceof String key ? (node.isObject() && !node.has(PolicyNode.VALUE) ? node.get(key) : null)
                    : (node.isArray() ? node.get((Integer) step) : null);
            if (node == null) {
                refuse(index, path, "no such parameter in " + version);
                return;
            }
        }
        if (node.isArray() || (node.isObject() && !node.has(PolicyNode.VALUE))) {
            refuse(index, path, "names " + (node.isArray() ? "a list" : "a group")
                    + " of parameters, not one value");
            return;
        }
        JsonNode value = node(change.value());
        Object last = steps.get(steps.size() - 1);
        if (node.isObject()) {
            ((ObjectNode) node).set(PolicyNode.VALUE, value);
        } else if (last instanceof String key) {
            ((ObjectNode) parent).set(key, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }

    /** A change whose path names no value. */
    private void refuse(int index, String path, String message) {
        problems.add(new PolicyChangeRejected.Problem(index, path, message, false));
    }

    /** The keys and list indexes of a path, or null when it is not one. */
    private static List<Object> steps(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                return null;
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.valueOf(index.group(1)));
            }
        }
        return steps;
    }

    private static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof BigDecimal decimal) {
            return DecimalNode.valueOf(decimal);
        }
        if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        }
        return StringNode.valueOf((String) value);
    }

    /**
     * A problem of the changed file, {@code file: path: message}, given to the change whose path it lies on or
     * under (or above: a check of the group that holds the changed value), else to none (-1).
     */
    private void attribute(String problem, List<PolicyChange> changes) {
        String text = problem.startsWith(fileName + ": ") ? problem.substring(fileName.length() + 2) : problem;
        int colon = text.indexOf(": ");
        String path = colon < 0 ? "" : text.substring(0, colon);
        String message = colon < 0 ? text : text.substring(colon + 2);
        for (int i = 0; i < changes.size(); i++) {
            String changed = changes.get(i).path();
            if (path.equals(changed) || within(path, changed) || within(changed, path)) {
                problems.add(new PolicyChangeRejected.Problem(i, path, message, true));
                return;
            }
        }
        problems.add(new PolicyChangeRejected.Problem(-1, path, message, true));
    }

    /** Whether {@code path} lies under {@code group}. */
    private static boolean within(String path, String group) {
        if (group.isEmpty() || path.length() <= group.length() || !path.startsWith(group)) {
            return false;
        }
        char next = path.charAt(group.length());
        return next == '.' || next == '[';
    }
}
