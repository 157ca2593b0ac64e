/**
 * Liquidation: closed-form liquidation prices ({@link org.crossmargin.core.liquidation.LiquidationPrice}), the
 * {@link org.crossmargin.core.liquidation.LiquidationPolicy} entry point with full and partial implementations used by
 * the reference simulation, and the per-path {@link org.crossmargin.core.liquidation.InsuranceFund}. Amounts are quote
 * currency.
 */
package org.crossmargin.core.liquidation;
