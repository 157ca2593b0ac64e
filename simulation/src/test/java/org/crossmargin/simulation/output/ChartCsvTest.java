package org.crossmargin.simulation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

/** The chart files' headers (docs/outputs.md) and number formatting. */
class ChartCsvTest {

    @Test
    void timeseriesRowsFollowTheHeaderAndLeaveNaNEmpty() throws Exception {
        StringWriter out = new StringWriter();
        try (TimeseriesCsv csv = TimeseriesCsv.open(out)) {
            csv.row(RunMode.ISOLATED, 60, 1.0, new double[] {0.1, 0.25, Double.NaN},
                    new double[] {4.5e6, 5e6, 5.0e6}, 0.5);
        }
        assertEquals("mode,step,hours,utilisation_p05,utilisation_p50,utilisation_p95,fund_p05,fund_p50,fund_p95,"
                + "liquidated_accounts_mean\n"
                + "isolated,60,1.0,0.1,0.25,,4500000.0,5000000.0,5000000.0,0.5\n", out.toString());
    }

    @Test
    void timeseriesRowsNeedThreeQuantilesEach() throws Exception {
        try (TimeseriesCsv csv = TimeseriesCsv.open(new StringWriter())) {
            assertThrows(IllegalArgumentException.class,
                    () -> csv.row(RunMode.CROSS, 0, 0.0, new double[] {0.1, 0.2}, new double[3], 0.0));
        }
    }

    @Test
    void priceFanAndShocksHaveTheContractHeaders() throws Exception {
        StringWriter fan = new StringWriter();
        try (PriceFanCsv csv = PriceFanCsv.open(fan)) {
            csv.row("BTC", 0, 0.0, 64000, 64000, 64000);
        }
        assertEquals("market,step,hours,p01,p50,p99\nBTC,0,0.0,64000.0,64000.0,64000.0\n", fan.toString());
        StringWriter shocks = new StringWriter();
        try (ShocksCsv csv = ShocksCsv.open(shocks)) {
            csv.row("BTC", 2.0, 2.25, -0.30); // DESIGN §8: at 2h, over 15m, -30%
        }
        assertEquals("market,start_hours,end_hours,move\nBTC,2.0,2.25,-0.3\n", shocks.toString());
    }
}
