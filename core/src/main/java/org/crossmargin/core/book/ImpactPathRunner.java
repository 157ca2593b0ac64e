package org.crossmargin.core.book;

import java.util.Arrays;

/**
 * Runs one path of a {@link CompiledBook} with liquidations feeding back into prices (DESIGN §10): per-worker,
 * per-book scratch (the impact state {@code J} per market, pending impacts, the impacted price row), allocated once.
 *
 * <p>Per step {@code t}: {@code J} decays by {@code exp(-ln 2 * step / half_life)}; the impacts of steps whose
 * latency has run out join it; the row {@code exogenous[t] * exp(J)} is built in a scratch array and the compiled
 * {@link CompiledBook#step} runs on it (every unit, every step: prices depend on the path's own liquidations, so the
 * screening bound of the exogenous path does not hold; evaluating every unit keeps the result exact). The step's flow
 * {@code Q} per market gives its impact {@code I} ({@link ImpactModel}). An impact is born at its step and decays
 * from then on; the latency only hides it: the price at step {@code t'} is the exogenous price times
 * {@code exp(sum over s <= t' - latency of I_s * d^(t' - s))}. With latency 1, step {@code t}'s flow moves the price
 * from step {@code t + 1} on, as DESIGN §10 states. With latency 0 the step is evaluated in rounds: each round's
 * impact moves the price at once and the next round re-evaluates the live units on the moved price, until a round
 * moves no price or {@code max_rounds} rounds have run (a step where round {@code max_rounds} still moved a price
 * counts in {@link #cappedSteps()}). A round settles the insurance fund like a step does.
 *
 * <p>Fills: a liquidation fills at {@code mark * exp(I / 2)}, {@code I} the impact of its own step's (or round's)
 * flow, then the venue's slippage: the price moves from {@code S} to {@code S exp(I)} while the liquidation executes,
 * and a fill spread evenly over that move averages, to first order, the mid-point (the "mid-impact" execution cost of
 * the square-root law literature: Almgren et al. 2005, "Direct estimation of equity market impact", Risk 18(7);
 * Tóth et al. 2011). {@code I} is known only after the step's liquidations, so the step is run once with fills at
 * mark, its flow read, rolled back ({@link LiquidationJournal}) and run again with the fill factor {@code exp(I / 2)}
 * per market. Under full liquidation the flow does not depend on fills (triggers use marks; the fund settles after
 * the units), so the second run is the exact answer; under partial liquidation fills change the cash and hence how
 * much is closed, so runs repeat until the impact is unchanged, at most {@code max_rounds} times (a step that stops
 * unconverged counts in {@link #cappedSteps()}).
 *
 * <p>With {@link ImpactModel#NONE} {@link #runPath} is {@link CompiledBook#runPath}, bit for bit. Allocates nothing
 * per path or per step. Not thread-safe: one per worker and book.
 */
public final class ImpactPathRunner {
    private final CompiledBook book;
    private final MarketImpact settings;
    private final int markets;
    private final int latency;
    private final int maxRounds;
    private final boolean squareRoot;
    /** {@code Y sigma_d} per market (square-root law). */
    private final double[] scale;
    private final double[] inverseVolume;
    private final double[] lambda;
    private final double[] decay;
    /** {@code d^latency}: what is left of an impact when its latency runs out. */
    private final double[] arrival;
    private final double[] j;
    /** Ring of {@code latency} rows: slot {@code t % latency} holds the impact of step {@code t - latency}. */
    private final double[] pending;
    private final double[] impact;
    private final double[] previousImpact;
    private final double[] row;
    private final double[] lowestJ;
    private final double[] highestJ;
    private final LiquidationJournal journal;
    private int cappedSteps;

