package org.crossmargin.simulation.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.Distribution;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedDifference;
import org.crossmargin.simulation.stats.WilsonInterval;

/**
 * Writes {@code summary.json} (docs/outputs.md): keys in the contract's order, pretty printed with two-space
 * indents and {@code \n} line ends on every machine, NaN and infinities written as {@code null}.
 *
 * <p>The tree is built node by node rather than by annotating the statistics records: the records stay free of
 * Jackson, one distribution record serves several objects with different key sets, and the key order is visible
 * here in the order of the contract.
 */
public final class SummaryJson {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryJson() {
    }

    /**
     * Writes the summary to {@code file} (UTF-8).
     *
     * @param comparison the first two modes' comparison; null when the run has one mode
     */
    public static void write(Path file, RunHeader header, List<ModeSummary> modes, Comparison comparison,
                             RunInfo run) throws IOException {
        write(file, header, modes, comparison, null, run);
    }

    /**
     * Writes the summary of a run with market impact to {@code file} (UTF-8).
     *
     * @param impact the impact settings and cascade amplification; null when impact was off
     */
    public static void write(Path file, RunHeader header, List<ModeSummary> modes, Comparison comparison,
                             ImpactSection impact, RunInfo run) throws IOException {
        Files.writeString(file, toJson(header, modes, comparison, impact, run), StandardCharsets.UTF_8);
    }

    /** The summary as JSON text, ending with a newline. */
    public static String toJson(RunHeader header, List<ModeSummary> modes, Comparison comparison, RunInfo run) {
        return toJson(header, modes, comparison, null, run);
    }

