package org.crossmargin.simulation.report;

import java.util.Locale;

/**
 * How numbers read on the page: money in quote currency (USD) with a k/M/B suffix, probabilities in percent, counts
 * and hours with a fixed number of decimals. NaN (a statistic with no data) reads as an em dash.
 */
final class Formats {
    static final String NONE = "\u2014";

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
        return Double.isNaN(x) ? NONE : String.format(Locale.ROOT, "%,." + digits + "f", x);
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
        return String.format(Locale.ROOT, "%,." + digits + "f", x);
    }
}