    /** A runner of {@code book} under {@code settings}, whose markets are the book's price columns. */
    public ImpactPathRunner(CompiledBook book, MarketImpact settings) {
        this.book = book;
        this.settings = settings;
        this.markets = book.markets();
        if (settings.markets().size() != markets) {
            throw new IllegalArgumentException("market_impact: expected " + markets + " markets, got "
                    + settings.markets().size());
        }
        this.latency = settings.latency();
        this.maxRounds = settings.maxRounds();
        this.squareRoot = settings.model() == ImpactModel.SQUARE_ROOT;
        this.scale = new double[markets];
        this.inverseVolume = new double[markets];
        this.lambda = new double[markets];
        this.decay = new double[markets];
        this.arrival = new double[markets];
        for (int m = 0; m < markets; m++) {
            final ImpactMarket market = settings.markets().get(m);
            scale[m] = market.coefficient() * market.dailyVolatility();
            inverseVolume[m] = 1.0 / market.dailyVolume();
            lambda[m] = market.lambda();
            decay[m] = market.decayPerStep(settings.stepSeconds());
            arrival[m] = market.decayPerStep(settings.stepSeconds() * latency);
        }
        this.j = new double[markets];
        this.pending = new double[Math.max(latency, 1) * markets];
        this.impact = new double[markets];
        this.previousImpact = new double[markets];
        this.row = new double[markets];
        this.lowestJ = new double[markets];
        this.highestJ = new double[markets];
        this.journal = new LiquidationJournal(book);
    }

    /** The settings this runner applies. */
    public MarketImpact settings() {
        return settings;
    }

    /**
     * Runs one whole path: {@code exogenous} is {@code double[(steps + 1) * markets]}, row 0 the start prices, and is
     * only read. Afterwards {@code s} holds the outcome as after {@link CompiledBook#runPath}.
     */
    public void runPath(PathState s, double[] exogenous, int steps) {
        if (!settings.isOn()) {
            book.runPath(s, exogenous, steps);
            return;
        }
        begin(s, exogenous);
        for (int t = 1; t <= steps; t++) {
            step(s, exogenous, t);
        }
        finish(s);
    }

    /** Starts a path: resets {@code s}, the impact state and the counters; the row is the start prices. */
    public void begin(PathState s, double[] exogenous) {
        s.reset();
        s.journal = journal;
        Arrays.fill(j, 0.0);
        Arrays.fill(pending, 0.0);
        Arrays.fill(lowestJ, 0.0);
        Arrays.fill(highestJ, 0.0);
        System.arraycopy(exogenous, 0, row, 0, markets);
        cappedSteps = 0;
    }

    /** Runs step {@code t} (1-based) on exogenous row {@code t}, moved by the impact state. */
    public void step(PathState s, double[] exogenous, int t) {
        final int off = t * markets;
        if (latency == 0) {
            for (int m = 0; m < markets; m++) {
                j[m] *= decay[m];
            }
            // The rounds are one step: the fund takes the fees of all its rounds, then absorbs their shortfalls
            // (DESIGN §3), not round by round; each round's settlement is undone and the step's is made at the end.
            final double fundBalance = s.fund.balance();
            final double fundSocialised = s.fund.socialisedLoss();
            final boolean fundExhausted = s.fund.exhausted();
            double stepFees = 0.0;
            double stepShortfall = 0.0;
            boolean capped = true;
            for (int round = 1; round <= maxRounds; round++) {
                buildRow(exogenous, off);
                execute(s, t);
                stepFees += s.stepFees;
                stepShortfall += s.stepShortfall;
                boolean moved = false;
                for (int m = 0; m < markets; m++) {
                    if (impact[m] != 0.0) {
                        j[m] += impact[m];
                        moved = true;
                    }
                }
                if (!moved) {
                    capped = false;
                    break;
                }
            }
            if (capped) {
                cappedSteps++; // round max_rounds still moved a price: more liquidations may have been left for later
            }
            s.fund.restore(fundBalance, fundSocialised, fundExhausted);
            s.fund.settle(stepFees, stepShortfall);
            return;
        }
        final int slot = (t % latency) * markets;
        for (int m = 0; m < markets; m++) {
            j[m] = j[m] * decay[m] + pending[slot + m] * arrival[m];
        }
        buildRow(exogenous, off);
        execute(s, t);
        System.arraycopy(impact, 0, pending, slot, markets);
    }

