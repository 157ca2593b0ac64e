package org.crossmargin.core.book;

import java.util.List;
import java.util.Objects;

/**
 * The market-impact settings of a run (DESIGN §10): the model, the latency between a liquidation and its price
 * effect, the cap on re-evaluation rounds within a step when the latency is 0, the step length, and one
 * {@link ImpactMarket} per price column ({@link ImpactMarket#NONE} for a market without impact).
 *
 * @param model       square-root, linear or none
 * @param latency     steps between a step's liquidations and the first price that reflects them, &gt;= 0
 * @param maxRounds   with latency 0: most evaluation rounds per step, &gt;= 1; also caps the fill fixed point
 * @param stepSeconds length of one step, seconds, &gt; 0
 * @param markets     per price column, in column order
 */
public record MarketImpact(ImpactModel model, int latency, int maxRounds, double stepSeconds,
                           List<ImpactMarket> markets) {
    /** The default cap on rounds per step. */
    public static final int DEFAULT_MAX_ROUNDS = 10;

    public MarketImpact {
        Objects.requireNonNull(model, "model");
        if (latency < 0) {
            throw new IllegalArgumentException("latency: expected a whole number of steps >= 0, got " + latency);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("max_rounds: expected a whole number >= 1, got " + maxRounds);
        }
        if (!(stepSeconds > 0 && stepSeconds < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("step: expected a finite number of seconds > 0, got " + stepSeconds);
        }
        markets = List.copyOf(markets);
    }

    /** No impact on {@code markets} price columns. */
    public static MarketImpact none(int markets, double stepSeconds) {
        return new MarketImpact(ImpactModel.NONE, 1, DEFAULT_MAX_ROUNDS, stepSeconds,
                java.util.Collections.nCopies(markets, ImpactMarket.NONE));
    }

    /** True when liquidations move prices ({@link ImpactModel#NONE} does not). */
    public boolean isOn() {
        return model != ImpactModel.NONE;
    }
}
