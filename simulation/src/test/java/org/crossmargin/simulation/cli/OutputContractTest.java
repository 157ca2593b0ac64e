package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of {@code crossmargin run} against the contract (DESIGN §8, docs/outputs.md): every key of summary.json
 * in the contract's order, the CSV headers exactly, one row per account and mode, per path and mode, per sampled
 * step. Scenario e2e/small.yaml: 8 accounts, 12 positions, 3 markets, 720 one-minute steps, 250 paths, two shocks.
 */
class OutputContractTest {
    private static final List<String> TOP = List.of("scenario", "description", "paths", "steps", "step_seconds",
            "horizon_seconds", "seed", "model", "book", "venue", "warnings", "modes", "comparison", "run");
    private static final List<String> MODE = List.of("accounts", "units", "any_liquidation_probability",
            "any_liquidation_ci95", "mean_account_liquidation_probability", "liquidated_accounts", "shortfall",
            "user_loss", "liquidated_notional", "fees", "socialised_loss", "insurance_fund_end",
            "insurance_fund_exhausted_probability", "insurance_fund_exhausted_ci95",
            "time_to_first_liquidation_hours");
    private static final List<String> DIFFERENCE = List.of("mean", "std_error", "ci_low", "ci_high",
            "probability_first_worse", "probability_second_worse");

    @TempDir
    static Path dir;
    private static Path out;
    private static Cli.Result result;

    @BeforeAll
    static void run() {
        out = dir.resolve("nested/small");
        result = Cli.run("run", Cli.input("small.yaml").toString(), "--out", out.toString(), "--quiet",
                "--threads", "2");
        assertEquals(0, result.code(), result.both());
    }

    @Test
    void outputFolderHoldsExactlyTheContractFilesAndNoTemporarySibling() {
        assertEquals(List.of("accounts.csv", "paths.csv", "price_fan.csv", "report.html", "shocks.csv",
                "summary.json", "timeseries.csv"), Cli.listing(out));
        assertEquals(List.of("small"), Cli.listing(out.getParent())); // the .small.tmp-* folder was renamed
        assertTrue(result.out().contains("Outputs: " + out), result.out());
        assertTrue(result.out().contains("P(any liq.)"), "verdict table on stdout:\n" + result.out());
    }

    @Test
    void reportOfTheRunEqualsTheReportRebuiltFromTheFiles() throws IOException {
        // run builds report.html from its rows in memory while writing the CSVs; 'report DIR' reads the files back
        String fromRun = Files.readString(out.resolve("report.html"));
        Path copy = dir.resolve("rebuilt");
        Files.createDirectories(copy);
        for (String file : List.of("summary.json", "accounts.csv", "paths.csv", "timeseries.csv", "price_fan.csv",
                "shocks.csv")) {
            Files.copy(out.resolve(file), copy.resolve(file));
        }
        Cli.Result rebuilt = Cli.run("report", copy.toString());
        assertEquals(0, rebuilt.code(), rebuilt.both());
        assertEquals(fromRun, Files.readString(copy.resolve("report.html")));
    }

    @Test
    void summaryJsonHasEveryContractKeyInOrder() throws IOException {
        JsonNode summary = Cli.summary(out);
        assertEquals(TOP, names(summary));
        assertEquals(List.of("file", "accounts", "positions"), names(summary.get("book")));
        assertEquals(List.of("name", "insurance_fund"), names(summary.get("venue")));
        assertEquals(List.of("cross", "isolated"), names(summary.get("modes"))); // the scenario's modes order
        for (JsonNode mode : List.of(summary.at("/modes/cross"), summary.at("/modes/isolated"))) {
            assertEquals(MODE, names(mode));
            assertEquals(List.of("low", "high"), names(mode.get("any_liquidation_ci95")));
            assertEquals(List.of("mean", "std_error", "p50", "p95", "p99", "max"),
                    names(mode.get("liquidated_accounts")));
            assertEquals(List.of("mean", "std_error", "var_95", "var_99", "var_999", "es_95", "es_99", "es_999",
                    "max", "probability_positive", "probability_positive_ci95"), names(mode.get("shortfall")));
            assertEquals(List.of("mean", "std_error", "var_95", "es_95", "var_99", "es_99"),
                    names(mode.get("user_loss")));
            assertEquals(List.of("mean", "std_error", "var_99", "es_99", "max"),
                    names(mode.get("liquidated_notional")));
            assertEquals(List.of("mean", "std_error"), names(mode.get("fees")));
            assertEquals(List.of("mean", "std_error", "var_99", "es_99", "max", "probability_positive"),
                    names(mode.get("socialised_loss")));
            assertEquals(List.of("mean", "p01", "p05", "p50"), names(mode.get("insurance_fund_end")));
            assertEquals(List.of("paths", "mean", "p05", "p50", "p95"),
                    names(mode.get("time_to_first_liquidation_hours")));
        }
        JsonNode comparison = summary.get("comparison");
        assertEquals(List.of("first", "second", "shortfall", "liquidated_accounts", "user_loss",
                "liquidated_notional", "fund_exhausted"), names(comparison));
        for (String quantity : List.of("shortfall", "liquidated_accounts", "user_loss", "liquidated_notional",
                "fund_exhausted")) {
            assertEquals(DIFFERENCE, names(comparison.get(quantity)), quantity);
        }
        assertEquals(List.of("engine", "engine_version", "threads", "wall_seconds", "position_steps",
                "position_steps_per_second"), names(summary.get("run")));
    }

