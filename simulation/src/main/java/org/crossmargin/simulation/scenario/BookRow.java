package org.crossmargin.simulation.scenario;

/**
 * One parsed row of a book file, kept for the checks against the scenario and venue.
 *
 * @param line        1-based line of the row in the book file
 * @param account     account id
 * @param perpetual   true for a perpetual row, false for a collateral row
 * @param asset       the market or collateral asset
 * @param assetColumn 1-based column of the asset field
 */
record BookRow(int line, String account, boolean perpetual, String asset, int assetColumn) {
}
