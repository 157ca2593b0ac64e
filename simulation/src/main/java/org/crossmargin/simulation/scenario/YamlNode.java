package org.crossmargin.simulation.scenario;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a YAML document with where it stands in the file: a mapping (keys in file order), a list, or a
 * scalar with the token Jackson gave it. Built by {@link YamlTree}; line and column are 1-based.
 */
final class YamlNode {
    /** The three shapes a YAML node can take. */
    enum Kind { MAPPING, LIST, SCALAR }

    private final Kind kind;
    private final int line;
    private final int column;
    private final int keyLine;
    private final int keyColumn;
    private final JsonToken token;
    private final String text;
    private final Number number;
    private final Map<String, YamlNode> fields;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, int line, int column, int keyLine, int keyColumn, JsonToken token, String text,
                     Number number, Map<String, YamlNode> fields, List<YamlNode> items) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.keyLine = keyLine == 0 ? line : keyLine;
        this.keyColumn = keyLine == 0 ? column : keyColumn;
        this.token = token;
        this.text = text;
        this.number = number;
        this.fields = fields;
        this.items = items;
    }

    static YamlNode mapping(int line, int column, int keyLine, int keyColumn, LinkedHashMap<String, YamlNode> fields) {
        return new YamlNode(Kind.MAPPING, line, column, keyLine, keyColumn, JsonToken.START_OBJECT, null, null,
                Collections.unmodifiableMap(fields), List.of());
    }

    static YamlNode list(int line, int column, int keyLine, int keyColumn, List<YamlNode> items) {
        return new YamlNode(Kind.LIST, line, column, keyLine, keyColumn, JsonToken.START_ARRAY, null, null, Map.of(),
                List.copyOf(items));
    }

    /** An alias that was refused: stands in for its value so that it is reported once, not again as "nothing". */
    static YamlNode rejected(int line, int column, int keyLine, int keyColumn) {
        return new YamlNode(Kind.SCALAR, line, column, keyLine, keyColumn, JsonToken.NOT_AVAILABLE, null, null,
                Map.of(), List.of());
    }

    /** True for a node already reported as unusable (an alias). */
    boolean isRejected() {
        return token == JsonToken.NOT_AVAILABLE;
    }

    static YamlNode scalar(int line, int column, int keyLine, int keyColumn, JsonToken token, String text,
                           Number number) {
        return new YamlNode(Kind.SCALAR, line, column, keyLine, keyColumn, token, text, number, Map.of(), List.of());
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Line of the key that introduced this node in its mapping (the node's own line when it has none). */
    int keyLine() {
        return keyLine;
    }

    int keyColumn() {
        return keyColumn;
    }

    boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    /** True for a scalar that is not empty ({@code key:} with nothing after it is a null scalar). */
    boolean isValue() {
        return kind == Kind.SCALAR && token != JsonToken.VALUE_NULL && token != JsonToken.NOT_AVAILABLE;
    }

    boolean isNumber() {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    boolean isWholeNumber() {
        return token == JsonToken.VALUE_NUMBER_INT;
    }

    boolean isBoolean() {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    /** True for a boolean scalar that is true. */
    boolean isTrue() {
        return token == JsonToken.VALUE_TRUE;
    }

    boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    /** The scalar's text as written (without quotes); null for mappings and lists. */
    String text() {
        return text;
    }

    /** The scalar's number; null unless {@link #isNumber()}. */
    Number number() {
        return number;
    }

    /** The mapping's entries in file order (empty for other kinds). */
    Map<String, YamlNode> fields() {
        return fields;
    }

    /** The list's items (empty for other kinds). */
    List<YamlNode> items() {
        return items;
    }

    /** What the node is, for "got ..." in messages: {@code 12}, {@code "abc"}, {@code a mapping}, {@code nothing}. */
    String describe() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> switch (token) {
                case VALUE_NULL, NOT_AVAILABLE -> "nothing";
                case VALUE_STRING -> "\"" + text + "\"";
                default -> text;
            };
        };
    }
}
