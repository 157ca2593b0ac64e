package org.crossmargin.simulation.report;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How numbers read on the page: money in quote currency (USD) with a k/M/B suffix, probabilities in percent, counts
 * and hours with a fixed number of decimals. NaN (a statistic with no data) reads as an em dash.
 */
final class Formats {
    static final String NONE = "\u2014";

    /**
     * The locale the numbers are formatted in. The page is locale-neutral ({@link Locale#ROOT}: {@code 1,234.5}), but
     * {@link java.util.Formatter} builds a fresh {@code DecimalFormat} (pattern parsing included) for every
     * {@code %,f} in any locale other than {@link Locale#US}, for which it hard-codes {@code ','} and groups of 3:
     * that was the report's largest single cost (about 2,000 axis labels). US is used only when its symbols are the
     * ROOT ones on this JDK, so the bytes are the same either way.
     */
    static final Locale LOCALE = sameSymbols(Locale.US, Locale.ROOT) ? Locale.US : Locale.ROOT;
    /** {@code %,.0f} to {@code %,.3f}: the patterns, built once. */
    private static final String[] GROUPED = {"%,.0f", "%,.1f", "%,.2f", "%,.3f"};

    private Formats() {
    }

    /** Money, quote currency: {@code $0}, {@code $950}, {@code $149.5k}, {@code $17.76M}, {@code -$1.20B}. */
    static String money(double amount) {
        if (Double.isNaN(amount)) {
            return NONE;
        }
        String sign = amount < 0 ? "-" : "";
        double a = Math.abs(amount);
        if (a >= 1e9) {
            return sign + "$" + fixed(a / 1e9, 2) + "B";
        }
        if (a >= 1e6) {
            return sign + "$" + fixed(a / 1e6, 2) + "M";
        }
        if (a >= 1e4) {
            return sign + "$" + fixed(a / 1e3, 1) + "k";
        }
        return sign + "$" + fixed(a, 0);
    }

    /** A probability as a percentage: 2 decimals below 1%, else 1 ({@code 0.25%}, {@code 41.0%}, {@code 0%}). */
    static String probability(double p) {
        if (Double.isNaN(p)) {
            return NONE;
        }
        if (p == 0) {
            return "0%";
        }
        return fixed(100 * p, Math.abs(p) < 0.01 ? 2 : 1) + "%";
    }

    /** A plain decimal with {@code digits} decimals ({@code 16.87}); thousands separated for readability. */
    static String decimal(double x, int digits) {
        return Double.isNaN(x) ? NONE : fixed(x, digits);
    }

    /** Hours with two decimals: {@code 1.63 h}. */
    static String hours(double h) {
        return Double.isNaN(h) ? NONE : fixed(h, 2) + " h";
    }

    /** A relative change as a whole percentage without sign: {@code 29%}. */
    static String percentMagnitude(double relative) {
        return fixed(Math.abs(100 * relative), 0) + "%";
    }

    private static String fixed(double x, int digits) {
        String pattern = digits >= 0 && digits < GROUPED.length ? GROUPED[digits] : "%,." + digits + "f";
        return String.format(LOCALE, pattern, x);
    }

    /** Whether {@code a} and {@code b} format {@code %,.Nf} alike: the symbols and grouping Formatter reads. */
    static boolean sameSymbols(Locale a, Locale b) {
        DecimalFormatSymbols x = DecimalFormatSymbols.getInstance(a);
        DecimalFormatSymbols y = DecimalFormatSymbols.getInstance(b);
        return x.getZeroDigit() == y.getZeroDigit() && x.getDecimalSeparator() == y.getDecimalSeparator()
                && x.getGroupingSeparator() == y.getGroupingSeparator() && x.getMinusSign() == y.getMinusSign()
                && groupingSize(a) == groupingSize(b) && groupingSize(b) == 3 && y.getGroupingSeparator() == ','
                && y.getDecimalSeparator() == '.';
    }

    private static int groupingSize(Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format instanceof java.text.DecimalFormat d ? d.getGroupingSize() : -1;
    }
}