    /** Ends the path: values every account at the last row used (the impacted horizon prices). */
    public void finish(PathState s) {
        book.finish(s, row, 0);
        s.journal = null;
    }

    /** {@code row = exogenous row * exp(J)}, tracking the range of {@code J} the path's prices have seen. */
    private void buildRow(double[] exogenous, int off) {
        for (int m = 0; m < markets; m++) {
            final double jm = j[m];
            row[m] = jm == 0.0 ? exogenous[off + m] : exogenous[off + m] * Math.exp(jm);
            if (!(row[m] > 0.0 && row[m] < Double.POSITIVE_INFINITY)) {
                // exp(J) over- or underflowed (a linear lambda far too large): stop rather than let NaN out of core
                throw new IllegalStateException("market impact moved market column " + m + " to " + row[m]
                        + " at step " + off / markets + " (J = " + jm + "); expected impact parameters that keep "
                        + "prices finite and positive");
            }
            if (jm < lowestJ[m]) {
                lowestJ[m] = jm;
            } else if (jm > highestJ[m]) {
                highestJ[m] = jm;
            }
        }
    }

    /** Runs the step on {@link #row} with fills at mark times {@code exp(I / 2)}; leaves the step's I in impact. */
    private void execute(PathState s, int t) {
        journal.mark(s);
        Arrays.fill(s.fillFactor, 1.0);
        book.step(s, row, 0, t);
        if (!impactOfFlow(s.flow)) {
            return; // no flow: no impact, and the fills at mark were right
        }
        for (int run = 1; ; run++) {
            for (int m = 0; m < markets; m++) {
                s.fillFactor[m] = Math.exp(0.5 * impact[m]);
            }
            journal.rollback(s);
            book.step(s, row, 0, t);
            System.arraycopy(impact, 0, previousImpact, 0, markets);
            impactOfFlow(s.flow);
            if (Arrays.equals(impact, previousImpact)) {
                return;
            }
            if (run == maxRounds) {
                cappedSteps++;
                return;
            }
        }
    }

    /** Writes each market's impact of {@code flow} into {@link #impact}; true when some impact is not zero. */
    private boolean impactOfFlow(double[] flow) {
        boolean any = false;
        for (int m = 0; m < markets; m++) {
            final double q = flow[m];
            final double i;
            if (q == 0.0) {
                i = 0.0;
            } else if (squareRoot) {
                // I = -sign(Q) Y sigma_d sqrt(|Q| / V): longs sold (Q > 0) push the price down
                i = q > 0 ? -scale[m] * Math.sqrt(q * inverseVolume[m]) : scale[m] * Math.sqrt(-q * inverseVolume[m]);
            } else {
                i = -lambda[m] * q;
            }
            impact[m] = i;
            any |= i != 0.0;
        }
        return any;
    }

    /** The price row of the last step (or round) run: exogenous times {@code exp(J)}; the live array, read only. */
    public double[] rowUnsafe() {
        return row;
    }

    /** The impact state {@code J} of market column {@code m} now (log price). */
    public double impactState(int m) {
        return j[m];
    }

    /**
     * The largest impact-driven price move of market column {@code m} over the path so far: the largest
     * {@code |exp(J) - 1|} among the prices used, a fraction of the exogenous price (0.05: 5% away from it).
     */
    public double maxImpact(int m) {
        return Math.max(Math.expm1(highestJ[m]), -Math.expm1(lowestJ[m]));
    }

    /** Steps of the path so far where {@code max_rounds} stopped the rounds or the fill fixed point. */
    public int cappedSteps() {
        return cappedSteps;
    }
}
