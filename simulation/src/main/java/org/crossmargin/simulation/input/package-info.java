/**
 * Reporting bad input: {@link org.crossmargin.simulation.input.InputException} carries every
 * {@link org.crossmargin.simulation.input.Problem} of a file, located by file, line, column and field.
 */
package org.crossmargin.simulation.input;
