package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs with market impact end to end through the command line: model none changes nothing, the two engines and the
 * thread count change nothing with impact on, and impact adds its objects, columns and verdict lines.
 */
class CascadeRunTest {
    private static final Path GOOD = Path.of("src/test/resources/good");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FILES = List.of("paths.csv", "accounts.csv", "timeseries.csv",
            "price_fan.csv", "shocks.csv");
    /** Thin markets, so that the two-account book's liquidations move prices visibly. */
    private static final String IMPACT = """
            market_impact:
              model: square-root
              latency: %d
              markets:
                BTC: {daily_volume: 5.0e6, coefficient: 0.8, resilience_half_life: 30m}
                ETH: {daily_volume: 2.0e6, coefficient: 0.8, resilience_half_life: 30m}
            """;

    @TempDir
    Path dir;

    private Path scenario(String name, String extra) throws IOException {
        Files.copy(GOOD.resolve("book.csv"), dir.resolve("book.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(GOOD.resolve("venue.yaml"), dir.resolve("venue.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String base = Files.readString(GOOD.resolve("scenario.yaml")).replace("paths: 10000", "paths: 96");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, base + extra);
        return file;
    }

    private String run(Path scenario, String out, String... options) {
        StringWriter text = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("run", scenario.toString(), "--out",
                dir.resolve(out).toString(), "--quiet", "--no-report"));
        args.addAll(List.of(options));
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(text, true),
                new PrintWriter(new StringWriter(), true));
        assertEquals(Main.OK, code, text::toString);
        return text.toString();
    }

    /** summary.json without its {@code run} object, the only part allowed to differ. */
    private JsonNode summary(String out) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(dir.resolve(out).resolve("summary.json").toFile());
        tree.remove("run");
        return tree;
    }

    private void assertSameOutputs(String first, String second) throws IOException {
        assertEquals(summary(first), summary(second));
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(first).resolve(file)),
                    Files.readAllBytes(dir.resolve(second).resolve(file)), file);
        }
    }

    @Test
    void modelNoneGivesTodaysOutputsByteForByte() throws IOException {
        String plain = run(scenario("plain", ""), "plain");
        String none = run(scenario("none", "market_impact: {model: none}\n"), "none");
        assertSameOutputs("plain", "none");
        // the verdict ends with the output folder, which differs
        assertEquals(plain.replace(dir.resolve("plain").toString(), ""), none.replace(dir.resolve("none").toString(),
                ""));
        assertFalse(summary("none").has("cascade"));
        assertFalse(summary("none").has("market_impact"));
    }

    @Test
    void screenedAndExhaustiveEnginesAndThreadCountsAgreeByteForByteWithImpactOn() throws IOException {
        Path file = scenario("impact", IMPACT.formatted(1));
        run(file, "screened", "--engine", "screened", "--threads", "1");
        run(file, "exhaustive", "--engine", "exhaustive", "--threads", "2");
        assertSameOutputs("screened", "exhaustive");
        Path rounds = scenario("rounds", IMPACT.formatted(0));
        run(rounds, "rounds-screened", "--engine", "screened", "--threads", "2");
        run(rounds, "rounds-exhaustive", "--engine", "exhaustive", "--threads", "1");
        assertSameOutputs("rounds-screened", "rounds-exhaustive");
    }

    @Test
    void impactAddsItsSettingsCascadeColumnsAndVerdictLines() throws IOException {
        String verdict = run(scenario("impact", IMPACT.formatted(1)), "impact");
        JsonNode summary = summary("impact");
        JsonNode settings = summary.get("market_impact");
        assertEquals("square-root", settings.get("model").asText());
        assertEquals(1, settings.get("latency").asInt());
        assertEquals(10, settings.get("max_rounds").asInt());
        // BTC's sigma_d from its annual 0.60: 0.60 / sqrt(365) = 0.0314057
        assertEquals(0.60 / Math.sqrt(365), settings.at("/markets/BTC/daily_volatility").asDouble(), 1e-15);
        assertEquals(1_800, settings.at("/markets/BTC/resilience_half_life_seconds").asInt());
        for (String mode : List.of("cross", "isolated")) {
            JsonNode cascade = summary.at("/cascade/modes/" + mode);
            for (String key : List.of("extra_liquidated_accounts", "extra_shortfall", "extra_liquidated_notional")) {
                assertTrue(cascade.get(key).has("mean") && cascade.get(key).has("std_error")
                        && cascade.get(key).has("var_99"), mode + " " + key);
            }
            assertTrue(cascade.at("/max_impact/BTC/p99").asDouble() >= 0, mode);
            assertTrue(cascade.at("/max_impact/ETH/mean").asDouble() >= 0, mode);
        }
        // isolated mode liquidates a position on every path of this scenario: its sale moves the price
        assertTrue(summary.at("/cascade/modes/isolated/max_impact/BTC/p99").asDouble() > 0);
        String header = Files.readAllLines(dir.resolve("impact").resolve("paths.csv"), StandardCharsets.UTF_8)
                .get(0);
        assertTrue(header.endsWith(",first_liquidation_hours,max_impact_BTC,max_impact_ETH"), header);
        assertTrue(verdict.contains("cascade (cross): impact adds "), verdict);
        assertTrue(verdict.contains("cascade (isolated): impact adds "), verdict);
        assertTrue(verdict.contains("largest impact move BTC "), verdict);
    }

    @Test
    void reportShowsTheCascadeAmplificationOfSummaryJson() throws Exception {
        run(scenario("impact", IMPACT.formatted(1)), "impact");
        org.crossmargin.simulation.report.ReportWriter.write(dir.resolve("impact"));
        String html = Files.readString(dir.resolve("impact").resolve("report.html"), StandardCharsets.UTF_8);
        JsonNode isolated = summary("impact").at("/cascade/modes/isolated");
        assertTrue(html.contains("Liquidation cascade: what market impact added"), "amplification section");
        // the table shows summary.json's mean extra liquidated accounts with two decimals, then its std error
        String accounts = String.format(java.util.Locale.ROOT, "%,.2f ± %,.2f",
                isolated.at("/extra_liquidated_accounts/mean").asDouble(),
                isolated.at("/extra_liquidated_accounts/std_error").asDouble());
        assertTrue(html.contains("<td>" + accounts + "</td>"), accounts);
        assertTrue(html.contains("<caption>Largest impact-driven price move per path: mean (p99)</caption>"));
        assertFalse(html.contains("{&quot;daily_volume"), "no raw JSON in the page");
    }
}
