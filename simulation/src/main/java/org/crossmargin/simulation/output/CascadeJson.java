package org.crossmargin.simulation.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.crossmargin.core.book.ImpactMarket;
import org.crossmargin.core.book.ImpactModel;
import org.crossmargin.simulation.scenario.ImpactMarketSpec;
import org.crossmargin.simulation.stats.Amplification;
import org.crossmargin.simulation.stats.CascadeSummary;
import org.crossmargin.simulation.stats.ImpactMove;

/**
 * The two objects a run with market impact adds to {@code summary.json}: {@code market_impact} (the model's
 * parameters as applied, which also switches the report's cascade view on) and {@code cascade} (per mode, what
 * impact adds to the same paths run without it).
 */
final class CascadeJson {
    private CascadeJson() {
    }

    /** {@code market_impact}: model, latency, max_rounds, and per impacted market its parameters as applied. */
    static void marketImpact(ObjectNode node, ImpactSection impact) {
        ImpactModel model = impact.spec().model();
        node.put("model", model.label());
        node.put("latency", impact.spec().latency());
        node.put("max_rounds", impact.spec().maxRounds());
        ObjectNode markets = node.putObject("markets");
        for (Map.Entry<String, ImpactMarketSpec> entry : impact.spec().markets().entrySet()) {
            ImpactMarket applied = impact.settings().markets().get(impact.columns().indexOf(entry.getKey()));
            ObjectNode market = markets.putObject(entry.getKey());
            if (model == ImpactModel.LINEAR) {
                SummaryJson.number(market, "lambda", applied.lambda());
            } else {
                SummaryJson.number(market, "daily_volume", applied.dailyVolume());
                SummaryJson.number(market, "coefficient", applied.coefficient());
                SummaryJson.number(market, "daily_volatility", applied.dailyVolatility());
            }
            market.put("resilience_half_life_seconds", entry.getValue().resilienceHalfLifeSeconds());
        }
    }

    /** {@code cascade}: what the counterfactual is, then per mode the amplification and the largest moves. */
    static void cascade(ObjectNode node, ImpactSection impact) {
        node.put("counterfactual", "the same paths (same exogenous prices) with market impact off");
        ObjectNode modes = node.putObject("modes");
        for (CascadeSummary c : impact.cascades()) {
            ObjectNode mode = modes.putObject(c.mode().label());
            amplification(mode.putObject("extra_liquidated_accounts"), c.extraLiquidatedAccounts());
            amplification(mode.putObject("extra_shortfall"), c.extraShortfall());
            amplification(mode.putObject("extra_liquidated_notional"), c.extraLiquidatedNotional());
            ObjectNode moves = mode.putObject("max_impact");
            for (ImpactMove move : c.maxImpact()) {
                ObjectNode market = moves.putObject(move.market());
                SummaryJson.number(market, "mean", move.mean());
                SummaryJson.number(market, "p99", move.p99());
            }
            mode.put("max_rounds_reached_paths", c.cappedPaths());
        }
    }

    private static void amplification(ObjectNode node, Amplification a) {
        SummaryJson.number(node, "mean", a.mean());
        SummaryJson.number(node, "std_error", a.stdError());
        SummaryJson.number(node, "var_99", a.var99());
    }
}
