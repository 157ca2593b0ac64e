package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Wilson (1927) score intervals against hand computation with z = 1.959964, z² = 3.841458881296. */
class WilsonIntervalTest {

    @Test
    void zeroOfTenStartsAtZeroAndEndsAtZSquaredOverNPlusZSquared() {
        // p = 0: centre = (z²/2n)/(1 + z²/n) and half = (z/(1 + z²/n)) * (z/2n) = centre, so low = 0 and
        // high = 2 * centre = (z²/n)/(1 + z²/n) = 0.3841458881296 / 1.3841458881296 = 0.2775328030260577.
        WilsonInterval interval = WilsonInterval.of(0, 10);
        assertEquals(0.0, interval.low(), 0.0);
        assertEquals(0.2775328030260577, interval.high(), 1e-15);
    }

    @Test
    void fiveOfTenIsSymmetricAboutOneHalf() {
        // p = 0.5: centre = (0.5 + 0.1920729)/(1.3841459) = 0.5; half = z/1.3841459 * sqrt(0.025 + 3.8414589/400)
        // = 1.4160111 * sqrt(0.0346036) = 0.2634069109885206, so [0.2365930890114794, 0.7634069109885206].
        WilsonInterval interval = WilsonInterval.of(5, 10);
        assertEquals(0.2365930890114794, interval.low(), 1e-15);
        assertEquals(0.7634069109885206, interval.high(), 1e-15);
    }

    @Test
    void tenOfTenMirrorsZeroOfTen() {
        // By the symmetry p -> 1 - p of the formula: [1 - 0.2775328030260577, 1].
        WilsonInterval interval = WilsonInterval.of(10, 10);
        assertEquals(1.0 - 0.2775328030260577, interval.low(), 1e-15);
        assertEquals(1.0, interval.high(), 0.0);
    }

    @Test
    void oneOfHundredHasTheTabulatedBounds() {
        // p = 0.01, n = 100: centre = (0.01 + 0.0192073)/1.0384146 = 0.0281268,
        // half = 1.8874592 * sqrt(0.000099 + 0.0000960365) = 0.0263594 -> [0.0017674, 0.0544862].
        WilsonInterval interval = WilsonInterval.of(1, 100);
        assertEquals(0.0017674320446096417, interval.low(), 1e-12);
        assertEquals(0.0544861967490067, interval.high(), 1e-12);
    }

    @Test
    void rejectsMoreSuccessesThanTrialsAndEmptySamples() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
    }

    @Test
    void rejectsBoundsOutsideTheUnitIntervalOrNaN() {
        assertThrows(IllegalArgumentException.class, () -> new WilsonInterval(0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new WilsonInterval(Double.NaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new WilsonInterval(0.1, 1.5));
    }
}
