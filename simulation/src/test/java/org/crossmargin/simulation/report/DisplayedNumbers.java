package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a number back from how the page prints it ({@code $149.5k}, {@code 41.0%}, {@code 24.00 h}, {@code 1,440})
 * and checks it shows {@code value} to the printed precision: within half a unit of the last printed digit.
 */
final class DisplayedNumbers {
    private DisplayedNumbers() {
    }

    static void assertShows(double value, String text, String what) {
        String s = text.trim();
        double scale = 1;
        double sign = 1;
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.startsWith("-")) {
            sign = -1;
            s = s.substring(1);
        }
        if (s.startsWith("$")) {
            s = s.substring(1);
        }
        if (s.endsWith(" pp")) {
            scale = 0.01; // percentage points
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("%")) {
            scale = 0.01;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith(" h")) {
            scale = 3600; // hours printed from seconds
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith(" s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("k")) {
            scale = 1e3;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("M")) {
            scale = 1e6;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("B")) {
            scale = 1e9;
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace(",", "");
        int dot = s.indexOf('.');
        int decimals = dot < 0 ? 0 : s.length() - dot - 1;
        double shown = sign * Double.parseDouble(s) * scale;
        double halfUnit = 0.5 * Math.pow(10, -decimals) * scale;
        assertTrue(Math.abs(shown - value) <= halfUnit + 1e-9 * Math.abs(value),
                what + ": page shows \"" + text + "\" for " + value);
    }
}
