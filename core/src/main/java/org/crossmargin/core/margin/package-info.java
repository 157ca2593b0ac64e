/**
 * Margin math: equity, maintenance and initial margin, margin ratio and health of cross accounts
 * ({@link org.crossmargin.core.margin.CrossMargin}, the entry point) and isolated positions
 * ({@link org.crossmargin.core.margin.IsolatedMargin}), the isolated allocation of a book run as isolated
 * ({@link org.crossmargin.core.margin.IsolatedAllocation}), and the working unit the reference simulation walks
 * ({@link org.crossmargin.core.margin.MarginUnit}). Amounts are quote currency.
 */
package org.crossmargin.core.margin;
