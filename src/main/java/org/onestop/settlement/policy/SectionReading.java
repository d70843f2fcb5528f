package org.onestop.settlement.policy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;

/**
 * The parts every section of a policy file reads the same way: funds, cap pools, insurance types and other enum keys
 * and lists, and codes unique among their siblings. Problems are reported against the node's path.
 */
final class SectionReading {

    private SectionReading() {
    }

    static Fund fund(PolicyNode node) {
        return new Fund(node.require("code").text(), node.require("name").text());
    }

    /** Named cap pools (at least one), each a cited amount. */
    static Map<String, Cited<Money>> pools(PolicyNode node) {
        Map<String, Cited<Money>> pools = new LinkedHashMap<>();
        node.entries().forEach((name, cap) -> pools.put(name, cap.money()));
        if (pools.isEmpty()) {
            node.problem(node.path(), "needs at least one cap pool");
        }
        return pools;
    }

    /** An insurance type keying a plan; UNINSURED has none. */
    static InsuranceType insuranceType(String key, PolicyNode node) {
        InsuranceType type = enumKey(InsuranceType.class, key, node);
        if (type == InsuranceType.UNINSURED) {
            node.problem(node.path(), "UNINSURED has no insurance plan");
            return null;
        }
        return type;
    }

    static <E extends Enum<E>> E enumKey(Class<E> type, String key, PolicyNode node) {
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            node.problem(node.path(), "unknown " + type.getSimpleName() + " '" + key + "'");
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, PolicyNode node) {
        Set<E> set = EnumSet.noneOf(type);
        for (PolicyNode item : node.list()) {
            E value = item.enumValue(type);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    /** The node's {@code code}, reported when an earlier sibling already has it. */
    static String uniqueCode(PolicyNode node, Set<String> seen, String kind) {
        String code = node.require("code").text();
        if (code != null && !seen.add(code)) {
            node.problem(node.path() + ".code", "duplicate " + kind + " code '" + code + "'");
        }
        return code;
    }
}
