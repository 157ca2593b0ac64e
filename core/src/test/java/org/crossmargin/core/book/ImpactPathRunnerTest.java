package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

/**
 * Hand-derived cascades (DESIGN §10). Market BTC has zero volatility: the exogenous path is 100 at the start and at
 * step 1, and 90 from step 2 on (a one-step shock). Venue: flat maintenance rate 1%, fee 1% of closed notional,
 * slippage 0.2%, fund 1,000. Impact: square-root law, {@code Y = 0.6}, {@code sigma_d = 0.04}, {@code V = 3,600},
 * half-life 30 minutes on one-minute steps, so {@code d = exp(-ln 2 / 30)}.
 *
 * <p>Account A: long 10 BTC at 100 with 100 USDT: equity {@code 100 + 10 (S - 100) <= 0.01 * 10 S} when
 * {@code S <= 900 / 9.9 = 90.909}. Account B: long 10 at 100 with 118 USDT: {@code S <= 882 / 9.9 = 89.091}, 2%
 * below A's (882 / 900 = 0.98). At 90 only A falls: its sale {@code Q = 10 * 90 = 900} moves the log price by
 * {@code I = -0.6 * 0.04 * sqrt(900 / 3600) = -0.012}; with latency 1 step 3 sees {@code 90 exp(-0.012 d) = 88.95},
 * below B's 89.091, so B falls at step 3. With A half as large (5 BTC, 50 USDT: same trigger) the sale is 450,
 * {@code I = -0.024 sqrt(0.125) = -0.008485}, step 3 sees {@code 90 exp(-0.008485 d) = 89.26} and B survives.
 */
class ImpactPathRunnerTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC");
    private static final double Y = 0.6;
    private static final double SIGMA = 0.04;
    private static final double V = 3_600;
    private static final double STEP = 60;
    private static final double HALF_LIFE = 1_800;
    private static final double D = Math.exp(-Math.log(2) / 30);
    private static final double SLIP = 0.002;
    private static final double FEE = 0.01;
    private static final double FUND = 1_000;
    private static final int STEPS = 5;

    private static Venue venue() {
        return Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01)), 0.05, FUND, LiquidationRules.full(FEE, SLIP));
    }

    private static MarketImpact squareRoot(int latency, int maxRounds) {
        return new MarketImpact(ImpactModel.SQUARE_ROOT, latency, maxRounds, STEP,
                List.of(ImpactMarket.NONE, ImpactMarket.squareRoot(Y, V, SIGMA, HALF_LIFE)));
    }

    /** USDT 1 throughout; BTC 100 at rows 0 and 1, then 90. */
    private static double[] shockPath() {
        double[] prices = new double[(STEPS + 1) * 2];
        for (int t = 0; t <= STEPS; t++) {
            prices[2 * t] = 1.0;
            prices[2 * t + 1] = t < 2 ? 100.0 : 90.0;
        }
        return prices;
    }

    private static Book book(double sizeA) {
        return new Book(List.of(Fixtures.cross("A", 10 * sizeA, Position.of("BTC", sizeA, 100)),
                Fixtures.cross("B", 118, Position.of("BTC", 10, 100))));
    }

    private static PathState run(Book book, MarketImpact impact, ImpactPathRunner[] runner) {
        CompiledBook compiled = book.compile(venue(), MARKETS, new double[] {1, 100}, RunMode.CROSS);
        PathState s = compiled.newState();
        runner[0] = new ImpactPathRunner(compiled, impact);
        runner[0].runPath(s, shockPath(), STEPS);
        return s;
    }

    @Test
    void theFirstLiquidationsSaleLiquidatesTheSecondAccountOneStepLater() {
        ImpactPathRunner[] runner = new ImpactPathRunner[1];
        PathState s = run(book(10), squareRoot(1, 10), runner);

        // A at step 2, mark 90: Q = 900, I_A = -0.6 * 0.04 * sqrt(900 / 3600) = -0.012 exactly
        double impactA = -Y * SIGMA * Math.sqrt(900 / V);
        assertEquals(-0.012, impactA, 1e-15);
        // fill = mark exp(I/2) (1 - slip) = 90 * exp(-0.006) * 0.998 = 89.2827
        double fillA = 90 * Math.exp(impactA / 2) * (1 - SLIP);
        // equity after = 100 + 10 (fill - 100) = -7.1731 < 0: shortfall 7.1731, fee min(9, 0) = 0
        double shortfallA = -(100 + 10 * (fillA - 100));
        assertEquals(7.1731, shortfallA, 1e-4);
        // step 3: J = I_A d (born at step 2, one step of decay), mark = 90 exp(J) = 88.9508 <= 89.091: B falls
        double mark3 = 90 * Math.exp(impactA * D);
        assertEquals(88.9508, mark3, 1e-4);
        assertTrue(118 + 10 * (mark3 - 100) <= 0.01 * 10 * mark3);
        // B's own sale: Q_B = 10 mark3, I_B = -0.024 sqrt(Q_B / 3600); fill = mark3 exp(I_B / 2) 0.998
        double impactB = -Y * SIGMA * Math.sqrt(10 * mark3 / V);
        double fillB = mark3 * Math.exp(impactB / 2) * (1 - SLIP);
        double equityAfterB = 118 + 10 * (fillB - 100); // 0.450 > 0: no shortfall, fee capped at it
        assertEquals(0.4500, equityAfterB, 1e-3);
        double feeB = Math.min(FEE * 10 * mark3, equityAfterB);

        assertEquals(2, s.accountFirstLiquidationStep(0));
        assertEquals(3, s.accountFirstLiquidationStep(1));
        assertEquals(shortfallA, s.accountShortfall(0), 1e-9);
        assertEquals(0.0, s.accountFees(0), 0.0);
        assertEquals(0.0, s.accountShortfall(1), 0.0);
        assertEquals(feeB, s.accountFees(1), 1e-9);
        assertEquals(shortfallA, s.shortfall(), 1e-9);
        // fund: 1,000 - 7.1731 at step 2, + 0.450 at step 3
        assertEquals(FUND - shortfallA + feeB, s.insuranceFund(), 1e-9);
        // liquidated notional at mark: 900 + 10 mark3
        assertEquals(900 + 10 * mark3, s.liquidatedNotional(), 1e-9);
        // the horizon row (step 5): J = I_A d^3 + I_B d^2
        double j5 = impactA * D * D * D + impactB * D * D;
        assertEquals(j5, runner[0].impactState(1), 1e-12);
        assertEquals(90 * Math.exp(j5), runner[0].rowUnsafe()[1], 1e-9);
        // the largest move the prices saw: at step 4, J = I_A d^2 + I_B d
        assertEquals(-Math.expm1(impactA * D * D + impactB * D), runner[0].maxImpact(1), 1e-12);
        assertEquals(0.0, runner[0].maxImpact(0), 0.0);
        assertEquals(0, runner[0].cappedSteps());
    }

    @Test
    void withHalfTheLiquidatedVolumeTheSecondAccountSurvives() {
        ImpactPathRunner[] runner = new ImpactPathRunner[1];
        PathState s = run(book(5), squareRoot(1, 10), runner);

        // A: 5 BTC with 50 USDT falls at 90 as before; Q = 450, I = -0.024 sqrt(0.125) = -0.0084853
        double impactA = -Y * SIGMA * Math.sqrt(450 / V);
        double mark3 = 90 * Math.exp(impactA * D);
        assertEquals(89.2568, mark3, 1e-4);
        // B at step 3: equity 118 + 10 (89.2568 - 100) = 10.568 > maintenance 8.926; later steps decay toward 90
        assertFalse(118 + 10 * (mark3 - 100) <= 0.01 * 10 * mark3);
        assertEquals(2, s.accountFirstLiquidationStep(0));
        assertFalse(s.accountLiquidated(1));
        assertEquals(1, s.liquidatedAccounts());
        // A's shortfall: -(50 + 5 (90 exp(I/2) 0.998 - 100))
        double fillA = 90 * Math.exp(impactA / 2) * (1 - SLIP);
        assertEquals(-(50 + 5 * (fillA - 100)), s.shortfall(), 1e-9);
    }

    @Test
    void withoutLatencyTheCascadeCompletesWithinTheShockStepInRounds() {
        ImpactPathRunner[] runner = new ImpactPathRunner[1];
        PathState s = run(book(10), squareRoot(0, 10), runner);

        // round 1 at step 2: A falls, J = -0.012 at once; round 2 sees 90 exp(-0.012) = 88.927 <= 89.091: B falls;
        // round 3 sees the price moved by B too, nobody is left: no flow, the rounds stop
        double impactA = -0.012;
        double mark = 90 * Math.exp(impactA);
        double impactB = -Y * SIGMA * Math.sqrt(10 * mark / V);
        double fillB = mark * Math.exp(impactB / 2) * (1 - SLIP);
        double equityAfterB = 118 + 10 * (fillB - 100);
        assertEquals(2, s.accountFirstLiquidationStep(0));
        assertEquals(2, s.accountFirstLiquidationStep(1));
        assertEquals(Math.max(-equityAfterB, 0), s.accountShortfall(1), 1e-9);
        // J at the horizon: both impacts born at step 2, three steps of decay
        assertEquals((impactA + impactB) * D * D * D, runner[0].impactState(1), 1e-12);
        assertEquals(0, runner[0].cappedSteps());
    }

    @Test
    void withoutLatencyTheFundSettlesAllRoundsOfAStepOnceFeesFirst() {
        Venue noFund = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01)), 0.05, 0,
                LiquidationRules.full(FEE, SLIP));
        CompiledBook compiled = book(10).compile(noFund, MARKETS, new double[] {1, 100}, RunMode.CROSS);
        PathState s = compiled.newState();
        new ImpactPathRunner(compiled, squareRoot(0, 10)).runPath(s, shockPath(), STEPS);
        // The cascade above, with an empty fund: at step 2 round 1 liquidates A (equity 100 + 10 (fill - 100) < 0:
        // shortfall, no fee), round 2 liquidates B (equity left: a fee). The rounds are one step (DESIGN §3): the
        // fund takes the step's fees, then absorbs its shortfalls, so socialised = shortfall - fees and the fund
        // ends empty. Settling round by round would socialise A's whole shortfall and leave B's fee in the fund.
        assertTrue(s.fees() > 0, "B pays a fee");
        assertTrue(s.shortfall() > s.fees(), "A's shortfall exceeds B's fee");
        assertEquals(s.shortfall() - s.fees(), s.socialisedLoss(), 1e-12);
        assertEquals(0.0, s.insuranceFund(), 0.0);
        assertTrue(s.fundExhausted());
    }

    @Test
    void anImpactThatOverflowsThePriceStopsTheRunInsteadOfLeakingNaN() {
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.02, 0.01)), 0.05, FUND,
                LiquidationRules.full(FEE, SLIP));
        Book book = new Book(List.of(Fixtures.cross("S", 100, Position.of("BTC", -10, 100)),
                Fixtures.cross("L", 10_000, Position.of("BTC", 1, 100))));
        CompiledBook compiled = book.compile(venue, MARKETS, new double[] {1, 100}, RunMode.CROSS);
        MarketImpact linear = new MarketImpact(ImpactModel.LINEAR, 1, 10, STEP,
                List.of(ImpactMarket.NONE, ImpactMarket.linear(1.0, HALF_LIFE)));
        // S (short 10 at 100, 100 USDT) is squeezed at 110: equity 100 - 100 = 0 <= MM 11; it buys back about 1,100
        // of notional, I = -lambda Q = +1,100 in log price: exp(1,100) overflows to infinity at step 2
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ImpactPathRunner(compiled, linear).runPath(compiled.newState(),
                        new double[] {1, 100, 1, 110, 1, 110}, 2));
        assertTrue(e.getMessage().contains("at step 2"), e.getMessage());
    }

    @Test
    void aRoundCapThatStopsAMovingCascadeIsCounted() {
        ImpactPathRunner[] runner = new ImpactPathRunner[1];
        // one round per step: at step 2 A falls and moves the price, and the cap ends the step before B is looked at
        // again; step 3 sees 90 exp(-0.012 d) = 88.95 (as with latency 1), B falls and moves the price: capped
        // again; steps 4 and 5 liquidate nobody
        PathState s = run(book(10), squareRoot(0, 1), runner);
        assertEquals(2, runner[0].cappedSteps());
        assertEquals(3, s.accountFirstLiquidationStep(1));
    }

    @Test
    void impactHalvesAfterOneHalfLife() {
        // a 40-step path on which A alone is liquidated: B has 10,000 USDT and never reaches its trigger
        Book onlyA = new Book(List.of(book(10).accounts().get(0), Fixtures.cross("B", 10_000,
                Position.of("BTC", 10, 100))));
        CompiledBook compiled = onlyA.compile(venue(), MARKETS, new double[] {1, 100}, RunMode.CROSS);
        PathState s = compiled.newState();
        ImpactPathRunner runner = new ImpactPathRunner(compiled, squareRoot(1, 10));
        double[] prices = new double[41 * 2];
        for (int t = 0; t <= 40; t++) {
            prices[2 * t] = 1.0;
            prices[2 * t + 1] = t < 2 ? 100.0 : 90.0;
        }
        runner.begin(s, prices);
        for (int t = 1; t <= 3; t++) {
            runner.step(s, prices, t);
        }
        double atStep3 = runner.impactState(1);
        assertEquals(-0.012 * D, atStep3, 1e-15);
        for (int t = 4; t <= 33; t++) {
            runner.step(s, prices, t);
        }
        // 30 steps of one minute = one half-life of 30 minutes
        assertEquals(0.5, runner.impactState(1) / atStep3, 1e-12);
        assertEquals(90 * Math.exp(runner.impactState(1)), runner.rowUnsafe()[1], 1e-12);
    }

    @Test
    void linearImpactOfAShortSqueezeMatchesTheClosedForm() {
        // a short of 10 at 100 with 100 USDT: equity 100 - 10 (S - 100) <= 0.1 S when S >= 1100 / 10.1 = 108.911
        Book book = new Book(List.of(Fixtures.cross("S", 100, Position.of("BTC", -10, 100))));
        CompiledBook compiled = book.compile(venue(), MARKETS, new double[] {1, 100}, RunMode.CROSS);
        PathState s = compiled.newState();
        double lambda = 1e-5; // log price per USDT of flow
        MarketImpact linear = new MarketImpact(ImpactModel.LINEAR, 2, 10, STEP,
                List.of(ImpactMarket.NONE, ImpactMarket.linear(lambda, HALF_LIFE)));
        ImpactPathRunner runner = new ImpactPathRunner(compiled, linear);
        double[] prices = new double[(STEPS + 1) * 2];
        for (int t = 0; t <= STEPS; t++) {
            prices[2 * t] = 1.0;
            prices[2 * t + 1] = t < 2 ? 100.0 : 110.0;
        }
        runner.runPath(s, prices, STEPS);
        // step 2 at 110: bought back, Q = -10 * 110 = -1,100, I = -lambda Q = +0.011 (shorts bought push up)
        double impact = -lambda * -1_100;
        // fill = 110 exp(0.0055) (1 + slip); equity after = 100 - 10 (fill - 100) < 0: all of it is shortfall
        double fill = 110 * Math.exp(impact / 2) * (1 + SLIP);
        assertEquals(-(100 - 10 * (fill - 100)), s.shortfall(), 1e-9);
        // latency 2: step 3 sees nothing; step 4 sees I d^2; step 5 I d^3
        assertEquals(impact * D * D * D, runner.impactState(1), 1e-15);
        assertEquals(110 * Math.exp(impact * D * D * D), runner.rowUnsafe()[1], 1e-12);
        // the largest move the prices saw is step 4's, upward: exp(I d^2) - 1
        assertEquals(Math.expm1(impact * D * D), runner.maxImpact(1), 1e-15);
    }
}
