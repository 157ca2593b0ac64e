package org.crossmargin.simulation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.crossmargin.simulation.input.Problem;

/**
 * A run's summary.json, read-only, addressed by dotted keys ({@code modes.cross.shortfall.mean}) so that the page
 * can name each number's source and a test can check it against the file.
 */
final class Summary {
    /** Keys under {@code modes.<mode>} the report reads; each must be a number. */
    static final List<String> MODE_NUMBERS = List.of(
            "accounts", "any_liquidation_probability", "any_liquidation_ci95.low", "any_liquidation_ci95.high",
            "mean_account_liquidation_probability", "liquidated_accounts.mean", "liquidated_accounts.std_error",
            "shortfall.mean", "shortfall.std_error", "shortfall.var_99", "shortfall.var_999", "shortfall.es_99",
            "shortfall.es_999", "shortfall.max", "shortfall.probability_positive", "socialised_loss.mean",
            "socialised_loss.std_error", "insurance_fund_exhausted_probability", "insurance_fund_exhausted_ci95.low",
            "insurance_fund_exhausted_ci95.high", "time_to_first_liquidation_hours.paths");
    /** Keys under {@code comparison.<measure>} the report reads, for each of {@link #COMPARED}. */
    static final List<String> COMPARISON_NUMBERS = List.of("mean", "std_error", "ci_low", "ci_high");
    /** Measures that {@code comparison} carries. */
    static final List<String> COMPARED = List.of(
            "shortfall", "liquidated_accounts", "user_loss", "liquidated_notional", "fund_exhausted");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode root;

    private Summary(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads and checks {@code dir/summary.json}; problems go to {@code problems} and give {@code null}. */
    static Summary read(Path dir, List<Problem> problems) {
        Path path = dir.resolve("summary.json");
        String file = path.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(path));
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, "file", "missing: expected the run's summary.json"));
            return null;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "json", "malformed JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "file", "cannot be read: " + e.getMessage()));
            return null;
        }
        Summary summary = new Summary(file, root == null ? MissingNode.getInstance() : root);
        int before = problems.size();
        summary.check(problems);
        return problems.size() == before ? summary : null;
    }

    private void check(List<Problem> problems) {
        requireText("scenario", problems);
        for (String key : List.of("paths", "steps", "seed")) {
            requireNumber(key, problems);
        }
        if (!node("modes").isObject() || node("modes").isEmpty()) {
            problems.add(new Problem(file, 0, 0, "modes", "expected an object with at least one mode"));
            return;
        }
        for (String mode : modes()) {
            for (String key : MODE_NUMBERS) {
                requireNumber("modes." + mode + "." + key, problems);
            }
        }
        if (hasComparison()) {
            requireText("comparison.first", problems);
            requireText("comparison.second", problems);
            for (String measure : COMPARED) {
                for (String key : COMPARISON_NUMBERS) {
                    requireNumber("comparison." + measure + "." + key, problems);
                }
            }
        }
    }

    /** A number, or null: summary.json writes null where a statistic is undefined (a std error of one path). */
    private void requireNumber(String key, List<Problem> problems) {
        if (!node(key).isNumber() && !node(key).isNull()) {
            problems.add(new Problem(file, 0, 0, key, "expected a number or null, got " + describe(node(key))));
        }
    }

    private void requireText(String key, List<Problem> problems) {
        if (!node(key).isTextual()) {
            problems.add(new Problem(file, 0, 0, key, "expected a string, got " + describe(node(key))));
        }
    }

    private static String describe(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.toString();
    }

    /** The node at a dotted key, or a missing node. */
    JsonNode node(String dottedKey) {
        JsonNode node = root;
        for (String part : dottedKey.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** The number at a dotted key; NaN when absent or null. */
    double number(String dottedKey) {
        JsonNode node = node(dottedKey);
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** The text at a dotted key; {@code fallback} when absent. */
    String text(String dottedKey, String fallback) {
        JsonNode node = node(dottedKey);
        return node.isValueNode() && !node.isNull() ? node.asText() : fallback;
    }

    /** The mode labels in run order. */
    List<String> modes() {
        List<String> modes = new ArrayList<>();
        node("modes").fieldNames().forEachRemaining(modes::add);
        return modes;
    }

    /** Whether the run compared two modes. */
    boolean hasComparison() {
        return node("comparison").isObject();
    }

    /** The file this summary came from, as named to the user. */
    String file() {
        return file;
    }

    @Override
    public String toString() {
        return Objects.toString(file);
    }
}
