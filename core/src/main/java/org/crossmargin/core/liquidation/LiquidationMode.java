package org.crossmargin.core.liquidation;

/** Whether a triggered unit is closed whole or a share per step. */
public enum LiquidationMode {
    /** Every position of the unit is closed at once. */
    FULL,
    /** A share of positions is closed per step, largest maintenance margin first, until back above maintenance. */
    PARTIAL
}
