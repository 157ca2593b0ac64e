package org.crossmargin.simulation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds the verdict cards: each headline measure per mode with its 95% interval, and the paired difference of the
 * first two modes. Point estimates come from summary.json (sourced figures); intervals that summary.json does not
 * carry are computed from paths.csv ({@link PathStatistics}).
 */
final class Verdicts {
    private final OutputFolder folder;
    private final Summary summary;
    private final List<String> modes;

    Verdicts(OutputFolder folder) {
        this.folder = folder;
        this.summary = folder.summary();
        this.modes = summary.modes();
    }

    /** The cards, in reading order. */
    List<VerdictCard> cards() {
        List<VerdictCard> cards = new ArrayList<>();
        cards.add(anyLiquidation());
        cards.add(meanCard("Mean liquidated accounts", "Accounts liquidated on a path, averaged over paths.",
                "liquidated_accounts", Verdicts::count, "liquidated_accounts", row -> row.liquidatedAccounts()));
        cards.add(meanCard("Shortfall (bad debt) per path", "What liquidations could not cover: the venue's loss.",
                "shortfall", Formats::money, "shortfall", PathRow::shortfall));
        cards.add(tailCard(0.99, "99"));
        cards.add(tailCard(0.999, "999"));
        cards.add(fundExhausted());
        cards.add(meanCard("Socialised loss per path", "Bad debt beyond the insurance fund: auto-deleveraged.",
                "socialised_loss", Formats::money, null, PathRow::socialisedLoss));
        return cards;
    }

    private VerdictCard anyLiquidation() {
        List<CardLine> lines = new ArrayList<>();
        for (String mode : modes) {
            String key = "modes." + mode + ".any_liquidation";
            lines.add(new CardLine(mode, sourced(key + "_probability", Formats::probability), null,
                    sourced(key + "_ci95.low", Formats::probability), sourced(key + "_ci95.high", Formats::probability)));
        }
        List<CardLine> differences = new ArrayList<>();
        if (compared()) {
            Interval d = PathStatistics.pairedDifference(
                    folder.pathValues(first(), row -> row.liquidatedAccounts() > 0 ? 1 : 0),
                    folder.pathValues(second(), row -> row.liquidatedAccounts() > 0 ? 1 : 0));
            differences.add(derivedLine(differenceLabel(), d, x -> signed(x, Verdicts::points)));
        }
        return new VerdictCard("P(any liquidation)", "Share of paths on which at least one account was liquidated.",
                lines, differences);
    }

    private VerdictCard fundExhausted() {
        List<CardLine> lines = new ArrayList<>();
        for (String mode : modes) {
            String key = "modes." + mode + ".insurance_fund_exhausted";
            lines.add(new CardLine(mode, sourced(key + "_probability", Formats::probability), null,
                    sourced(key + "_ci95.low", Formats::probability), sourced(key + "_ci95.high", Formats::probability)));
        }
        List<CardLine> differences = new ArrayList<>();
        if (compared()) {
            differences.add(comparisonLine("fund_exhausted", Verdicts::points));
        }
        return new VerdictCard("P(insurance fund exhausted)",
                "Share of paths on which some bad debt could not be absorbed by the fund.", lines, differences);
    }

    /** A mean with its standard error from summary.json; the difference from {@code comparison} or paths.csv. */
    private VerdictCard meanCard(String title, String note, String measure, DoubleFormat format, String compared,
                                 ToDoubleFunction<PathRow> column) {
        List<CardLine> lines = new ArrayList<>();
        for (String mode : modes) {
            String key = "modes." + mode + "." + measure;
            double mean = summary.number(key + ".mean");
            double half = PathStatistics.Z * summary.number(key + ".std_error");
            lines.add(new CardLine(mode, sourced(key + ".mean", format), sourced(key + ".std_error", format),
                    derived(mean - half, format), derived(mean + half, format)));
        }
        List<CardLine> differences = new ArrayList<>();
        if (compared() && compared != null) {
            differences.add(comparisonLine(compared, format));
        } else if (compared()) {
            Interval d = PathStatistics.pairedDifference(folder.pathValues(first(), column),
                    folder.pathValues(second(), column));
            differences.add(derivedLine(differenceLabel(), d, x -> signed(x, format)));
        }
        return new VerdictCard(title, note, lines, differences);
    }

