package org.crossmargin.simulation.engine;

/**
 * Per-step aggregates of the reservoir paths (paths 0..R-1), for the report's fan charts: per mode the book's margin
 * utilisation (total maintenance margin / total equity of live units), the insurance fund and the cumulative
 * liquidated accounts, and the exogenous prices per market. Each reservoir path writes only its own slots, so the
 * content does not depend on the thread count.
 */
public final class Timeseries {
    private final SampledSteps samples;
    private final int reservoir;
    private final int markets;
    /** [mode][path * samples + sample]. */
    private final double[][] utilisation;
    private final double[][] fund;
    private final double[][] liquidatedAccounts;
    /** [(path * samples + sample) * markets + market]. */
    private final double[] prices;

    /** Storage for {@code modes} modes, {@code reservoir} paths, {@code markets} markets. */
    public Timeseries(SampledSteps samples, int modes, int reservoir, int markets) {
        this.samples = samples;
        this.reservoir = reservoir;
        this.markets = markets;
        final int cells = reservoir * samples.size();
        this.utilisation = new double[modes][cells];
        this.fund = new double[modes][cells];
        this.liquidatedAccounts = new double[modes][cells];
        this.prices = new double[cells * markets];
    }

    /** The sampled steps. */
    public SampledSteps samples() {
        return samples;
    }

    /** Number of reservoir paths. */
    public int reservoir() {
        return reservoir;
    }

    /** Records the aggregates of mode {@code mode}, path {@code path}, sample {@code sample}. */
    void record(int mode, int path, int sample, double utilisationValue, double fundValue, int liquidated) {
        final int cell = path * samples.size() + sample;
        utilisation[mode][cell] = utilisationValue;
        fund[mode][cell] = fundValue;
        liquidatedAccounts[mode][cell] = liquidated;
    }

    /** Records the exogenous prices of reservoir path {@code path} from its price rows. */
    void recordPrices(int path, double[] priceRows) {
        for (int i = 0; i < samples.size(); i++) {
            System.arraycopy(priceRows, samples.step(i) * markets, prices,
                    (path * samples.size() + i) * markets, markets);
        }
    }

    /** Utilisation of mode {@code mode} at sample {@code sample} over the reservoir paths (a fresh array). */
    public double[] utilisationAt(int mode, int sample) {
        return column(utilisation[mode], sample);
    }

    /** Insurance fund of mode {@code mode} at sample {@code sample} over the reservoir paths. */
    public double[] fundAt(int mode, int sample) {
        return column(fund[mode], sample);
    }

    /** Cumulative liquidated accounts of mode {@code mode} at sample {@code sample} over the reservoir paths. */
    public double[] liquidatedAccountsAt(int mode, int sample) {
        return column(liquidatedAccounts[mode], sample);
    }

    /** Exogenous price of market {@code market} at sample {@code sample} over the reservoir paths. */
    public double[] priceAt(int market, int sample) {
        double[] values = new double[reservoir];
        for (int p = 0; p < reservoir; p++) {
            values[p] = prices[(p * samples.size() + sample) * markets + market];
        }
        return values;
    }

    private double[] column(double[] cells, int sample) {
        double[] values = new double[reservoir];
        for (int p = 0; p < reservoir; p++) {
            values[p] = cells[p * samples.size() + sample];
        }
        return values;
    }
}
