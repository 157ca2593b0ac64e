package org.crossmargin.core.liquidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InsuranceFundTest {

    @Test
    void theFundTakesFeesBeforeAbsorbingTheStepsShortfall() {
        InsuranceFund fund = new InsuranceFund(1_000);
        // 1,000 + 100 = 1,100, absorbs 500: 600 left, nothing socialised
        assertEquals(0.0, fund.settle(100, 500), 0.0);
        assertEquals(600.0, fund.balance(), 0.0);
        assertFalse(fund.exhausted());
    }

    @Test
    void whatTheFundCannotAbsorbIsSocialisedAndConserved() {
        InsuranceFund fund = new InsuranceFund(1_000);
        fund.settle(100, 500);
        // 600 absorbs 600 of 800: 200 socialised, fund 0, exhausted
        assertEquals(200.0, fund.settle(0, 800), 0.0);
        assertEquals(0.0, fund.balance(), 0.0);
        assertTrue(fund.exhausted());
        // conservation: 1,000 + 100 - 1,300 + 200 = 0
        assertEquals(fund.start() + 100 - 1_300 + fund.socialisedLoss(), fund.balance(), 0.0);
    }

    @Test
    void resetRestoresTheStart() {
        InsuranceFund fund = new InsuranceFund(10);
        fund.settle(0, 50);
        fund.reset(10);
        assertEquals(10.0, fund.balance(), 0.0);
        assertEquals(0.0, fund.socialisedLoss(), 0.0);
        assertFalse(fund.exhausted());
    }
}
