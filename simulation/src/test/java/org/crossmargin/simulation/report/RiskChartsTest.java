package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class RiskChartsTest {
    @Test
    void complementaryCdfSkipsZerosAndTiesAndTheImpossibleTop() {
        // sorted {0, 0, 5, 5, 10}, n = 5: P(X > 5) = 1/5 (only 10 is above), P(X > 10) = 0 is not drawable on a
        // log scale; the zeros are no bad debt at all
        ArrayNode points = RiskCharts.ccdf(new double[] {0, 0, 5, 5, 10});
        assertEquals("[[5.0,0.2]]", points.toString());
    }

    @Test
    void complementaryCdfOfDistinctValuesSteps() {
        // sorted {1, 2, 3, 4}: P(X > 1) = 3/4, P(X > 2) = 2/4, P(X > 3) = 1/4
        ArrayNode points = RiskCharts.ccdf(new double[] {1, 2, 3, 4});
        assertEquals("[[1.0,0.75],[2.0,0.5],[3.0,0.25]]", points.toString());
    }
}
