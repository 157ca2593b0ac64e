package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} is {1} seconds")
    @CsvSource({"30s, 30", "15m, 900", "2h, 7200", "1d, 86400", "0s, 0", "90m, 5400", "365d, 31536000"})
    void readsWholeNumbersOfSecondsMinutesHoursAndDays(String text, long seconds) {
        assertEquals(seconds, Durations.parseSeconds(text)); // m = 60 s, h = 3600 s, d = 86400 s
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"1.5h", "90", "1w", "-1m", "", "h", "2 h", "1D", "1e3s"})
    void rejectsAnythingButAWholeNumberAndAUnit(String text) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Durations.parseSeconds(text));

        assertEquals("expected a duration: a whole number followed by s, m, h or d (30s, 15m, 2h, 1d), got \""
                + text + "\"", thrown.getMessage());
    }

    @Test
    void rejectsADurationTooLongForALong() {
        // 999,999,999,999,999 days * 86,400 s = 8.64e19 > Long.MAX_VALUE = 9.22e18.
        assertThrows(IllegalArgumentException.class, () -> Durations.parseSeconds("999999999999999d"));
    }

    @Test
    void formatsInTheLargestExactUnit() {
        assertEquals("2h", Durations.format(7_200));
        assertEquals("1d", Durations.format(86_400));
        assertEquals("90s", Durations.format(90));
        assertEquals("7m", Durations.format(420));
        assertEquals("0s", Durations.format(0));
    }
}
