package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void moneyReadsInThousandsMillionsAndBillions() {
        assertEquals("$0", Formats.money(0));
        assertEquals("$950", Formats.money(949.6));
        assertEquals("$9,999", Formats.money(9_999.4));
        assertEquals("$149.5k", Formats.money(149_488.94));
        assertEquals("$17.76M", Formats.money(17_759_524.5));
        assertEquals("-$1.20B", Formats.money(-1_204_000_000));
        assertEquals("\u2014", Formats.money(Double.NaN));
    }

    @Test
    void probabilitiesReadInPercentWithMoreDigitsBelowOnePercent() {
        assertEquals("0%", Formats.probability(0));
        assertEquals("0.25%", Formats.probability(0.0025));
        assertEquals("41.0%", Formats.probability(0.41));
        assertEquals("100.0%", Formats.probability(1));
    }

    @Test
    void hoursAndDecimalsUseADotWhateverTheLocale() {
        assertEquals("1.63 h", Formats.hours(1.6262916));
        assertEquals("1,440", Formats.decimal(1440, 0));
        assertEquals("29%", Formats.percentMagnitude(-0.2930));
    }

    @Test
    void fastLocaleFormatsEveryNumberAsTheRootLocaleDoes() {
        // Formats uses Locale.US only because its output equals Locale.ROOT's: check that on this JDK, over signs,
        // magnitudes from 1e-4 to 1e15 (1 to 5 groups), halves that round, -0.0, NaN and the infinities.
        assertEquals(Locale.US, Formats.LOCALE);
        SplittableRandom random = new SplittableRandom(20240601);
        double[] fixed = {0.0, -0.0, 0.05, -0.05, 0.125, 1.005, 999.5, 999_999.95, -1_234_567.891, 1e15,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < 20_000 + fixed.length; i++) {
            double x = i < fixed.length ? fixed[i]
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-4, 16));
            for (int digits = 0; digits <= 3; digits++) {
                String expected = String.format(Locale.ROOT, "%,." + digits + "f", x);
                assertEquals(Double.isNaN(x) ? Formats.NONE : expected, Formats.decimal(x, digits), "x = " + x);
            }
        }
    }
}
