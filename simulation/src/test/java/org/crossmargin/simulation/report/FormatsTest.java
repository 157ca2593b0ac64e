package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
