package org.crossmargin.simulation.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into a tree of {@link YamlNode}s that remember their line and column, so every problem found
 * later can name its place. Safe loading: Jackson's streaming parser builds no objects of its own (no arbitrary
 * types, no tags honoured), aliases are rejected rather than expanded (no alias bombs), duplicate keys are reported,
 * and size, nesting and alias limits are set explicitly.
 */
final class YamlTree {
    /** A scenario or venue file is a few kilobytes; 3 MB of text is far beyond any honest one. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Scenario files nest 5 levels deep (model.regimes.calm.volatilities.BTC); 50 leaves room and stops abuse. */
    static final int MAX_DEPTH = 50;
    static final int MAX_ALIASES = 50;

    private static final YAMLFactory FACTORY = factory();

    private YamlTree() {
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_CODE_POINTS)
                .maxStringLength(100_000)
                .maxNameLength(1_000)
                .maxNumberLength(100)
                .build();
        // Duplicate keys are found (and reported with their field) while building the tree, not by Jackson.
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** The root mapping of {@code file}, or null after logging why there is none (unreadable, syntax, not a map). */
    static YamlNode read(Path file, ProblemLog log) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                log.add(1, 1, "(file)", "expected a YAML mapping, got an empty file");
                return null;
            }
            YamlNode root = node(parser, log, "", 0, 0);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                log.add(at.getLineNr(), at.getColumnNr(), "(file)", "expected one YAML document, got more");
            }
            if (!root.isMapping()) {
                log.add(root, "(file)", "expected a YAML mapping of keys to values, got " + root.describe());
                return null;
            }
            return root;
        } catch (NoSuchFileException missing) {
            log.add(0, 0, "(file)", "file not found");
        } catch (JsonProcessingException syntax) {
            JsonLocation at = syntax.getLocation();
            String message = syntax.getOriginalMessage().lines().findFirst().orElse("").strip();
            log.add(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "(yaml)",
                    "not valid YAML: " + message);
        } catch (IOException | RuntimeException unreadable) {
            // SnakeYAML reports its limits (code points, nesting) as runtime exceptions of its own.
            log.add(0, 0, "(file)", "cannot read: " + unreadable.getMessage());
        }
        return null;
    }

    /** The node starting at the parser's current token; leaves the parser on its last token. */
    private static YamlNode node(JsonParser parser, ProblemLog log, String path, int keyLine, int keyColumn)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            LinkedHashMap<String, YamlNode> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                String field = path.isEmpty() ? key : path + "." + key;
                parser.nextToken();
                YamlNode value = node(parser, log, field, keyAt.getLineNr(), keyAt.getColumnNr());
                YamlNode first = fields.putIfAbsent(key, value);
                if (first != null) {
                    log.add(keyAt.getLineNr(), keyAt.getColumnNr(), field,
                            "key given twice (first on line " + first.keyLine() + "); expected each key once");
                }
            }
            return YamlNode.mapping(line, column, keyLine, keyColumn, fields);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser, log, path + "[" + items.size() + "]", 0, 0));
            }
            return YamlNode.list(line, column, keyLine, keyColumn, items);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            log.add(line, column, path, "aliases (*" + parser.getText() + ") are not supported; expected the value "
                    + "written out");
            return YamlNode.rejected(line, column, keyLine, keyColumn);
        }
        Number number = token.isNumeric() ? parser.getNumberValue() : null;
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        return YamlNode.scalar(line, column, keyLine, keyColumn, token, text, number);
    }
}
