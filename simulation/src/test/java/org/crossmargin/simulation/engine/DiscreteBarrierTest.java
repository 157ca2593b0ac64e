package org.crossmargin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.crossmargin.simulation.cli.Cli;
import org.crossmargin.simulation.stats.WilsonInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The liquidation probability of one isolated 20x long under gbm, through the command line, against the closed
 * form of a discretely monitored barrier (e2e/barrier.yaml: 100,000 paths, seed 20240229).
 *
 * <p>The position: q = 1 BTC long at e = S0 = 100 with margin m = q e / 20 = 5, maintenance rate 0.5%, no fee, no
 * slippage. Liquidated when m + q (S - e) &lt;= 0.005 q S, i.e. when S &lt;= S* = (q e - m) / (q (1 - 0.005)) =
 * 95 / 0.995. Prices: S = S0 exp(X), X_t = nu t + sigma W_t with sigma = 1 and nu = mu - sigma²/2 = -1/2 (drift
 * mu = 0), checked at the 288 steps t = k dt, dt = 5 minutes = 300 / (365 * 86400) years, T = 288 dt = 1 day.
 *
 * <p>Continuous monitoring (reflection principle for Brownian motion with drift, e.g. Shreve, Stochastic Calculus
 * for Finance II, §7.2.2): P(min X &lt;= b) = Φ((b - nu T) / (σ√T)) + exp(2 nu b / σ²) Φ((b + nu T) / (σ√T)),
 * b = ln(S* / S0) &lt; 0. Discrete monitoring (Broadie, Glasserman and Kou 1997, "A continuity correction for
 * discrete barrier options", Math. Finance 7(4)): the discrete probability is the continuous one with the barrier
 * moved away from the start by exp(-β σ √dt), β = -ζ(1/2) / √(2π) ≈ 0.5826, i.e. b' = b - β σ √dt.
 */
class DiscreteBarrierTest {
    private static final int PATHS = 100_000;
    private static final double SIGMA = 1.0;
    private static final double NU = -0.5 * SIGMA * SIGMA;
    private static final double DT = 300.0 / (365 * 86400);
    private static final double T = 288 * DT;
    private static final double BARRIER = Math.log((100.0 - 5.0) / (1.0 - 0.005) / 100.0);
    private static final double BGK_BETA = 0.5826;

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void run() {
        out = dir.resolve("barrier");
        Cli.Result result = Cli.run("run", Cli.input("barrier.yaml").toString(), "--out", out.toString(), "--quiet",
                "--no-report", "--threads", "2");
        assertEquals(0, result.code(), result.both());
    }

    /** First-passage probability of X below {@code b} by T, continuous monitoring. */
    private static double firstPassage(double b) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double scale = SIGMA * Math.sqrt(T);
        return normal.cumulativeProbability((b - NU * T) / scale)
                + Math.exp(2 * NU * b / (SIGMA * SIGMA)) * normal.cumulativeProbability((b + NU * T) / scale);
    }

    private static double discretelyMonitored() {
        return firstPassage(BARRIER - BGK_BETA * SIGMA * Math.sqrt(DT));
    }

    @Test
    void wilsonIntervalOfTheLiquidationProbabilityContainsTheCorrectedBarrierProbability() throws IOException {
        double expected = discretelyMonitored(); // ≈ 0.3670
        JsonNode interval = Cli.summary(out).at("/modes/isolated/any_liquidation_ci95");
        double low = interval.get("low").asDouble();
        double high = interval.get("high").asDouble();
        assertTrue(low <= expected && expected <= high, "[" + low + ", " + high + "] should hold " + expected);
        // Power: the half-width is about 1.96 sqrt(0.367 * 0.633 / 1e5) = 0.003, and the uncorrected continuous
        // probability (≈ 0.385) lies well outside, so monitoring between steps (or at t0) would fail this test.
        double continuous = firstPassage(BARRIER);
        assertFalse(low <= continuous && continuous <= high, "continuous monitoring " + continuous + " inside ["
                + low + ", " + high + "]");
    }

    @Test
    void accountRowAndPathsAgreeWithTheSummaryInterval() throws IOException {
        List<CSVRecord> paths = Cli.rows(out.resolve("paths.csv"));
        assertEquals(PATHS, paths.size()); // one mode
        long liquidated = paths.stream().filter(r -> r.get("liquidated_accounts").equals("1")).count();
        WilsonInterval wilson = WilsonInterval.of(liquidated, PATHS);
        CSVRecord account = Cli.rows(out.resolve("accounts.csv")).get(0);
        assertEquals("L20X", account.get("account"));
        assertEquals((double) liquidated / PATHS, Double.parseDouble(account.get("liquidation_probability")));
        assertEquals(wilson.low(), Double.parseDouble(account.get("ci_low")));
        assertEquals(wilson.high(), Double.parseDouble(account.get("ci_high")));
        JsonNode summary = Cli.summary(out);
        assertEquals(wilson.low(), summary.at("/modes/isolated/any_liquidation_ci95/low").asDouble());
        assertEquals(0.0, summary.at("/modes/isolated/fees/mean").asDouble()); // fee rate 0
    }
}
