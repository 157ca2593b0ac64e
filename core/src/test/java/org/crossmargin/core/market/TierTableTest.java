package org.crossmargin.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crossmargin.core.Fixtures;
import org.junit.jupiter.api.Test;

class TierTableTest {
    private static final double CENT = 1e-6;

    @Test
    void binance2024BracketsGiveMaintenanceAmountsZeroFiftyNineHundredFiftyElevenThousandFourHundredFifty() {
        TierTable table = Fixtures.btc2024();
        // cum_1 = 0; cum_2 = 0 + 50,000 (0.005 - 0.004) = 50; cum_3 = 50 + 600,000 (0.0065 - 0.005) = 950;
        // cum_4 = 950 + 3,000,000 (0.01 - 0.0065) = 11,450
        assertEquals(0.0, table.maintenanceAmount(0), CENT);
        assertEquals(50.0, table.maintenanceAmount(1), CENT);
        assertEquals(950.0, table.maintenanceAmount(2), CENT);
        assertEquals(11_450.0, table.maintenanceAmount(3), CENT);
    }

    @Test
    void binance2024BracketsGiveMaintenanceOfFiveThousandFiveHundredFiftyAtOneMillion() {
        // 1,000,000 lies in tier 3 (600k, 3M]: MM = 1,000,000 * 0.0065 - 950 = 5,550. The 6,950 is given by
        // no table with these amounts (see the report); the published table gives 5,550.
        assertEquals(5_550.0, Fixtures.btc2024().maintenanceMargin(1_000_000), CENT);
    }

    @Test
    void binance2021BracketsGiveTheFaqAmountOfSixteenThousandThreeHundred() {
        TierTable table = Fixtures.btc2021();
        // cum: 0; 50,000 * 0.001 = 50; 50 + 250,000 * 0.005 = 1,300; 1,300 + 1,000,000 * 0.015 = 16,300
        assertEquals(50.0, table.maintenanceAmount(1), CENT);
        assertEquals(1_300.0, table.maintenanceAmount(2), CENT);
        assertEquals(16_300.0, table.maintenanceAmount(3), CENT);
        // 1,000,000 is the top of tier 3: 1,000,000 * 0.01 - 1,300 = 8,700
        assertEquals(8_700.0, table.maintenanceMargin(1_000_000), CENT);
    }

    @Test
    void initialAmountsMakeInitialMarginContinuousAtEveryCap() {
        TierTable table = Fixtures.btc2024();
        for (int k = 0; k < table.tierCount() - 1; k++) {
            double cap = table.cap(k);
            // just above the cap the next tier applies; both sides agree at the cap itself
            double below = cap * table.initialRate(k) - table.initialAmount(k);
            double above = cap * table.initialRate(k + 1) - table.initialAmount(k + 1);
            assertEquals(below, above, 1e-6, "initial margin at cap " + cap);
        }
        // IM(100,000) = 100,000 * 0.01 - 50,000 (0.01 - 0.008) = 1,000 - 100 = 900
        assertEquals(900.0, table.initialMargin(100_000), CENT);
    }

    @Test
    void notionalAboveTheLastCapUsesTheLastTier() {
        // 20,000,000 > 12M: last tier, 20,000,000 * 0.01 - 11,450 = 188,550
        assertEquals(188_550.0, Fixtures.btc2024().maintenanceMargin(20_000_000), CENT);
        assertEquals(3, Fixtures.btc2024().tierIndex(20_000_000));
    }

    @Test
    void aNotionalExactlyAtACapBelongsToTheLowerTier() {
        assertEquals(0, Fixtures.btc2024().tierIndex(50_000));
        assertEquals(1, Fixtures.btc2024().tierIndex(50_000.01));
        // 50,000 * 0.004 = 200 from tier 1; tier 2 gives 50,000 * 0.005 - 50 = 200 too
        assertEquals(200.0, Fixtures.btc2024().maintenanceMargin(50_000), CENT);
    }

    @Test
    void aShortCrossingFromTierTwoToTierThreeOnAPumpUsesTierThreeRates() {
        TierTable table = Fixtures.btc2024();
        // short 10 BTC: at 50,000 notional 500,000 (tier 2): 500,000 * 0.005 - 50 = 2,450
        assertEquals(2_450.0, table.maintenanceMargin(10 * 50_000.0), CENT);
        // pump to 65,000: notional 650,000 (tier 3): 650,000 * 0.0065 - 950 = 3,275 (tier 2's would be 3,200)
        assertEquals(3_275.0, table.maintenanceMargin(10 * 65_000.0), CENT);
    }

    @Test
    void ratesThatFallWithNotionalAreRejectedNamingTheTier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TierTable.of(new Tier(1000, 0.02, 0.01), new Tier(2000, 0.02, 0.005)));
        assertEquals("tiers[1].maintenance_rate: expected at least 0.01 (rates may not fall as notional grows), "
                + "got 0.005", e.getMessage());
        IllegalArgumentException initial = assertThrows(IllegalArgumentException.class,
                () -> TierTable.of(new Tier(1000, 0.02, 0.01), new Tier(2000, 0.015, 0.01)));
        assertTrue(initial.getMessage().startsWith("tiers[1].initial_rate"), initial.getMessage());
    }

    @Test
    void capsThatDoNotAscendAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TierTable.of(new Tier(2000, 0.02, 0.01), new Tier(2000, 0.02, 0.01)));
        assertEquals("tiers[1].max_notional: expected above 2000.0 (caps ascend), got 2000.0", e.getMessage());
    }

    @Test
    void anEmptyTableIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TierTable(java.util.List.of()));
    }
}