    private VerdictCard tailCard(double q, String suffix) {
        String level = suffix.equals("99") ? "99%" : "99.9%";
        List<CardLine> lines = new ArrayList<>();
        for (String mode : modes) {
            double[] shortfall = folder.pathValues(mode, PathRow::shortfall);
            String key = "modes." + mode + ".shortfall.";
            Interval var = PathStatistics.valueAtRisk(shortfall, q);
            Interval es = PathStatistics.expectedShortfall(shortfall, q);
            lines.add(new CardLine(mode + " VaR", sourced(key + "var_" + suffix, Formats::money), null,
                    derived(var.low(), Formats::money), derived(var.high(), Formats::money)));
            lines.add(new CardLine(mode + " ES", sourced(key + "es_" + suffix, Formats::money), null,
                    derived(Math.max(es.low(), 0.0), Formats::money), derived(es.high(), Formats::money)));
        }
        List<CardLine> differences = new ArrayList<>();
        if (compared()) {
            Interval d = PathStatistics.expectedShortfallDifference(folder.pathValues(first(), PathRow::shortfall),
                    folder.pathValues(second(), PathRow::shortfall), q);
            differences.add(derivedLine(differenceLabel() + " ES", d, x -> signed(x, Formats::money)));
        }
        return new VerdictCard("Shortfall VaR / ES " + level,
                "VaR: the loss exceeded on " + (suffix.equals("99") ? "1 path in 100" : "1 path in 1,000")
                        + "; ES: the mean of those worst paths.", lines, differences);
    }

    private CardLine comparisonLine(String measure, DoubleFormat format) {
        String key = "comparison." + measure + ".";
        DoubleFormat signedFormat = x -> signed(x, format);
        return new CardLine(differenceLabel(), sourced(key + "mean", signedFormat), sourced(key + "std_error", format),
                sourced(key + "ci_low", signedFormat), sourced(key + "ci_high", signedFormat));
    }

    private static CardLine derivedLine(String label, Interval d, DoubleFormat format) {
        return new CardLine(label, derived(d.estimate(), format), null, derived(d.low(), format),
                derived(d.high(), format));
    }

    /** A figure showing the summary.json value at {@code key}, naming the key. */
    Figure sourced(String key, DoubleFormat format) {
        JsonNode node = summary.node(key);
        double value = node.isNumber() ? node.doubleValue() : Double.NaN;
        return new Figure(key, node.isNumber() ? node.asText() : "null", format.apply(value));
    }

    private static Figure derived(double value, DoubleFormat format) {
        return Figure.derived(value, format.apply(value));
    }

    private boolean compared() {
        return summary.hasComparison();
    }

    private String first() {
        return summary.text("comparison.first", modes.get(0));
    }

    private String second() {
        return summary.text("comparison.second", modes.get(Math.min(1, modes.size() - 1)));
    }

    private String differenceLabel() {
        return first() + " \u2212 " + second();
    }

    private static String count(double x) {
        return Formats.decimal(x, 2);
    }

    /** A difference of probabilities in percentage points (callers add the sign where it is a difference). */
    private static String points(double x) {
        return Double.isNaN(x) ? Formats.NONE : Formats.decimal(100 * x, 2) + " pp";
    }

    private static String signed(double x, DoubleFormat format) {
        return (x > 0 ? "+" : "") + format.apply(x);
    }

    /** A number formatter (a named type keeps the signatures readable). */
    @FunctionalInterface
    interface DoubleFormat {
        String apply(double value);
    }
}
