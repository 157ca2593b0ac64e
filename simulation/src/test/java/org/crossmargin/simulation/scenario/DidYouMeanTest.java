package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void measuresLevenshteinDistance() {
        assertEquals(3, DidYouMean.distance("kitten", "sitting")); // k->s, e->i, +g: the textbook example
        assertEquals(1, DidYouMean.distance("volatilty", "volatility")); // one dropped letter
        assertEquals(0, DidYouMean.distance("drift", "drift"));
        assertEquals(5, DidYouMean.distance("", "drift"));
    }

    @Test
    void suggestsTheClosestKeyWithinTwoEdits() {
        List<String> keys = List.of("price", "volatility", "drift");

        assertEquals(Optional.of("volatility"), DidYouMean.suggest("volatilty", keys));
        assertEquals(Optional.of("drift"), DidYouMean.suggest("drfit", keys)); // two substitutions
        assertEquals(Optional.empty(), DidYouMean.suggest("mean", keys));
    }

    @Test
    void writesTheUnknownKeyMessageOfTheBrief() {
        assertEquals("unknown key; did you mean \"volatility\"? expected one of price, volatility, drift",
                DidYouMean.unknown("key", "volatilty", List.of("price", "volatility", "drift")));
        assertEquals("unknown key; expected one of price, volatility, drift",
                DidYouMean.unknown("key", "colour", List.of("price", "volatility", "drift")));
    }
}
