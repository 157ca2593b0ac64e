/**
 * Markets of a run and a venue's rules per market: the run's price columns
 * ({@link org.crossmargin.core.market.MarketIndex}, the entry point), risk-limit tier tables
 * ({@link org.crossmargin.core.market.TierTable}) and collateral haircuts. Amounts are quote currency, rates fractions.
 */
package org.crossmargin.core.market;
