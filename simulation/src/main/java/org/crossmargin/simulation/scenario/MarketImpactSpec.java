package org.crossmargin.simulation.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crossmargin.core.book.ImpactMarket;
import org.crossmargin.core.book.ImpactModel;
import org.crossmargin.core.book.MarketImpact;

/**
 * A scenario's {@code market_impact} section (DESIGN §10): how liquidations move prices.
 *
 * @param model     square-root, linear or none
 * @param latency   steps between a step's liquidations and the first price that reflects them, &gt;= 0
 * @param maxRounds with latency 0: most evaluation rounds per step, &gt;= 1
 * @param markets   per market name (file order); a market not listed has no impact
 */
public record MarketImpactSpec(ImpactModel model, int latency, int maxRounds, Map<String, ImpactMarketSpec> markets) {
    public MarketImpactSpec {
        Objects.requireNonNull(model, "model");
        if (latency < 0) {
            throw new IllegalArgumentException("latency: expected a whole number of steps >= 0, got " + latency);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("max_rounds: expected a whole number >= 1, got " + maxRounds);
        }
        markets = Collections.unmodifiableMap(new LinkedHashMap<>(markets));
        for (Map.Entry<String, ImpactMarketSpec> entry : markets.entrySet()) {
            ImpactMarketSpec market = entry.getValue();
            boolean ok = switch (model) {
                case SQUARE_ROOT -> market.dailyVolume().isPresent() && market.coefficient().isPresent();
                case LINEAR -> market.lambda().isPresent();
                case NONE -> true;
            };
            if (!ok) {
                throw new IllegalArgumentException("markets." + entry.getKey() + ": missing the parameters of model "
                        + model.label());
            }
        }
    }

    /** True when liquidations move prices. */
    public boolean isOn() {
        return model != ImpactModel.NONE;
    }

    /**
     * The core settings for a run over {@code columns} (the scenario's markets in column order) with steps of
     * {@code stepSeconds}: {@code sigma_d} is a market's {@code daily_volatility}, else its annual volatility /
     * sqrt(365) (365-day years, DESIGN §4).
     */
    public MarketImpact toSettings(List<MarketSpec> columns, long stepSeconds) {
        if (!isOn()) {
            return MarketImpact.none(columns.size(), stepSeconds);
        }
        List<ImpactMarket> perColumn = new ArrayList<>();
        for (MarketSpec column : columns) {
            ImpactMarketSpec market = markets.get(column.name());
            if (market == null) {
                perColumn.add(ImpactMarket.NONE);
            } else if (model == ImpactModel.SQUARE_ROOT) {
                double sigmaDaily = market.dailyVolatility().orElse(column.annualVolatility() / Math.sqrt(365.0));
                perColumn.add(ImpactMarket.squareRoot(market.coefficient().getAsDouble(),
                        market.dailyVolume().getAsDouble(), sigmaDaily, market.resilienceHalfLifeSeconds()));
            } else {
                perColumn.add(ImpactMarket.linear(market.lambda().getAsDouble(), market.resilienceHalfLifeSeconds()));
            }
        }
        return new MarketImpact(model, latency, maxRounds, stepSeconds, perColumn);
    }
}