    @Test
    void summaryJsonDescribesTheRunItWasWrittenFor() throws IOException {
        JsonNode summary = Cli.summary(out);
        assertEquals("small-crash", summary.get("scenario").asText());
        assertEquals(250, summary.get("paths").asInt());
        assertEquals(720, summary.get("steps").asInt()); // 12h / 1m
        assertEquals(60, summary.get("step_seconds").asInt());
        assertEquals(43_200, summary.get("horizon_seconds").asInt());
        assertEquals(42, summary.get("seed").asLong());
        assertEquals("student-t", summary.get("model").asText());
        assertEquals("small-book.csv", summary.at("/book/file").asText()); // relative to the scenario
        assertEquals(8, summary.at("/book/accounts").asInt());
        assertEquals(12, summary.at("/book/positions").asInt());
        assertEquals(2000.0, summary.at("/venue/insurance_fund").asDouble());
        assertEquals(8, summary.at("/modes/cross/units").asInt()); // one pool per account
        assertEquals(12, summary.at("/modes/isolated/units").asInt()); // one unit per position
        assertEquals("cross", summary.at("/comparison/first").asText());
        assertEquals("isolated", summary.at("/comparison/second").asText());
        assertEquals("screened", summary.at("/run/engine").asText());
        assertEquals(2, summary.at("/run/threads").asInt());
        // positions x steps x paths, summed over the two modes
        assertEquals(2.0 * 12 * 720 * 250, summary.at("/run/position_steps").asDouble());
    }

    @Test
    void accountsCsvHasTheContractHeaderAndOneRowPerAccountAndMode() throws IOException {
        assertEquals(List.of("account", "mode", "liquidation_probability", "ci_low", "ci_high", "mean_shortfall",
                "mean_user_loss", "start_value", "notional", "leverage", "collateral"),
                Cli.header(out.resolve("accounts.csv")));
        List<CSVRecord> rows = Cli.rows(out.resolve("accounts.csv"));
        List<String> keys = new ArrayList<>();
        for (CSVRecord row : rows) {
            keys.add(row.get("mode") + "/" + row.get("account"));
            double p = Double.parseDouble(row.get("liquidation_probability"));
            double low = Double.parseDouble(row.get("ci_low"));
            double high = Double.parseDouble(row.get("ci_high"));
            assertTrue(0 <= low && low <= p && p <= high && high <= 1, row.toString());
            // a share of 250 paths
            assertEquals(Math.rint(p * 250), p * 250, 1e-9, row.toString());
        }
        List<String> expected = new ArrayList<>();
        for (String mode : List.of("cross", "isolated")) {
            for (int a = 1; a <= 8; a++) {
                expected.add(mode + "/S00" + a);
            }
        }
        assertEquals(expected, keys); // book order within a mode, modes in run order
        assertEquals("USDT+BTC", rows.get(1).get("collateral")); // S002 holds both
    }

    @Test
    void pathsCsvHasTheContractHeaderAndIsPathMajor() throws IOException {
        assertEquals(List.of("path", "mode", "liquidated_accounts", "shortfall", "user_loss", "insurance_fund_end",
                "liquidated_notional", "fees", "socialised_loss", "fund_exhausted", "first_liquidation_hours"),
                Cli.header(out.resolve("paths.csv")));
        List<CSVRecord> rows = Cli.rows(out.resolve("paths.csv"));
        assertEquals(250 * 2, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(Integer.toString(i / 2), row.get("path"));
            assertEquals(i % 2 == 0 ? "cross" : "isolated", row.get("mode"));
            assertTrue(List.of("0", "1").contains(row.get("fund_exhausted")), row.toString());
            // empty exactly when nothing was liquidated on the path
            assertEquals(row.get("liquidated_accounts").equals("0"), row.get("first_liquidation_hours").isEmpty(),
                    row.toString());
        }
    }

    @Test
    void chartFilesHaveOneRowPerSampledStep() throws IOException {
        assertEquals(List.of("mode", "step", "hours", "utilisation_p05", "utilisation_p50", "utilisation_p95",
                "fund_p05", "fund_p50", "fund_p95", "liquidated_accounts_mean"),
                Cli.header(out.resolve("timeseries.csv")));
        assertEquals(List.of("market", "step", "hours", "p01", "p50", "p99"), Cli.header(out.resolve("price_fan.csv")));
        assertEquals(List.of("market", "start_hours", "end_hours", "move"), Cli.header(out.resolve("shocks.csv")));
        // 720 steps: every max(1, 720 / 120) = 6th step, 0..720: 121 samples, the last step included
        List<CSVRecord> series = Cli.rows(out.resolve("timeseries.csv"));
        assertEquals(2 * 121, series.size());
        assertEquals("720", series.get(120).get("step"));
        assertEquals("6", series.get(1).get("step"));
        assertEquals(3 * 121, Cli.rows(out.resolve("price_fan.csv")).size()); // BTC, ETH, USDT
        assertEquals(2, Cli.rows(out.resolve("shocks.csv")).size()); // one shock moving BTC and ETH
    }

    @Test
    void aSingleModeRunHasNoComparisonAndPathsOverrideTheScenario() throws IOException {
        Path single = dir.resolve("single");
        Cli.Result one = Cli.run("run", Cli.input("barrier.yaml").toString(), "--out", single.toString(), "--quiet",
                "--no-report", "--paths", "64", "--threads", "1");
        assertEquals(0, one.code(), one.both());
        JsonNode summary = Cli.summary(single);
        assertFalse(summary.has("comparison"), "one mode, nothing to compare");
        assertEquals(List.of("isolated"), names(summary.get("modes")));
        assertEquals(64, summary.get("paths").asInt());
        assertEquals(64, Cli.rows(single.resolve("paths.csv")).size());
        assertFalse(Files.exists(single.resolve("report.html")), "--no-report");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
