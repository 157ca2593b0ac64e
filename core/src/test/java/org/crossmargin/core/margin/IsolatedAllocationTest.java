package org.crossmargin.core.margin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crossmargin.core.Fixtures;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.MarketIndex;
import org.junit.jupiter.api.Test;

class IsolatedAllocationTest {
    private static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH");
    private static final Venue VENUE = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005),
            "ETH", Fixtures.flat(0.05, 0.005)), 0.05, 0, LiquidationRules.full(0, 0));
    private static final MarketBinding BINDING = VENUE.bind(MARKETS);
    private static final double[] START = {1.0, 64_000, 3_200};

    @Test
    void positionsWithoutExplicitMarginShareTheCollateralProRataToInitialMargin() {
        Account account = Fixtures.isolated("A1", 12_000, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -20, 3_200));
        // IM: BTC 0.1 * 64,000 = 6,400; ETH 0.05 * 64,000 = 3,200; total 9,600
        // shares: 12,000 * 6,400 / 9,600 = 8,000 and 12,000 * 3,200 / 9,600 = 4,000; no free balance
        IsolatedAllocation allocation = IsolatedAllocation.of(account, BINDING, START);
        assertEquals(8_000.0, allocation.margin(0), 1e-9);
        assertEquals(4_000.0, allocation.margin(1), 1e-9);
        assertEquals(0.0, allocation.freeBalance(), 0.0);
    }

    @Test
    void explicitMarginsAreHonouredAndTheRestIsShared() {
        Account account = Fixtures.isolated("A1", 12_000, Position.isolated("BTC", 1, 64_000, 2_000),
                Position.of("ETH", -20, 3_200));
        // pool = 12,000 - 2,000 = 10,000, all to the only position without an explicit margin
        IsolatedAllocation allocation = IsolatedAllocation.of(account, BINDING, START);
        assertEquals(List.of(2_000.0, 10_000.0), allocation.margins());
        assertEquals(0.0, allocation.freeBalance(), 0.0);
    }

    @Test
    void whenEveryPositionIsExplicitTheRestIsFreeBalance() {
        Account account = new Account("A1", MarginMode.ISOLATED,
                List.of(new Collateral("USDT", 5_000), new Collateral("BTC", 0.1)),
                List.of(Position.isolated("BTC", 1, 64_000, 2_000)));
        // collateral value at start: 5,000 + 0.1 * 0.95 * 64,000 = 11,080; free = 11,080 - 2,000 = 9,080
        IsolatedAllocation allocation = IsolatedAllocation.of(account, BINDING, START);
        assertEquals(9_080.0, allocation.freeBalance(), 1e-9);
    }

    @Test
    void anAccountWithoutPositionsKeepsEverythingAsFreeBalance() {
        IsolatedAllocation allocation = IsolatedAllocation.of(Fixtures.isolated("A1", 7_000), BINDING, START);
        assertEquals(List.of(), allocation.margins());
        assertEquals(7_000.0, allocation.freeBalance(), 0.0);
    }

    @Test
    void explicitMarginsAboveTheCollateralAreRejected() {
        Account account = Fixtures.isolated("A1", 1_000, Position.isolated("BTC", 1, 64_000, 3_000),
                Position.of("ETH", -20, 3_200));
        // explicit 3,000 > collateral 1,000: isolated would risk 3,000 where cross risks 1,000 (DESIGN §3)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IsolatedAllocation.of(account, BINDING, START));
        assertTrue(e.getMessage().startsWith("isolated_margin: account A1"), e.getMessage());
    }

    @Test
    void explicitMarginsEqualToTheCollateralLeaveNothingForTheOthers() {
        Account account = Fixtures.isolated("A1", 3_000, Position.isolated("BTC", 1, 64_000, 3_000),
                Position.of("ETH", -20, 3_200));
        // pool = 3,000 - 3,000 = 0: ETH gets 0, free 0, BTC 3,000
        IsolatedAllocation allocation = IsolatedAllocation.of(account, BINDING, START);
        assertEquals(List.of(3_000.0, 0.0), allocation.margins());
        assertEquals(0.0, allocation.freeBalance(), 0.0);
    }

    @Test
    void zeroInitialRatesShareThePoolEqually() {
        Venue free = Fixtures.venue(Map.of("BTC", Fixtures.flat(0, 0), "ETH", Fixtures.flat(0, 0)), 0, 0,
                LiquidationRules.full(0, 0));
        Account account = Fixtures.isolated("A1", 9_000, Position.of("BTC", 1, 64_000), Position.of("ETH", 2, 3_200));
        // total IM 0: no pro rata possible, 9,000 / 2 each
        IsolatedAllocation allocation = IsolatedAllocation.of(account, free.bind(MARKETS), START);
        assertEquals(List.of(4_500.0, 4_500.0), allocation.margins());
    }

    @Test
    void crossEquityEqualsSumOfIsolatedEquitiesPlusFreeBalanceOnAHedgedAccount() {
        Account account = Fixtures.isolated("A1", 12_000, Position.isolated("BTC", 1, 64_000, 3_000),
                Position.of("ETH", -20, 3_200));
        IsolatedAllocation allocation = IsolatedAllocation.of(account, BINDING, START);
        IsolatedMargin isolated = IsolatedMargin.of(BINDING);
        double[] marks = {1.0, 60_000, 3_100};
        // cross: 12,000 - 4,000 + 2,000 = 10,000; isolated: (3,000 - 4,000) + (9,000 + 2,000) + 0 = 10,000
        double sum = isolated.equity(account.positions().get(0), allocation.margin(0), marks)
                + isolated.equity(account.positions().get(1), allocation.margin(1), marks) + allocation.freeBalance();
        assertEquals(10_000.0, sum, 1e-9);
        assertEquals(CrossMargin.of(BINDING).equity(account, marks), sum, 1e-9);
    }

    @Test
    void aCrossAccountSurvivesABtcFallThatLiquidatesTheBtcLegWhenSplitIsolated() {
        // 10,000 USDT, long 1 BTC at 64,000, short 20 ETH at 3,200; IM 10% and 5%: BTC 6,400, ETH 3,200
        Venue venue = Fixtures.venue(Map.of("BTC", Fixtures.flat(0.1, 0.005), "ETH", Fixtures.flat(0.1, 0.005)),
                0, 0, LiquidationRules.full(0, 0));
        MarketBinding binding = venue.bind(MARKETS);
        Account account = Fixtures.cross("A1", 10_000, Position.of("BTC", 1, 64_000),
                Position.of("ETH", -20, 3_200));
        double[] fall = {1.0, 57_600, 2_944}; // BTC -10%, ETH -8%
        // cross: equity 10,000 - 6,400 + 5,120 = 8,720 > MM 0.005 (57,600 + 58,880) = 582.4: survives
        assertEquals(8_720.0, CrossMargin.of(binding).equity(account, fall), 1e-9);
        assertEquals(false, CrossMargin.of(binding).isLiquidatable(account, fall));
        // isolated: equal IM, 5,000 each; BTC leg 5,000 - 6,400 = -1,400 <= 288: liquidated
        IsolatedAllocation allocation = IsolatedAllocation.of(account, binding, START);
        assertEquals(5_000.0, allocation.margin(0), 1e-9);
        assertEquals(true, IsolatedMargin.of(binding).isLiquidatable(account.positions().get(0), 5_000, fall));
    }
}
