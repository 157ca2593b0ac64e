package org.crossmargin.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.crossmargin.simulation.stats.Amplification;
import org.crossmargin.simulation.stats.CascadeSummary;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.ImpactMove;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedDifference;

/**
 * The verdict table printed at the end of a run (DESIGN §9): one row per mode with P(any liquidation), mean
 * liquidated accounts, shortfall mean ± standard error, shortfall VaR and ES at 99% and P(fund exhausted), then one
 * line per paired difference of the first two modes. Money in quote currency with thousands separators and no
 * decimals, probabilities as percents with two decimals, plain text in aligned columns.
 */
public final class VerdictTable {
    private static final String[] HEADER = {"mode", "P(any liq.)", "mean liq. accounts", "shortfall mean ± se",
        "VaR 99", "ES 99", "P(fund exhausted)"};

    private VerdictTable() {
    }

    /**
     * The table as text, lines ending in {@code \n}.
     *
     * @param modes      the modes' summaries in run order
     * @param comparison the first two modes' comparison, or null for a one-mode run
     */
    public static String render(List<ModeSummary> modes, Comparison comparison) {
        return render(modes, comparison, List.of());
    }

    /**
     * The table, then with market impact one amplification line per mode: what impact added to the same paths run
     * without it (mean ± standard error, VaR 99) and the largest impact-driven price moves (mean, p99).
     *
     * @param cascades per mode in run order; empty when impact was off
     */
    public static String render(List<ModeSummary> modes, Comparison comparison, List<CascadeSummary> cascades) {
        final List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ModeSummary m : modes) {
            rows.add(new String[] {m.mode().label(), percent(m.anyLiquidationProbability()),
                decimal(m.liquidatedAccounts().mean()),
                money(m.shortfall().mean()) + " ± " + money(m.shortfall().stdError()),
                money(m.shortfall().var99()), money(m.shortfall().es99()),
                percent(m.insuranceFundExhaustedProbability())});
        }
        final StringBuilder out = new StringBuilder();
        appendAligned(out, rows);
        if (comparison != null) {
            out.append('\n');
            final String first = comparison.first().label();
            final String second = comparison.second().label();
            final String prefix = first + " - " + second + ": ";
            out.append(prefix).append(line("shortfall", comparison.shortfall(), first, second,
                    VerdictTable::money));
            out.append(prefix).append(line("liquidated accounts", comparison.liquidatedAccounts(), first, second,
                    VerdictTable::decimal));
            out.append(prefix).append(line("user loss", comparison.userLoss(), first, second, VerdictTable::money));
            out.append(prefix).append(line("P(fund exhausted)", comparison.fundExhausted(), first, second,
                    VerdictTable::percent));
        }
        if (!cascades.isEmpty()) {
            out.append('\n');
        }
        for (CascadeSummary c : cascades) {
            out.append(amplificationLine(c));
        }
        return out.toString();
    }

    /**
     * {@code cascade (cross): impact adds 1.20 ± 0.10 liquidated accounts (VaR 99 5.00), shortfall 1,234 ± 56
     * (VaR 99 9,000), liquidated notional ...; largest impact move BTC 1.20% mean, 3.40% p99}.
     */
    static String amplificationLine(CascadeSummary c) {
        final StringBuilder line = new StringBuilder("cascade (").append(c.mode().label()).append("): impact adds ")
                .append(amplification(c.extraLiquidatedAccounts(), VerdictTable::decimal))
                .append(" liquidated accounts, shortfall ")
                .append(amplification(c.extraShortfall(), VerdictTable::money))
                .append(", liquidated notional ")
                .append(amplification(c.extraLiquidatedNotional(), VerdictTable::money));
        String separator = "; largest impact move ";
        for (ImpactMove move : c.maxImpact()) {
            line.append(separator).append(move.market()).append(' ').append(percent(move.mean())).append(" mean, ")
                    .append(percent(move.p99())).append(" p99");
            separator = ", ";
        }
        if (c.cappedPaths() > 0) {
            line.append("; max_rounds reached on ").append(c.cappedPaths()).append(" of ").append(c.paths())
                    .append(" paths");
        }
        return line.append('\n').toString();
    }

    private static String amplification(Amplification a, DoubleFunction<String> format) {
        return format.apply(a.mean()) + " ± " + format.apply(a.stdError()) + " (VaR 99 " + format.apply(a.var99())
                + ")";
    }

    private static String line(String what, PairedDifference d, String first, String second,
                               DoubleFunction<String> format) {
        return what + " " + format.apply(d.mean()) + " ± " + format.apply(d.stdError()) + " (95% CI "
                + format.apply(d.ciLow()) + " to " + format.apply(d.ciHigh()) + "); P(" + first + " worse) "
                + percent(d.probabilityFirstWorse()) + ", P(" + second + " worse) "
                + percent(d.probabilitySecondWorse()) + "\n";
    }

    private static void appendAligned(StringBuilder out, List<String[]> rows) {
        final int columns = HEADER.length;
        final int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            final StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                final String pad = " ".repeat(width[c] - row[c].length());
                // The mode names read left-aligned; numbers right-aligned so their digits line up.
                line.append(c == 0 ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Quote currency, no decimals, thousands separators: {@code -1,234}; NaN as {@code n/a}. */
    static String money(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        final String text = String.format(Locale.ROOT, "%,.0f", value);
        return text.equals("-0") ? "0" : text; // a tiny negative rounds to -0: show it as 0
    }

    /** Two decimals with thousands separators: {@code 12.10}; NaN as {@code n/a}. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        final String text = String.format(Locale.ROOT, "%,.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    /** A probability as a percent with two decimals: {@code 0.123} is {@code 12.30%}; NaN as {@code n/a}. */
    static String percent(double probability) {
        if (!Double.isFinite(probability)) {
            return "n/a";
        }
        final String text = String.format(Locale.ROOT, "%.2f%%", probability * 100.0);
        return text.equals("-0.00%") ? "0.00%" : text;
    }
}
