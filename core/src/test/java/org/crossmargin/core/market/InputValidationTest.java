package org.crossmargin.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad values are rejected with a message naming the field and the value. */
class InputValidationTest {

    private static String message(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    @Test
    void negativeCapIsRejected() {
        assertEquals("max_notional: expected a finite number > 0, got -50000.0",
                message(() -> new Tier(-50_000, 0.01, 0.005)));
    }

    @Test
    void ratesOutsideZeroToOneAreRejected() {
        assertEquals("maintenance_rate: expected a rate in [0, 1], got -0.001",
                message(() -> new Tier(1000, 0.01, -0.001)));
        assertEquals("initial_rate: expected a rate in [0, 1], got 1.5", message(() -> new Tier(1000, 1.5, 0.01)));
    }

    @Test
    void nanIsRejectedEverywhere() {
        assertEquals("max_notional: expected a finite number > 0, got NaN",
                message(() -> new Tier(Double.NaN, 0.01, 0.005)));
        assertEquals("initial_rate: expected a rate in [0, 1], got NaN",
                message(() -> new Tier(1000, Double.NaN, 0.005)));
        assertEquals("entry_price: expected a finite number > 0, got NaN",
                message(() -> Position.of("BTC", 1, Double.NaN)));
        assertEquals("haircut: expected a fraction in [0, 1), got NaN",
                message(() -> new CollateralRule("BTC", Double.NaN)));
    }

    @Test
    void maintenanceAboveInitialIsRejected() {
        assertEquals("maintenance_rate: expected at most initial_rate 0.01, got 0.02",
                message(() -> new Tier(1000, 0.01, 0.02)));
    }

    @Test
    void aHaircutOfOneOrMoreIsRejected() {
        assertEquals("haircut: expected a fraction in [0, 1), got 1.0", message(() -> new CollateralRule("BTC", 1.0)));
    }

    @Test
    void aQuantityOfZeroIsRejected() {
        assertEquals("quantity: expected a finite number other than 0, got 0.0",
                message(() -> Position.of("BTC", 0.0, 64_000)));
        assertEquals("quantity: expected a finite number > 0, got 0.0", message(() -> new Collateral("USDT", 0.0)));
    }

    @Test
    void aNegativeIsolatedMarginIsRejected() {
        assertEquals("isolated_margin: expected a finite number >= 0, got -1.0",
                message(() -> Position.isolated("BTC", 1, 64_000, -1)));
    }

    @Test
    void badLiquidationRulesAreRejected() {
        assertEquals("fee_rate: expected a rate in [0, 1], got 1.2", message(() -> LiquidationRules.full(1.2, 0)));
        assertEquals("slippage: expected a fraction in [0, 1), got 1.0", message(() -> LiquidationRules.full(0, 1)));
        assertEquals("partial_fraction: expected a fraction in (0, 1], got 0.0",
                message(() -> new LiquidationRules(0, 0, LiquidationMode.PARTIAL, 0)));
    }

    @Test
    void anIsolatedMarginOnACrossAccountIsRejected() {
        assertEquals("account A1: isolated_margin given on a cross account", message(() -> new Account("A1",
                MarginMode.CROSS, List.of(), List.of(Position.isolated("BTC", 1, 64_000, 100)))));
    }
}
