package org.crossmargin.simulation.report;

import java.util.Locale;

/**
 * The one-sentence reading of the cross-versus-isolated comparison that a committee member quotes: the relative
 * difference of mean shortfall, second mode against first, with its 95% interval.
 *
 * <p>Method: on the paired paths, {@code R = mean(second) / mean(first)} with the ratio estimator's delta-method
 * interval ({@link PathStatistics#ratioOfMeans}); the reading states {@code R - 1} ("63% more") and the interval
 * {@code [low - 1, high - 1]}. When the first mode left no bad debt the ratio is undefined and the sentence says so.
 */
final class PlainReading {
    private PlainReading() {
    }

    /** The sentence for {@code folder}, or an empty string when the run has one mode. */
    static String of(OutputFolder folder) {
        Summary summary = folder.summary();
        if (!summary.hasComparison()) {
            return "";
        }
        String first = summary.text("comparison.first", "");
        String second = summary.text("comparison.second", "");
        double[] x = folder.pathValues(first, PathRow::shortfall);
        double[] y = folder.pathValues(second, PathRow::shortfall);
        double meanFirst = PathStatistics.mean(x).estimate();
        double meanSecond = PathStatistics.mean(y).estimate();
        if (meanFirst == 0 && meanSecond == 0) {
            return "Neither mode left bad debt on these paths.";
        }
        if (meanFirst == 0) {
            return String.format(Locale.ROOT, "%s leaves the venue %s of bad debt per path on average where %s "
                    + "leaves none on these paths.", capitalised(second), Formats.money(meanSecond), first);
        }
        Interval ratio = PathStatistics.ratioOfMeans(x, y);
        double relative = ratio.estimate() - 1;
        double low = ratio.low() - 1;
        double high = ratio.high() - 1;
        String interval = "95% CI " + signedPercent(low) + " to " + signedPercent(high);
        if (relative == 0) {
            return String.format(Locale.ROOT, "%s and %s leave the venue the same bad debt on these paths (%s).",
                    capitalised(second), first, interval);
        }
        String direction = relative > 0 ? "more" : "less";
        String significance = low > 0 || high < 0 ? "" : "; the difference is not significant at 95%";
        return String.format(Locale.ROOT, "%s leaves the venue %s %s bad debt than %s on these paths, %s%s.",
                capitalised(second), Formats.percentMagnitude(relative), direction, first, interval, significance);
    }

    private static String signedPercent(double relative) {
        long rounded = Math.round(100 * relative);
        return (rounded > 0 ? "+" : "") + rounded + "%";
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
