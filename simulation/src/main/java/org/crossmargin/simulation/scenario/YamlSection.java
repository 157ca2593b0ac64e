package org.crossmargin.simulation.scenario;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;

/**
 * A mapping of a YAML file being validated, with typed getters that log a located problem instead of throwing:
 * each returns the value, or null when it is missing or wrong (the problem is logged once). A section whose mapping
 * is itself missing or wrong is empty: its getters return null without logging again.
 */
final class YamlSection {
    private final ProblemLog log;
    private final String path;
    private final YamlNode node;

    private YamlSection(ProblemLog log, String path, YamlNode node) {
        this.log = log;
        this.path = path;
        this.node = node;
    }

    /** The root mapping of a file. */
    static YamlSection root(ProblemLog log, YamlNode root) {
        return new YamlSection(log, "", root);
    }

    /** A section for {@code node} at {@code path}, logging a problem (and returning an empty one) if not a map. */
    static YamlSection of(ProblemLog log, String path, YamlNode node, String expected) {
        if (node == null) {
            return new YamlSection(log, path, null);
        }
        if (!node.isMapping()) {
            log.add(node, path, "expected " + expected + ", got " + node.describe());
            return new YamlSection(log, path, null);
        }
        return new YamlSection(log, path, node);
    }

    ProblemLog log() {
        return log;
    }

    /** The mapping, or null for an empty section. */
    YamlNode node() {
        return node;
    }

    boolean isPresent() {
        return node != null;
    }

    /** The dotted field name of {@code key} in this section, e.g. {@code markets.BTC.price}. */
    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        return node != null && node.fields().containsKey(key);
    }

    /** The value of {@code key}, or null. */
    YamlNode get(String key) {
        return node == null ? null : node.fields().get(key);
    }

    /** The entries of this mapping in file order (empty for an empty section). */
    Map<String, YamlNode> entries() {
        return node == null ? Map.of() : node.fields();
    }

    /** Logs every key not in {@code allowed}, with the closest allowed key as a suggestion. */
    void allowOnly(List<String> allowed) {
        for (Map.Entry<String, YamlNode> entry : entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                log.addAtKey(entry.getValue(), field(entry.getKey()),
                        DidYouMean.unknown("key", entry.getKey(), allowed));
            }
        }
    }

    /** The value of a required key, or null after logging that it is missing. */
    YamlNode required(String key, String expected) {
        if (node == null) {
            return null;
        }
        YamlNode value = node.fields().get(key);
        if (value == null) {
            log.addAtKey(node, field(key), "missing key; expected " + expected);
        }
        return value;
    }

    /** The sub-mapping under {@code key}: empty (and logged when {@code required}) if missing or not a mapping. */
    YamlSection section(String key, boolean required, String expected) {
        YamlNode value = required ? required(key, expected) : get(key);
        return of(log, field(key), value, expected);
    }

    /** A required number accepted by {@code valid}; {@code expected} reads like "a number in [0, 10]". */
    Double number(String key, String expected, DoublePredicate valid) {
        YamlNode value = required(key, expected);
        return value == null ? null : number(value, field(key), expected, valid);
    }

    /** An optional number: {@code otherwise} when absent, null when bad. */
    Double number(String key, double otherwise, String expected, DoublePredicate valid) {
        YamlNode value = get(key);
        return value == null ? Double.valueOf(otherwise) : number(value, field(key), expected, valid);
    }

    /** The number in {@code value}, or null after logging why not. */
    Double number(YamlNode value, String field, String expected, DoublePredicate valid) {
        if (!value.isNumber()) {
            log.add(value, field, "expected " + expected + ", got " + value.describe());
            return null;
        }
        double number = value.number().doubleValue();
        if (!valid.test(number)) {
            log.add(value, field, "expected " + expected + ", got " + value.text());
            return null;
        }
        return number;
    }

    /** A required whole number accepted by {@code valid}. */
    Long whole(String key, String expected, LongPredicate valid) {
        YamlNode value = required(key, expected);
        if (value == null) {
            return null;
        }
        if (!value.isWholeNumber() || value.number() instanceof BigInteger) {
            log.add(value, field(key), "expected " + expected + ", got " + value.describe());
            return null;
        }
        long number = value.number().longValue();
        if (!valid.test(number)) {
            log.add(value, field(key), "expected " + expected + ", got " + value.text());
            return null;
        }
        return number;
    }

    /** A required non-blank text. */
    String text(String key, String expected) {
        YamlNode value = required(key, expected);
        return value == null ? null : text(value, field(key), expected);
    }

    /** The non-blank text of scalar {@code value}, or null after logging why not. */
    String text(YamlNode value, String field, String expected) {
        if (!value.isValue() || value.text().isBlank()) {
            log.add(value, field, "expected " + expected + ", got " + value.describe());
            return null;
        }
        return value.text();
    }

    /** An optional true/false: {@code otherwise} when absent, null when bad. */
    Boolean flag(String key, boolean otherwise) {
        YamlNode value = get(key);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            log.add(value, field(key), "expected true or false, got " + value.describe());
            return null;
        }
        return value.isTrue(); // by token: the parser decides which spellings are booleans
    }

    /** A required duration of at least {@code minSeconds}, in seconds. */
    Long duration(String key, long minSeconds) {
        String expected = Durations.EXPECTED + (minSeconds > 0 ? ", more than 0" : "");
        YamlNode value = required(key, expected);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            log.add(value, field(key), "expected " + expected + ", got " + value.describe());
            return null;
        }
        try {
            long seconds = Durations.parseSeconds(value.text());
            if (seconds < minSeconds) {
                log.add(value, field(key), "expected " + expected + ", got " + value.text());
                return null;
            }
            return seconds;
        } catch (IllegalArgumentException bad) {
            log.add(value, field(key), bad.getMessage());
            return null;
        }
    }

    /** The items of the list under {@code key}: empty when absent (logged when {@code required}) or not a list. */
    List<YamlNode> list(String key, boolean required, String expected) {
        YamlNode value = required ? required(key, expected) : get(key);
        if (value == null) {
            return List.of();
        }
        if (!value.isList()) {
            log.add(value, field(key), "expected " + expected + ", got " + value.describe());
            return List.of();
        }
        return value.items();
    }
}
