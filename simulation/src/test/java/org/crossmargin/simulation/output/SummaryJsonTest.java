package org.crossmargin.simulation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.ModeRun;
import org.crossmargin.simulation.stats.ModeStatistics;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedComparison;
import org.crossmargin.simulation.stats.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json against the key lists of docs/outputs.md. */
class SummaryJsonTest {
    static final RunHeader HEADER = new RunHeader("flash-crash-btc", "BTC falls 30%", 4, 1440, 60, 86_400,
            20_200_312L, "student-t", "books/sample.csv", 3, 5, "binance-like", 1000, List.of("account A3: at t0"));
    static final RunInfo RUN = new RunInfo("screened", "0.1.0", 2, 3.2, 1.3e10, 4.0e9);

    private static final List<String> TOP = List.of("scenario", "description", "paths", "steps", "step_seconds",
            "horizon_seconds", "seed", "model", "book", "venue", "warnings", "modes", "comparison", "run");
    private static final List<String> MODE = List.of("accounts", "units", "any_liquidation_probability",
            "any_liquidation_ci95", "mean_account_liquidation_probability", "liquidated_accounts", "shortfall",
            "user_loss", "liquidated_notional", "fees", "socialised_loss", "insurance_fund_end",
            "insurance_fund_exhausted_probability", "insurance_fund_exhausted_ci95",
            "time_to_first_liquidation_hours");
    private static final List<String> DIFFERENCE = List.of("mean", "std_error", "ci_low", "ci_high",
            "probability_first_worse", "probability_second_worse");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode twoModes() throws Exception {
        ModeRun cross = TinyRuns.cross();
        ModeRun isolated = TinyRuns.isolated();
        List<ModeSummary> modes = List.of(ModeStatistics.of(cross), ModeStatistics.of(isolated));
        Comparison comparison = PairedComparison.of(cross, isolated);
        return MAPPER.readTree(SummaryJson.toJson(HEADER, modes, comparison, RUN));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    @Test
    void parsedBackItHasExactlyTheContractKeysInOrder() throws Exception {
        JsonNode root = twoModes();
        assertEquals(TOP, keys(root));
        assertEquals(List.of("file", "accounts", "positions"), keys(root.get("book")));
        assertEquals(List.of("name", "insurance_fund"), keys(root.get("venue")));
        assertEquals(List.of("cross", "isolated"), keys(root.get("modes")));
        for (String mode : List.of("cross", "isolated")) {
            JsonNode m = root.get("modes").get(mode);
            assertEquals(MODE, keys(m));
            assertEquals(List.of("low", "high"), keys(m.get("any_liquidation_ci95")));
            assertEquals(List.of("mean", "std_error", "p50", "p95", "p99", "max"), keys(m.get("liquidated_accounts")));
            assertEquals(List.of("mean", "std_error", "var_95", "var_99", "var_999", "es_95", "es_99", "es_999", "max",
                    "probability_positive", "probability_positive_ci95"), keys(m.get("shortfall")));
            assertEquals(List.of("mean", "std_error", "var_95", "es_95", "var_99", "es_99"), keys(m.get("user_loss")));
            assertEquals(List.of("mean", "std_error", "var_99", "es_99", "max"), keys(m.get("liquidated_notional")));
            assertEquals(List.of("mean", "std_error"), keys(m.get("fees")));
            assertEquals(List.of("mean", "std_error", "var_99", "es_99", "max", "probability_positive"),
                    keys(m.get("socialised_loss")));
            assertEquals(List.of("mean", "p01", "p05", "p50"), keys(m.get("insurance_fund_end")));
            assertEquals(List.of("paths", "mean", "p05", "p50", "p95"), keys(m.get("time_to_first_liquidation_hours")));
        }
        JsonNode comparison = root.get("comparison");
        assertEquals(List.of("first", "second", "shortfall", "liquidated_accounts", "user_loss", "liquidated_notional",
                "fund_exhausted"), keys(comparison));
        for (String quantity : List.of("shortfall", "liquidated_accounts", "user_loss", "liquidated_notional",
                "fund_exhausted")) {
            assertEquals(DIFFERENCE, keys(comparison.get(quantity)));
        }
        assertEquals(List.of("engine", "engine_version", "threads", "wall_seconds", "position_steps",
                "position_steps_per_second"), keys(root.get("run")));
    }

    @Test
    void numbersAreTheStatisticsOfTheRuns() throws Exception {
        JsonNode root = twoModes();
        JsonNode cross = root.get("modes").get("cross");
        // TinyRuns: cross shortfall 0, 300, 0, 1500 -> mean 450, VaR_99 = ES_99 = 1500; 3 of 4 paths liquidate.
        assertEquals(450.0, cross.get("shortfall").get("mean").asDouble(), 1e-12);
        assertEquals(1500.0, cross.get("shortfall").get("es_99").asDouble(), 0.0);
        assertEquals(0.75, cross.get("any_liquidation_probability").asDouble(), 0.0);
        assertEquals(3, cross.get("time_to_first_liquidation_hours").get("paths").asInt());
        assertEquals(5, root.get("modes").get("isolated").get("units").asInt());
        assertEquals("cross", root.get("comparison").get("first").asText());
        assertEquals(0.25, root.get("comparison").get("liquidated_accounts").get("mean").asDouble(), 1e-15);
        assertEquals("books/sample.csv", root.get("book").get("file").asText());
        assertEquals(20_200_312L, root.get("seed").asLong());
        assertEquals("account A3: at t0", root.get("warnings").get(0).asText());
    }

    @Test
    void undefinedNumbersAreWrittenAsNull() throws Exception {
        // One path, no liquidation: std errors are undefined (n = 1) and time to first liquidation has no paths.
        ModeRun quiet = new ModeRun(RunMode.CROSS, 1, 3);
        quiet.recordPath(0, 0, 0, -10, 0, 0, 0, 1000, false, Double.NaN);
        String json = SummaryJson.toJson(HEADER, List.of(ModeStatistics.of(quiet)), null, RUN);
        assertFalse(json.contains("NaN"), json);
        JsonNode mode = MAPPER.readTree(json).get("modes").get("cross");
        assertTrue(mode.get("shortfall").get("std_error").isNull());
        JsonNode time = mode.get("time_to_first_liquidation_hours");
        assertEquals(0, time.get("paths").asInt());
        assertTrue(time.get("mean").isNull() && time.get("p05").isNull() && time.get("p50").isNull()
                && time.get("p95").isNull());
    }

    @Test
    void aOneModeRunHasNoComparison() throws Exception {
        String json = SummaryJson.toJson(HEADER, List.of(ModeStatistics.of(TinyRuns.cross())), null, RUN);
        assertFalse(MAPPER.readTree(json).has("comparison"));
    }

    @Test
    void theSameInputsGiveTheSameBytesWithUnixLineEnds(@TempDir Path dir) throws Exception {
        List<ModeSummary> modes = List.of(ModeStatistics.of(TinyRuns.cross()), ModeStatistics.of(TinyRuns.isolated()));
        Comparison comparison = PairedComparison.of(TinyRuns.cross(), TinyRuns.isolated());
        SummaryJson.write(dir.resolve("a.json"), HEADER, modes, comparison, RUN);
        SummaryJson.write(dir.resolve("b.json"), HEADER, modes, comparison, RUN);
        String a = Files.readString(dir.resolve("a.json"));
        assertEquals(a, Files.readString(dir.resolve("b.json")));
        assertFalse(a.contains("\r"));
        assertTrue(a.endsWith("}\n"));
        assertTrue(a.startsWith("{\n  \"scenario\" : \"flash-crash-btc\""), a.substring(0, 40));
    }

    @Test
    void theBookIsShownRelativeToTheScenarioFolder() {
        Path scenario = Path.of("/data/scenarios/flash.yaml");
        assertEquals("books/b.csv", RunHeader.shownPath(scenario, Path.of("/data/scenarios/books/b.csv")));
        assertEquals("../books/b.csv", RunHeader.shownPath(scenario, Path.of("/data/books/b.csv")));
    }
}