    /** The summary of a run with market impact ({@code impact} null when off) as JSON text, ending with a newline. */
    public static String toJson(RunHeader header, List<ModeSummary> modes, Comparison comparison,
                                ImpactSection impact, RunInfo run) {
        final DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree(header, modes, comparison, impact, run)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("summary.json: could not serialise an in-memory tree", e);
        }
    }

    /** The summary as a JSON tree. */
    public static ObjectNode tree(RunHeader header, List<ModeSummary> modes, Comparison comparison, RunInfo run) {
        return tree(header, modes, comparison, null, run);
    }

    /**
     * The summary as a JSON tree; with {@code impact} (not null) a {@code market_impact} object follows
     * {@code warnings} and a {@code cascade} object follows {@code comparison}.
     */
    public static ObjectNode tree(RunHeader header, List<ModeSummary> modes, Comparison comparison,
                                  ImpactSection impact, RunInfo run) {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", header.scenario());
        root.put("description", header.description());
        root.put("paths", header.paths());
        root.put("steps", header.steps());
        root.put("step_seconds", header.stepSeconds());
        root.put("horizon_seconds", header.horizonSeconds());
        root.put("seed", header.seed());
        root.put("model", header.model());
        final ObjectNode book = root.putObject("book");
        book.put("file", header.bookFile());
        book.put("accounts", header.accounts());
        book.put("positions", header.positions());
        final ObjectNode venue = root.putObject("venue");
        venue.put("name", header.venueName());
        number(venue, "insurance_fund", header.insuranceFund());
        final ArrayNode warnings = root.putArray("warnings");
        header.warnings().forEach(warnings::add);
        if (impact != null) {
            CascadeJson.marketImpact(root.putObject("market_impact"), impact);
        }
        final ObjectNode modesNode = root.putObject("modes");
        for (ModeSummary mode : modes) {
            mode(modesNode.putObject(mode.mode().label()), mode);
        }
        if (comparison != null) {
            comparison(root.putObject("comparison"), comparison);
        }
        if (impact != null) {
            CascadeJson.cascade(root.putObject("cascade"), impact);
        }
        final ObjectNode runNode = root.putObject("run");
        runNode.put("engine", run.engine());
        runNode.put("engine_version", run.engineVersion());
        runNode.put("threads", run.threads());
        number(runNode, "wall_seconds", run.wallSeconds());
        number(runNode, "position_steps", run.positionSteps());
        number(runNode, "position_steps_per_second", run.positionStepsPerSecond());
        return root;
    }

    private static void mode(ObjectNode node, ModeSummary m) {
        node.put("accounts", m.accounts());
        node.put("units", m.units());
        number(node, "any_liquidation_probability", m.anyLiquidationProbability());
        interval(node, "any_liquidation_ci95", m.anyLiquidationCi95());
        number(node, "mean_account_liquidation_probability", m.meanAccountLiquidationProbability());

        final Distribution liquidated = m.liquidatedAccounts();
        final ObjectNode accounts = meanAndError(node.putObject("liquidated_accounts"), liquidated);
        number(accounts, "p50", liquidated.p50());
        number(accounts, "p95", liquidated.p95());
        number(accounts, "p99", liquidated.p99());
        number(accounts, "max", liquidated.max());

        final Distribution s = m.shortfall();
        final ObjectNode shortfall = meanAndError(node.putObject("shortfall"), s);
        number(shortfall, "var_95", s.var95());
        number(shortfall, "var_99", s.var99());
        number(shortfall, "var_999", s.var999());
        number(shortfall, "es_95", s.es95());
        number(shortfall, "es_99", s.es99());
        number(shortfall, "es_999", s.es999());
        number(shortfall, "max", s.max());
        number(shortfall, "probability_positive", s.probabilityPositive());
        interval(shortfall, "probability_positive_ci95", s.probabilityPositiveCi95());

        final Distribution u = m.userLoss();
        final ObjectNode userLoss = meanAndError(node.putObject("user_loss"), u);
        number(userLoss, "var_95", u.var95());
        number(userLoss, "es_95", u.es95());
        number(userLoss, "var_99", u.var99());
        number(userLoss, "es_99", u.es99());

        final Distribution n = m.liquidatedNotional();
        final ObjectNode notional = meanAndError(node.putObject("liquidated_notional"), n);
        number(notional, "var_99", n.var99());
        number(notional, "es_99", n.es99());
        number(notional, "max", n.max());

        meanAndError(node.putObject("fees"), m.fees());

        final Distribution sl = m.socialisedLoss();
        final ObjectNode socialised = meanAndError(node.putObject("socialised_loss"), sl);
        number(socialised, "var_99", sl.var99());
        number(socialised, "es_99", sl.es99());
        number(socialised, "max", sl.max());
        number(socialised, "probability_positive", sl.probabilityPositive());

        final Distribution f = m.insuranceFundEnd();
        final ObjectNode fund = node.putObject("insurance_fund_end");
        number(fund, "mean", f.mean());
        number(fund, "p01", f.p01());
        number(fund, "p05", f.p05());
        number(fund, "p50", f.p50());
        number(node, "insurance_fund_exhausted_probability", m.insuranceFundExhaustedProbability());
        interval(node, "insurance_fund_exhausted_ci95", m.insuranceFundExhaustedCi95());

        final Distribution t = m.timeToFirstLiquidationHours();
        final ObjectNode time = node.putObject("time_to_first_liquidation_hours");
        time.put("paths", t.n());
        number(time, "mean", t.mean());
        number(time, "p05", t.p05());
        number(time, "p50", t.p50());
        number(time, "p95", t.p95());
    }

    private static void comparison(ObjectNode node, Comparison c) {
        node.put("first", c.first().label());
        node.put("second", c.second().label());
        difference(node.putObject("shortfall"), c.shortfall());
        difference(node.putObject("liquidated_accounts"), c.liquidatedAccounts());
        difference(node.putObject("user_loss"), c.userLoss());
        difference(node.putObject("liquidated_notional"), c.liquidatedNotional());
        difference(node.putObject("fund_exhausted"), c.fundExhausted());
    }

    private static void difference(ObjectNode node, PairedDifference d) {
        number(node, "mean", d.mean());
        number(node, "std_error", d.stdError());
        number(node, "ci_low", d.ciLow());
        number(node, "ci_high", d.ciHigh());
        number(node, "probability_first_worse", d.probabilityFirstWorse());
        number(node, "probability_second_worse", d.probabilitySecondWorse());
    }

    private static ObjectNode meanAndError(ObjectNode node, Distribution d) {
        number(node, "mean", d.mean());
        number(node, "std_error", d.stdError());
        return node;
    }

    private static void interval(ObjectNode node, String key, WilsonInterval interval) {
        if (interval == null) {
            node.putNull(key);
            return;
        }
        final ObjectNode child = node.putObject(key);
        child.put("low", interval.low());
        child.put("high", interval.high());
    }

    /** Puts {@code value}, or null when it is NaN or infinite (JSON has neither). */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
